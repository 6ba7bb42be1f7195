/**
 * Static questions about a scenario's beat graph: which endings can still be reached from a beat.
 * "Can the issue be resolved here?" is answered from the data, not from a flag an author might
 * forget: it can while an ending of kind `resolved` is reachable. Turn-limit and breaking-point
 * endings are not followed — they are never the learner's choice.
 */
import type { Beat, EndingKind, Scenario } from '../scenario/schema';
import { beatOf, endingOf } from '../scenario/lookup';

/** Every beat or ending id a beat's responses can lead to, for any mood route. */
export function nextTargets(beat: Beat): string[] {
  const out: string[] = [];
  for (const response of beat.responses) {
    const next = response.next ?? beat.next;
    if (next === undefined) continue;
    if (typeof next === 'string') out.push(next);
    else for (const id of Object.values(next)) if (id !== undefined) out.push(id);
  }
  return [...new Set(out)];
}

/** The kinds of ending reachable from `beatId` through responses (the beat's own responses included). */
export function reachableEndingKinds(scenario: Scenario, beatId: string): Set<EndingKind> {
  const kinds = new Set<EndingKind>();
  const seen = new Set<string>();
  const queue = [beatId];
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const ending = endingOf(scenario, id);
    if (ending) {
      kinds.add(ending.kind);
      continue;
    }
    const beat = beatOf(scenario, id);
    if (beat) queue.push(...nextTargets(beat));
  }
  return kinds;
}

/** Whether the issue can still be resolved here: a `resolved` ending is reachable from the beat. */
export function resolutionReachable(scenario: Scenario, beatId: string): boolean {
  return reachableEndingKinds(scenario, beatId).has('resolved');
}

/**
 * The beats at which the issue cannot be resolved here and a response leads straight to a
 * `signposted` ending: where a session can show managing an unresolvable situation.
 */
export function unresolvableSignpostBeats(scenario: Scenario): string[] {
  return Object.entries(scenario.beats)
    .filter(
      ([id, beat]) =>
        !resolutionReachable(scenario, id) &&
        nextTargets(beat).some((t) => endingOf(scenario, t)?.kind === 'signposted'),
    )
    .map(([id]) => id)
    .sort();
}
