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
import type { SessionLog } from '../../../domain/session/log-types';
import { tutorMachine, type BranchInput, type PersistInput } from '../../../machines/tutor.machine';
import { persistTurn, summaryOf } from '../../../store/persist-turn';
import type { SessionsStore } from '../../../store/sessions-store';
import { trace } from '../../../domain/session/trace';

export function useClassMachine(scenario: Scenario, store: SessionsStore) {
  return useMemo(
    () =>
      tutorMachine.provide({
        actors: {
          persist: fromPromise(({ input }: { input: PersistInput }) =>
            persistTurn(scenario, store)(input),
          ),
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
