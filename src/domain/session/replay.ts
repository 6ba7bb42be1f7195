/** Rebuilds a session's engine state from its scenario and events. Throws EngineError for a bad log. */
import { EngineError } from '../escalation/engine';
import type { EngineState } from '../escalation/types';
import type { Scenario } from '../scenario/schema';
import type { SessionEvent } from './events';
import { walkEvents } from './walk';

export function replay(scenario: Scenario, events: readonly SessionEvent[]): EngineState {
  const walk = walkEvents(scenario, events);
  if (walk.stopped) throw new EngineError(walk.stopped.message);
  return walk.final;
}
