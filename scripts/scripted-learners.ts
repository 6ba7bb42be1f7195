/**
 * Scripted learners: simple policies that play a scenario as a kind of learner would, seeing the
 * options in the shuffled order a real session shows them (shownOrder). The scripted-learner suite
 * (tests/model/scripted-learners.test.ts) plays them on every built-in scenario and asserts the
 * contrasts the simulation must show: good practice is what scores, never a surface habit.
 */
import { bestAlternative } from '../src/domain/escalation/alternatives';
import { ACKNOWLEDGING, SOLVING } from '../src/domain/escalation/effect-model';
import { applyEvent, initialState } from '../src/domain/escalation/engine';
import { shownOrder } from '../src/domain/escalation/shown-order';
import { isPoorTechnique, type Technique } from '../src/domain/escalation/techniques';
import type { EngineState } from '../src/domain/escalation/types';
import { beatOf } from '../src/domain/scenario/lookup';
import type { Response, Scenario } from '../src/domain/scenario/schema';
import type { SessionEvent } from '../src/domain/session/events';
import { SURFACE_POLICIES } from '../src/domain/analysis/surface-tells';
import { seededRandom } from '../src/domain/random/seeded-random';

/** What a policy sees at a turn: the state (as the engine has it) and the options in shown order. */
export interface Moment {
  scenario: Scenario;
  state: EngineState;
  shown: readonly Response[];
  /** A seeded number in [0, 1), for the random learner. */
  random: () => number;
}

/** A scripted learner: the response it picks, or null to step back. */
export type Policy = (m: Moment) => Response | null;

const poor = (r: Response) => r.techniques.some(isPoorTechnique);
const uses = (r: Response, ts: readonly Technique[]) => r.techniques.some((t) => ts.includes(t));

/** The debrief's best response: what a learner who reads every option for good practice picks. */
export const best: Policy = ({ scenario, state }) =>
  bestAlternative(scenario, state)?.response ?? null;

/** Acknowledging, without a poor technique (empathy, active listening, a sincere apology). */
export const acknowledging = (r: Response) => uses(r, ACKNOWLEDGING) && !poor(r);
/** Straight to the problem: a solving technique, nothing acknowledging, nothing poor. */
export const solutionFirst = (r: Response) =>
  uses(r, SOLVING) && !uses(r, ACKNOWLEDGING) && !poor(r);

/** Reads the options well, but with an aggressive customer acknowledges feelings first. */
export const acknowledgeFirst: Policy = (m) =>
  (m.state.mood === 'aggressive' ? m.shown.find(acknowledging) : undefined) ?? best(m);

/** Reads the options well, but with an aggressive customer goes straight to the solution. */
export const solveFirst: Policy = (m) =>
  (m.state.mood === 'aggressive' ? m.shown.find(solutionFirst) : undefined) ?? best(m);

/** Quotes the rules and dismisses whenever an option does, and otherwise takes the poorest. */
export const rulesAndDismissing: Policy = ({ shown }) => {
  const count = (r: Response) => r.techniques.filter(isPoorTechnique).length;
  return (
    shown.find((r) => uses(r, ['quoting-rules', 'dismissing'])) ??
    [...shown].sort((a, b) => count(b) - count(a))[0] ??
    null
  );
};

/** Calls a colleague at the first chance, whatever the customer needs. */
export const escalateAtOnce: Policy = (m) => m.shown.find((r) => uses(r, ['seek-help'])) ?? best(m);

/** The same technique every turn it can, good practice otherwise. */
export const sameTechnique =
  (technique: Technique): Policy =>
  (m) =>
    m.shown.find((r) => r.techniques.includes(technique) && !poor(r)) ?? best(m);

/** Picks any option at random (never steps back: that would end most runs at turn 1). */
export const randomLearner: Policy = ({ shown, random }) =>
  shown[Math.floor(random() * shown.length)] ?? null;

/** A surface habit: the option a SURFACE_POLICIES entry scores highest in the shown order. */
export const surfaceLearner =
  (id: string): Policy =>
  ({ shown }) => {
    const policy = SURFACE_POLICIES.find((p) => p.id === id);
    if (!policy) throw new Error(`no surface policy "${id}"`);
    // Position is the position on screen: the shown order, not the file's.
    const scores = shown.map((r, i) => policy.score(r, i, shown));
    return shown[scores.indexOf(Math.max(...scores))] ?? null;
  };

/** The random learner's generator (the engine never sees it). */
export { seededRandom };

/** One scripted run: the events and the final state. */
export interface Run {
  events: SessionEvent[];
  final: EngineState;
}

/** Plays `policy` from `from` (the start by default) to an ending, with options shuffled by `seed`. */
export function play(
  scenario: Scenario,
  policy: Policy,
  seed: string,
  from: EngineState = initialState(scenario),
  random: () => number = seededRandom(0),
): Run {
  const events: SessionEvent[] = [];
  let state = from;
  while (!state.ending) {
    const beat = beatOf(scenario, state.beatId)!;
    const byId = new Map(beat.responses.map((r) => [r.id, r]));
    const shown = shownOrder(scenario, state, seed).map((id) => byId.get(id)!);
    const picked = policy({ scenario, state, shown, random });
    const event: SessionEvent = picked
      ? { type: 'learner.respond', responseId: picked.id, at: null }
      : { type: 'learner.withdraw', at: null };
    events.push(event);
    state = applyEvent(scenario, state, event);
  }
  return { events, final: state };
}
