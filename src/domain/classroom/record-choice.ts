/**
 * The class's choice at a turn as an engine event and its log entry: a response (learner.respond) or
 * stepping back (learner.withdraw), computed once by recordStep, with the class's votes recorded on
 * the same entry. The tutor machine records every choice through here.
 */
import type { EngineState } from '../escalation/types';
import type { Scenario } from '../scenario/schema';
import type { SessionEvent } from '../session/events';
import type { ClassVotes } from '../session/log-types';
import { recordStep, type RecordedStep } from '../session/record-step';
import type { VoteOption } from './votes';

/** The engine event that takes `option` at `at`. */
export const choiceEvent = (option: VoteOption, at: number): SessionEvent & { at: number } =>
  option.kind === 'step-back'
    ? { type: 'learner.withdraw', at }
    : { type: 'learner.respond', responseId: option.responseId, at };

/** The step choosing `option` makes from `before`, its entry carrying `votes`. Throws EngineError. */
export function recordChoice(
  scenario: Scenario,
  before: EngineState,
  option: VoteOption,
  votes: ClassVotes,
  options: { at: number; shown: readonly string[]; startedAt: number },
): RecordedStep {
  const step = recordStep(scenario, before, choiceEvent(option, options.at), options);
  if (step.body.type === 'tutor.override') return step;
  const copy: ClassVotes = { responses: { ...votes.responses }, stepBack: votes.stepBack };
  return { ...step, body: { ...step.body, votes: copy } };
}
