/**
 * Session-log builders for tests: hand-built logs by response id, and a fast-check arbitrary of
 * random valid sessions (random picks, occasional withdrawals and tutor overrides, random clocks)
 * for property tests over any scenario.
 */
import fc from 'fast-check';
import { alternativesAt, bestAlternative } from '../domain/escalation/alternatives';
import { applyEvent, initialState } from '../domain/escalation/engine';
import { isPoorTechnique } from '../domain/escalation/techniques';
import type { Scenario } from '../domain/scenario/schema';
import type { Assessment, CriterionStatus } from '../domain/scoring/assessment-types';
import { fakeScenario } from './fake-scenario';
import type { SessionEvent } from '../domain/session/events';
import { beatOf } from '../domain/scenario/lookup';

/** The learner picks a response. */
export const respond = (responseId: string, at: number | null = null): SessionEvent => ({
  type: 'learner.respond',
  responseId,
  at,
});

/** "Step back and get support". */
export const withdraw = (at: number | null = null): SessionEvent => ({
  type: 'learner.withdraw',
  at,
});

/** A tutor's override between turns. */
export const tutorOverride = (
  patch: { tension?: number; beatId?: string },
  at: number | null = null,
): SessionEvent => ({
  type: 'tutor.override',
  ...patch,
  at,
});

/** The id that means "withdraw" in `session`. */
export const WITHDRAW = '!withdraw';

/**
 * Events for these response ids in order (WITHDRAW for the safety action). With `times`, the n-th
 * event is at `start + n * step` (n from 1); without, every `at` is null.
 */
export function session(
  ids: readonly string[],
  times?: { start: number; step: number },
): SessionEvent[] {
  return ids.map((id, i) => {
    const at = times ? times.start + (i + 1) * times.step : null;
    return id === WITHDRAW ? withdraw(at) : respond(id, at);
  });
}

/** One random step: which response, whether to withdraw instead, the gap, and an optional override. */
export interface RandomStep {
  pick: number;
  withdraw: boolean;
  gap: number | null;
  override: number | null;
}

/** Plays random steps through the engine until the conversation ends; every event applies. */
export function sessionFromSteps(
  scenario: Scenario,
  steps: readonly RandomStep[],
  startedAt: number | null,
): SessionEvent[] {
  let state = initialState(scenario);
  let clock = startedAt;
  const events: SessionEvent[] = [];
  const push = (e: SessionEvent) => {
    state = applyEvent(scenario, state, e);
    events.push(e);
  };
  for (const step of steps) {
    if (state.ending) break;
    if (step.override !== null) push(tutorOverride({ tension: step.override }, clock));
    clock = clock === null || step.gap === null ? null : clock + step.gap;
    const responses = beatOf(scenario, state.beatId)!.responses;
    push(
      step.withdraw ? withdraw(clock) : respond(responses[step.pick % responses.length]!.id, clock),
    );
  }
  return events;
}

const stepArb: fc.Arbitrary<RandomStep> = fc.record({
  pick: fc.nat({ max: 59 }),
  withdraw: fc.integer({ min: 0, max: 11 }).map((n) => n === 0),
  gap: fc.option(fc.integer({ min: 0, max: 120_000 }), { freq: 6, nil: null }),
  override: fc.option(fc.integer({ min: 0, max: 100 }), { freq: 12, nil: null }),
});

/** A random valid session of `scenario`, with its start time (null when the clock is unknown). */
export function sessionArb(
  scenario: Scenario,
): fc.Arbitrary<{ events: SessionEvent[]; startedAt: number | null }> {
  return fc
    .record({
      startedAt: fc.option(fc.integer({ min: 1_600_000_000_000, max: 1_900_000_000_000 }), {
        freq: 5,
        nil: null,
      }),
      steps: fc.array(stepArb, { minLength: 1, maxLength: scenario.flow.maxTurns }),
    })
    .map(({ startedAt, steps }) => ({
      events: sessionFromSteps(scenario, steps, startedAt),
      startedAt,
    }));
}

/**
 * The session a model learner would play: the best available response at every turn (as the
 * debrief's bestAlternative judges it), until the conversation ends.
 */
