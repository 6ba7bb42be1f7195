/**
 * The tutor machine with the classroom's storage: the persist actor chains each entry and appends it
 * to the class session's log (the same append-only storage as a learner's), and the branch actor
 * makes the rewound branch (branch-log.ts) and stores it before the machine moves to it.
 */
import { useMemo } from 'react';
import { fromPromise } from 'xstate';
import { runtime } from '../../../app/runtime';
import { branchLog } from '../../../domain/classroom/branch-log';
import type { Scenario } from '../../../domain/scenario/schema';
import { nextEntry } from '../../../domain/session/chain';
import type { SessionLog } from '../../../domain/session/log-types';
import { tutorMachine, type BranchInput, type PersistInput } from '../../../machines/tutor.machine';
import type { SessionsStore } from '../../../store/sessions-store';
import { outcomeOf, trace } from '../../../domain/session/trace';
import type { EngineState } from '../../../domain/escalation/types';

/** The list summary of a branch in `state` (a cache for lists; the log is the truth). */
const summaryOf = (scenario: Scenario, state: EngineState, updatedAt: number) => ({
  turns: state.turn,
  outcome: outcomeOf(scenario, state),
  updatedAt,
});

export function useClassMachine(scenario: Scenario, store: SessionsStore) {
  return useMemo(
    () =>
      tutorMachine.provide({
        actors: {
          persist: fromPromise(async ({ input }: { input: PersistInput }) => {
            const entry = await nextEntry(input.log, input.body, input.at);
            await store
              .getState()
              .append(
                input.log.header.sessionId,
                entry,
                summaryOf(scenario, input.after, entry.at),
              );
            return entry;
          }),
          branch: fromPromise(async ({ input }: { input: BranchInput }): Promise<SessionLog> => {
            const log = await branchLog(input.log, input.turn, {
              sessionId: runtime.newId(),
              appVersion: runtime.appVersion,
            });
            const state = trace(scenario, log).final;
            // The summary's time is when the branch was made, so lists show it as the latest.
            await store
              .getState()
              .create({ log, summary: summaryOf(scenario, state, runtime.now()) });
            return log;
          }),
        },
      }),
    [scenario, store],
  );
}
