/**
 * Storing one turn, for every machine that takes turns (a learner's session, a class session): the
 * entry is chained to the log and appended to `store` with the list summary of the state after it,
 * and the stored entry is returned. The machines' persist actors are this, supplied with
 * `.provide()`; a conflict or a deleted session is the append's error, which the machine handles.
 */
import type { EngineState } from '../domain/escalation/types';
import type { Scenario } from '../domain/scenario/schema';
import { nextEntry } from '../domain/session/chain';
import type { EntryBody, LogEntry, SessionLog } from '../domain/session/log-types';
import { outcomeOf } from '../domain/session/trace';
import type { SessionSummary } from './session-store-types';
import type { SessionsStore } from './sessions-store';

/** The list summary of a session in `state` (a cache for lists; the log is the truth). */
export const summaryOf = (
  scenario: Scenario,
  state: EngineState,
  updatedAt: number,
): SessionSummary => ({
  turns: state.turn,
  outcome: outcomeOf(scenario, state),
  updatedAt,
});

/** What a machine asks to have stored (its PersistInput). */
export interface TurnToStore {
  log: SessionLog;
  body: EntryBody;
  at: number;
  /** The engine state once the entry is stored. */
  after: EngineState;
}

/** Chains `input.body` to the log and appends it to `store`; resolves with the stored entry. */
export function persistTurn(scenario: Scenario, store: SessionsStore) {
  return async (input: TurnToStore): Promise<LogEntry> => {
    const entry = await nextEntry(input.log, input.body, input.at);
    await store
      .getState()
      .append(input.log.header.sessionId, entry, summaryOf(scenario, input.after, entry.at));
    return entry;
  };
}
