/**
 * The one loop over a conversation's events. Replay, analysis, the debrief, the exporters and the
 * verifier all read its steps (through trace.ts), so there is a single truth about what each event did.
 */
import { applyEvent, EngineError, initialState } from '../escalation/engine';
import type { EngineState, TurnRecord } from '../escalation/types';
import type { Scenario } from '../scenario/schema';
import type { SessionEvent } from './events';

/** One applied event: the state it was applied to and the state after it. */
export interface WalkStep {
  event: SessionEvent;
  before: EngineState;
  after: EngineState;
  /** The learner turn it made; null for a tutor override. */
  turn: TurnRecord | null;
}

export interface Walk {
  initial: EngineState;
  final: EngineState;
  steps: WalkStep[];
  /** Set when an event could not apply; the walk stops before it. */
  stopped: { index: number; message: string } | null;
}

export function walkEvents(scenario: Scenario, events: readonly SessionEvent[]): Walk {
  const initial = initialState(scenario);
  let state = initial;
  const steps: WalkStep[] = [];
  for (let index = 0; index < events.length; index++) {
    const event = events[index]!;
    let after: EngineState;
    try {
      after = applyEvent(scenario, state, event);
    } catch (e) {
      if (!(e instanceof EngineError)) throw e;
      return { initial, final: state, steps, stopped: { index, message: e.message } };
    }
    const turn = event.type === 'tutor.override' ? null : after.history[after.history.length - 1]!;
    steps.push({ event, before: state, after, turn });
    state = after;
  }
  return { initial, final: state, steps, stopped: null };
}
