/**
 * The organisation's limit on behaviour (policy.tolerance), as the learner meets it. A scenario marks
 * the beat lines and cues that show the behaviour the policy names (`crossesLimit: true`), so whether
 * stepping back or calling a colleague is right follows what the learner can see and hear. Scenario
 * versions written before those marks set a tension threshold instead; they are still judged by it,
 * so a log played on one replays exactly as it was recorded.
 */
import { beatOf } from '../scenario/lookup';
import type { Scenario } from '../scenario/schema';
import type { EngineState } from './types';

/** The tension threshold of an older scenario version, or null when its cues mark the limit. */
export const legacyLimitTension = (scenario: Scenario): number | null =>
  scenario.policy.tolerance.tension ?? null;

/** Whether, in `state`, the customer's behaviour has crossed the organisation's limit. */
export function isLimitCrossed(
  scenario: Scenario,
  state: Pick<EngineState, 'beatId' | 'mood' | 'tension'>,
): boolean {
  const threshold = legacyLimitTension(scenario);
  if (threshold !== null) return state.tension >= threshold;
  return beatOf(scenario, state.beatId)?.customer[state.mood].crossesLimit === true;
}

/** Whether any moment of the scenario can cross the limit. */
export function limitCanBeCrossed(scenario: Scenario): boolean {
  if (legacyLimitTension(scenario) !== null) return true;
  return Object.values(scenario.beats).some((b) =>
    Object.values(b.customer).some((t) => t.crossesLimit === true),
  );
}

/**
 * The figures behind a judgement, for rationales: " (tension 87, limit 85)" for an older version;
 * nothing for a marked cue, where the cue the learner saw is the reason.
 */
export function limitFigures(scenario: Scenario, tension: number): string {
  const threshold = legacyLimitTension(scenario);
  return threshold === null ? '' : ` (tension ${tension}, limit ${threshold})`;
}
