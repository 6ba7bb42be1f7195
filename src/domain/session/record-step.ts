/**
 * Turns one engine event into the log entry that records it, computing the step once: the machine
 * keeps the state after it and the persist actor stores the body. What the entry records (text,
 * techniques, tension and mood) is exactly what trace.ts will check on replay.
 */
import { applyEvent } from '../escalation/engine';
import type { EngineState } from '../escalation/types';
import type { Scenario } from '../scenario/schema';
import type { SessionEvent } from './events';
import type { ConversationBody } from './log-types';

export interface RecordedStep {
  body: ConversationBody;
  after: EngineState;
}

/**
 * The step `event` makes from `before`, and its entry body. `shown` is the order the responses were
 * offered in; `startedAt` times the first turn. Throws EngineError if the event cannot apply.
 */
export function recordStep(
  scenario: Scenario,
  before: EngineState,
  event: SessionEvent & { at: number },
  options: { shown: readonly string[]; startedAt: number },
): RecordedStep {
  const after = applyEvent(scenario, before, event);
  const change = {
    tensionBefore: before.tension,
    tensionAfter: after.tension,
    moodBefore: before.mood,
    moodAfter: after.mood,
  };
  const lastAt = before.history[before.history.length - 1]?.at ?? options.startedAt;
  const ms = Math.max(0, event.at - lastAt);
  switch (event.type) {
    case 'learner.respond': {
      const turn = after.history[after.history.length - 1]!;
      return {
        after,
        body: {
          type: 'learner.respond',
          responseId: event.responseId,
          text: turn.text,
          techniques: [...turn.effect.techniques],
          shown: [...options.shown],
          ...change,
          ms,
        },
      };
    }
    case 'learner.withdraw':
      return { after, body: { type: 'learner.withdraw', ...change, ms } };
    case 'tutor.override':
      return {
        after,
        body: {
          type: 'tutor.override',
          ...(event.tension !== undefined ? { tension: event.tension } : {}),
          ...(event.beatId !== undefined ? { beatId: event.beatId } : {}),
          reason: event.reason ?? '',
          ...change,
        },
      };
  }
}
