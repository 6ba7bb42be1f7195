/**
 * Taking a turn is sending an event: the machine checks it, computes it once and stays in `saving`
 * until the persist actor (below, supplied with `.provide()`) has chained the entry and storage has
 * it. A crash or reload at any moment therefore finds either the turn before or the turn after,
 * never a screen ahead of storage. The learner's line shows from the frame after the choice.
 */
import { useSelector } from '@xstate/react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { fromPromise, type ActorRefFrom } from 'xstate';
import { runtime } from '../../app/runtime';
import type { Response, Scenario } from '../../domain/scenario/schema';
import {
  escalationMachine,
  type EscalationMachine,
  type PersistInput,
} from '../../machines/escalation.machine';
import { persistTurn } from '../../store/persist-turn';
import { useSessions } from '../../store/sessions-store';

/** What the play screen needs to take turns. */
export interface TurnControls {
  respond(response: Response): void;
  withdraw(): void;
  retry(): void;
  /** The learner's line while its turn is being saved. */
  pending: string | null;
  /** True from the moment a choice is made until its turn is saved; options are inactive meanwhile. */
  busy: boolean;
  /** Set when a turn could not be saved; the learner can try again. */
  problem: string | null;
}

/** The escalation machine with the app's storage as its persist actor. */
export function usePlayMachine(scenario: Scenario) {
  return useMemo(
    () =>
      escalationMachine.provide({
        actors: {
          persist: fromPromise(({ input }: { input: PersistInput }) =>
            persistTurn(scenario, useSessions)(input),
          ),
        },
      }),
    [scenario],
  );
}

export function useTurn(actorRef: ActorRefFrom<EscalationMachine>): TurnControls {
  const saving = useSelector(actorRef, (s) => s.hasTag('busy'));
  // The next paint after a press only marks the options busy (no layout moves), so it comes quickly
  // even on a slow phone; the event goes to the machine in the frame after. A ref, not state: a second
  // tap in the same frame must see the first one at once.
  const pressed = useRef(false);
  const [acknowledged, setAcknowledged] = useState(false);
  const send = useCallback(
    (event: Parameters<typeof actorRef.send>[0]) => {
      if (pressed.current || actorRef.getSnapshot().hasTag('busy')) return;
      pressed.current = true;
      setAcknowledged(true);
      afterNextPaint(() => {
        pressed.current = false;
        actorRef.send(event);
        setAcknowledged(false);
      });
    },
    [actorRef],
  );
  const busy = saving || acknowledged;
  const pending = useSelector(actorRef, (s) =>
    s.matches('saving') || s.matches('saveFailed')
      ? s.context.pending?.body.type === 'learner.respond'
        ? s.context.pending.body.text
        : 'Step back and get support.'
      : null,
  );
  const problem = useSelector(actorRef, (s) =>
    s.matches('saveFailed')
      ? `Your response could not be saved (${s.context.problem ?? 'unknown error'}).`
      : null,
  );
  const respond = useCallback(
    (response: Response) =>
      send({ type: 'learner.respond', responseId: response.id, at: runtime.now() }),
    [send],
  );
  const withdraw = useCallback(() => send({ type: 'learner.withdraw', at: runtime.now() }), [send]);
  const retry = useCallback(() => actorRef.send({ type: 'session.retry' }), [actorRef]);
  return { respond, withdraw, retry, pending, busy: busy || problem !== null, problem };
}

/** Runs `then` once the browser has painted the current frame (at once where nothing renders). */
function afterNextPaint(then: () => void): void {
  if (typeof requestAnimationFrame !== 'function') return then();
  requestAnimationFrame(() => setTimeout(then, 0));
}