export function bestSession(scenario: Scenario): string[] {
  return greedySession(scenario, (state) => bestAlternative(scenario, state)!.response.id);
}

/**
 * A poor learner: at every turn the response with the most poor techniques, then the highest
 * tension after it, then the author's order.
 */
export function worstSession(scenario: Scenario): string[] {
  return greedySession(scenario, (state) => {
    const poor = (ts: readonly string[]) => ts.filter((t) => isPoorTechnique(t as never)).length;
    const ranked = alternativesAt(scenario, state)
      .map((a, i) => ({ a, i }))
      .sort(
        (x, y) =>
          poor(y.a.turn.effect.techniques) - poor(x.a.turn.effect.techniques) ||
          y.a.turn.tensionAfter - x.a.turn.tensionAfter ||
          x.i - y.i,
      );
    return ranked[0]!.a.response.id;
  });
}

function greedySession(
  scenario: Scenario,
  choose: (state: ReturnType<typeof initialState>) => string,
): string[] {
  let state = initialState(scenario);
  const ids: string[] = [];
  while (!state.ending) {
    const id = choose(state);
    ids.push(id);
    state = applyEvent(scenario, state, respond(id));
  }
  return ids;
}

/**
 * fakeScenario variants the scoring tests share. `tense`: the customer starts over the tolerance
 * limit (85) at `initialTension`. `unresolvable`: no resolved ending exists; at the `agree` beat the
 * learner can explain (and stay), signpost (ending `elsewhere`, signposted) or argue.
 * `signpostEarly`: the base scenario plus a signposting response at `options` (resolution still
 * reachable, so signposting there is avoidable).
 */
export const fakeVariants = {
  tense: (initialTension = 88) =>
    fakeScenario((s) => {
      s.customer.initialTension = initialTension;
    }),
  unresolvable: () =>
    fakeScenario((s) => {
      s.endings = {
        ...s.endings,
        elsewhere: {
          kind: 'signposted',
          title: 'Pointed elsewhere',
          text: 'They went to the helpline.',
        },
      };
      delete s.endings.resolved;
      const agree = s.beats.agree!;
      agree.next = 'elsewhere';
      agree.responses = [
        {
          id: 'explain',
          text: 'We cannot issue it here; only the central office can.',
          techniques: ['explain-position'],
          next: 'agree',
          feedback: { why: 'Honest.', consequence: 'Understood.' },
        },
        {
          id: 'signpost',
          text: 'The helpline on this card can tell you more today.',
          techniques: ['signposting'],
          next: 'elsewhere',
          feedback: { why: 'Somewhere to go.', consequence: 'They take the card.' },
        },
        {
          id: 'argue',
          text: 'You should have applied earlier.',
          techniques: ['arguing-blaming'],
          next: 'walked-out',
          feedback: { why: 'Blame.', consequence: 'They leave.' },
        },
      ];
    }),
  signpostEarly: () =>
    fakeScenario((s) => {
      s.endings = {
        ...s.endings,
        elsewhere: {
          kind: 'signposted',
          title: 'Pointed elsewhere',
          text: 'They went to the helpline.',
        },
      };
      s.beats.options!.responses.push({
        id: 'helpline',
        text: 'The helpline can help you with that.',
        techniques: ['signposting'],
        next: 'elsewhere',
        feedback: { why: 'Too soon.', consequence: 'They feel fobbed off.' },
      });
    }),
};

/** A criterion status as one letter, so a whole framework's expected matrix fits on a few lines. */
export type StatusLetter = 'D' | 'P' | 'N' | 'O';
const LETTER: Readonly<Record<CriterionStatus, StatusLetter>> = {
  demonstrated: 'D',
  'partly-demonstrated': 'P',
  'not-demonstrated': 'N',
  'needs-other-evidence': 'O',
};

/** Every criterion's status letter by code: D demonstrated, P partly, N not, O needs other evidence. */
export function statusLetters(assessment: Assessment): Record<string, StatusLetter> {
  return Object.fromEntries(assessment.criteria.map((c) => [c.code, LETTER[c.status]]));
}
