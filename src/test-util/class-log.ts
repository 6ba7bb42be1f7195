/**
 * Class-session logs for tests, made the way the tutor machine makes them (recordChoice for the
 * class's choice with its votes, a tutor.override for a curveball, nextEntry to chain), so a log from
 * here traces and verifies exactly like one the control panel saved.
 */
import { recordChoice } from '../domain/classroom/record-choice';
import { noVotes, responseOption, STEP_BACK, type VoteOption } from '../domain/classroom/votes';
import { clampTension } from '../domain/escalation/mood';
import { shownOrder } from '../domain/escalation/shown-order';
import type { EngineState } from '../domain/escalation/types';
import type { Scenario } from '../domain/scenario/schema';
import { nextEntry } from '../domain/session/chain';
import type { ClassVotes, SessionLog } from '../domain/session/log-types';
import { newLog } from '../domain/session/new-log';
import { recordStep } from '../domain/session/record-step';
import { trace } from '../domain/session/trace';
import { fakeScenario } from './fake-scenario';
import { scenarioHash } from './make-log';

/** The class chooses a response by id (or steps back), with votes by response id (`step-back` too). */
export interface ChooseStep {
  choose: string;
  votes?: Record<string, number>;
}
/** The tutor nudges tension by `curveball`. */
export interface CurveballStep {
  curveball: number;
  reason: string;
}
export type ClassStep = ChooseStep | CurveballStep;

export const STEP_BACK_ID = 'step-back';

export interface MakeClassLog {
  sessionId?: string;
  className?: string;
  startedAt?: number;
  /** ms between entries. */
  step?: number;
  optionSeed?: string;
}

const optionOf = (id: string): VoteOption => (id === STEP_BACK_ID ? STEP_BACK : responseOption(id));

/** The votes `counts` gives at `state` (every response offered counted, 0 when not named). */
export function votesAt(
  scenario: Scenario,
  state: EngineState,
  seed: string,
  counts: Record<string, number> = {},
): ClassVotes {
  const votes = noVotes(shownOrder(scenario, state, seed));
  for (const id of Object.keys(votes.responses)) votes.responses[id] = counts[id] ?? 0;
  votes.stepBack = counts[STEP_BACK_ID] ?? 0;
  return votes;
}

/** A new class session's log, empty. */
export async function newClassLog(scenario: Scenario, o: MakeClassLog = {}): Promise<SessionLog> {
  return newLog({
    appVersion: '0.1.0',
    sessionId: o.sessionId ?? 'class-1',
    scenario: { id: scenario.id, title: scenario.title, hash: await scenarioHash(scenario) },
    mode: 'practice',
    learnerName: o.className ?? 'Group 2B',
    attempt: 1,
    startedAt: o.startedAt ?? Date.UTC(2026, 5, 1, 9, 0, 0),
    timeZone: 'Europe/London',
    optionSeed: o.optionSeed ?? 'class-seed',
  });
}

/** `log` with `steps` taken after what it holds. */
export async function continueClassLog(
  scenario: Scenario,
  log: SessionLog,
  steps: readonly ClassStep[],
  gap = 20_000,
): Promise<SessionLog> {
  let state = trace(scenario, log).final;
  let at = log.entries.at(-1)?.at ?? log.header.startedAt;
  for (const s of steps) {
    at += gap;
    const shown = shownOrder(scenario, state, log.header.optionSeed);
    const step =
      'choose' in s
        ? recordChoice(
            scenario,
            state,
            optionOf(s.choose),
            votesAt(scenario, state, log.header.optionSeed, s.votes),
            {
              at,
              shown,
              startedAt: log.header.startedAt,
            },
          )
        : recordStep(
            scenario,
            state,
            {
              type: 'tutor.override',
              tension: clampTension(state.tension + s.curveball),
              reason: s.reason,
              at,
            },
            { shown, startedAt: log.header.startedAt },
          );
    state = step.after;
    log = { ...log, entries: [...log.entries, await nextEntry(log, step.body, at)] };
  }
  return log;
}

/** A class session's log: `steps` from the start. */
export async function makeClassLog(
  scenario: Scenario,
  steps: readonly ClassStep[],
  o: MakeClassLog = {},
): Promise<SessionLog> {
  return continueClassLog(scenario, await newClassLog(scenario, o), steps, o.step);
}

/** Tutor notes and discussion prompts on the fake scenario's beats, as a tutor might write them. */
export const TUTOR_NOTES = {
  opening: 'TUTOR-ONLY: ask who noticed the folded arms before anyone answers.',
  options: 'TUTOR-ONLY: fast-tracking is beyond the officer; listen for who spots it.',
} as const;
export const DISCUSSION = {
  opening: 'What is Sam feeling right now, and what does Sam need to hear first?',
} as const;

/** The fake scenario with tutor notes on two beats and a discussion prompt on one (none on `agree`). */
export function classroomScenario(): Scenario {
  return fakeScenario((s) => {
    s.beats.opening!.tutorNotes = TUTOR_NOTES.opening;
    s.beats.opening!.discussion = DISCUSSION.opening;
    s.beats.options!.tutorNotes = TUTOR_NOTES.options;
  });
}
