/**
 * The two or three moments that changed the conversation most, for the top of the debrief: the
 * turns that moved tension furthest, changed the customer's mood, met the office's limit, or had a
 * much better response available. In turn order; the full detail stays in "Turn by turn".
 */
import type { DebriefTurn } from './debrief-model';

/** At most this many moments lead the debrief. */
export const KEY_MOMENTS = 3;

/** How much a turn changed the conversation (and how much it could have). */
export function momentWeight(t: DebriefTurn): number {
  const { turn, best, chosenIsBest } = t;
  const moved = Math.abs(turn.tensionAfter - turn.tensionBefore);
  const moodChanged = turn.moodAfter !== turn.moodBefore ? 15 : 0;
  const atLimit = turn.limitCrossed ? 20 : 0;
  // How much lower the best response would have left tension than the one chosen.
  const missed = best && !chosenIsBest ? Math.max(0, turn.tensionAfter - best.tensionAfter) : 0;
  return moved + moodChanged + atLimit + missed;
}

/** The key moments of a debrief's turns: up to KEY_MOMENTS, weightiest first chosen, in turn order. */
export function keyMoments(turns: readonly DebriefTurn[], max = KEY_MOMENTS): DebriefTurn[] {
  return turns
    .map((t, i) => ({ t, i, w: momentWeight(t) }))
    .sort((a, b) => b.w - a.w || a.i - b.i)
    .slice(0, max)
    .sort((a, b) => a.i - b.i)
    .map((x) => x.t);
}
