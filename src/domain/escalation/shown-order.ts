/**
 * The order a beat's responses are offered in: a shuffle seeded by the session's `optionSeed`, the
 * turn and the beat, so the best response is not always in the same place (pressing the top button
 * every turn must not play the best path) and the order is the same every time the log is replayed.
 * Recorded in every learner entry (`shown`) and checked by the trace.
 */
import type { Scenario } from '../scenario/schema';
import type { EngineState } from './types';
import { beatOf } from '../scenario/lookup';
import { seededRandom } from '../random/seeded-random';

/** FNV-1a: a 32-bit hash of a string, to seed the generator. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The response ids of the current beat in the order they are shown. */
export function shownOrder(
  scenario: Scenario,
  state: Pick<EngineState, 'beatId' | 'turn'>,
  seed: string,
): string[] {
  const ids = beatOf(scenario, state.beatId)?.responses.map((r) => r.id) ?? [];
  const next = seededRandom(fnv1a(`${seed}|${state.turn}|${state.beatId}`));
  // Fisher–Yates.
  for (let i = ids.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
  }
  return ids;
}
