/** Rebuilds a session's state from its scenario and recorded events: the basis of verification. */
import { applyEvent, initialState } from '../escalation/engine';
import type { EngineState } from '../escalation/types';
import type { Scenario } from '../scenario/schema';
import type { SessionEvent } from './events';

export function replay(scenario: Scenario, events: readonly SessionEvent[]): EngineState {
  return events.reduce(
    (state, event) => applyEvent(scenario, state, event),
    initialState(scenario),
  );
}
