/**
 * Taking a turn: the event is applied to a copy of the engine state, the session record with the new
 * event is saved (awaited: storage has it), and only then does the machine receive the event and the
 * screen move on. A crash or reload at any moment therefore finds either the turn before or the turn
 * after, never a screen ahead of storage.
 */
import { useCallback, useRef, useState } from 'react';
import type { ActorRefFrom } from 'xstate';
import { runtime } from '../../app/runtime';
import { applyEvent } from '../../domain/escalation/engine';
import type { Response } from '../../domain/scenario/schema';
import type { SessionEvent } from '../../domain/session/events';
import { withEvent, type SessionRecord } from '../../domain/session/session-record';
import type { EscalationMachine } from '../../machines/escalation.machine';
import { useSessions } from '../../store/sessions-store';

/** What the play screen needs to take turns. */
export interface TurnControls {
  respond(response: Response): void;
  withdraw(): void;
  /** The learner's line while its turn is being saved; shown from the frame after the choice. */
  pending: string | null;
  /** True from the moment a choice is made until its turn is saved; options are inactive meanwhile. */
  busy: boolean;
  /** Set when a turn could not be saved; the learner can try again. */
  problem: string | null;
}

export function useTurn(
  actorRef: ActorRefFrom<EscalationMachine>,
  arrived: SessionRecord,
): TurnControls {
  const record = useRef(arrived);
  // A ref, not state: a second tap in the same frame must see the first one at once.
  const busy = useRef(false);
  const [pending, setPending] = useState<string | null>(null);
  const [busyState, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const take = useCallback(
    async (event: SessionEvent, text: string) => {
      if (busy.current) return;
      busy.current = true;
      // The next paint only marks the options busy (no layout moves), so it comes quickly even on a
      // slow phone; the learner's line, the engine and the storage write follow in later frames.
      setBusy(true);
      setProblem(null);
      try {
        await afterNextPaint();
        setPending(text);
        await afterNextPaint();
        const { scenario, engine } = actorRef.getSnapshot().context;
        const stateAfter = applyEvent(scenario, engine, event);
        const next = withEvent(
          record.current,
          event,
          stateAfter,
          (id) => scenario.endings[id]?.title ?? id,
        );
        await useSessions.getState().save(next);
        record.current = next;
        actorRef.send(event);
      } catch (e) {
        setProblem(
          `Your response could not be saved (${e instanceof Error ? e.message : String(e)}). Please try again.`,
        );
      } finally {
        busy.current = false;
        setBusy(false);
        setPending(null);
      }
    },
    [actorRef],
  );

  const respond = useCallback(
    (response: Response) =>
      void take(
        { type: 'learner.respond', responseId: response.id, at: runtime.now() },
        response.text,
      ),
    [take],
  );
  const withdraw = useCallback(
    () => void take({ type: 'learner.withdraw', at: runtime.now() }, 'Step back and get support.'),
    [take],
  );
  return { respond, withdraw, pending, busy: busyState, problem };
}

/** Resolves once the browser has painted the current frame (at once where there is no rendering). */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function') return resolve();
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}
