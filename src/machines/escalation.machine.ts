/**
 * The conversation as a state machine, and the one path a turn takes. The UI sends an event; the
 * machine checks it with the engine's rule (`eventProblem`), computes the step once (`recordStep`),
 * and moves to `saving`, where the `persist` actor the app supplies with `.provide()` chains and
 * stores the entry. Only when storage has it does the machine take the new state (`awaiting`, or an
 * ending). A failed save waits in `saveFailed` for a retry; a session that moved on in another tab
 * is adopted as it now stands; a deleted one ends in `deleted` and is never written again.
 * Modes live in states (awaiting in a mood, ended as a kind); data lives in context.
 */
import { assign, fromPromise, setup } from 'xstate';
import { eventProblem } from '../domain/escalation/engine';
import { shownOrder } from '../domain/escalation/shown-order';
import type { EngineState } from '../domain/escalation/types';
import type { Scenario } from '../domain/scenario/schema';
import { ENDING_KINDS, MOODS, type EndingKind, type Mood } from '../domain/scenario/vocabulary';
import type { SessionEvent } from '../domain/session/events';
import type { ConversationBody, LogEntry, SessionLog } from '../domain/session/log-types';
import { recordStep } from '../domain/session/record-step';
import { trace } from '../domain/session/trace';

export interface EscalationInput {
  scenario: Scenario;
  /** The session so far: the machine starts where it leaves off (resume after a reload). */
  log: SessionLog;
}

/** What the persist actor is asked to store. */
export interface PersistInput {
  log: SessionLog;
  body: ConversationBody;
  at: number;
  /** The engine state once the entry is stored (for the app's list summary). */
  after: EngineState;
}

/** A turn computed and waiting for storage. */
interface PendingStep {
  body: ConversationBody;
  at: number;
  after: EngineState;
}

export interface EscalationContext {
  scenario: Scenario;
  log: SessionLog;
  engine: EngineState;
  pending: PendingStep | null;
  /** Why the last save failed, while in saveFailed. */
  problem: string | null;
  /** Set when this tab adopted turns taken in another tab or window. */
  movedOn: boolean;
}

/** The app's own events: retry a failed save; adopt the log as another tab left it. */
export type SessionControlEvent =
  { type: 'session.retry' } | { type: 'session.sync'; log: SessionLog };

export type EscalationEvent = SessionEvent | SessionControlEvent;

const engineOf = (scenario: Scenario, log: SessionLog): EngineState => trace(scenario, log).final;

/** A storage conflict: another tab wrote this entry number first (see src/store). */
function movedOnLog(error: unknown): SessionLog | null {
  const e = error as { name?: unknown; latest?: { log?: SessionLog } } | null;
  return e?.name === 'SessionMovedOn' && e.latest?.log ? e.latest.log : null;
}
const isDeleted = (error: unknown) =>
  (error as { name?: unknown } | null)?.name === 'SessionDeleted';
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export const escalationMachine = setup({
  types: {
    input: {} as EscalationInput,
    context: {} as EscalationContext,
    events: {} as EscalationEvent,
    output: {} as EngineState,
  },
  actors: {
    /** Chains and stores the entry; resolves with it. Supplied by the app with `.provide()`. */
    persist: fromPromise<LogEntry, PersistInput>(() =>
      Promise.reject(new Error('No storage was provided for this session.')),
    ),
  },
  guards: {
    canApply: ({ context, event }) =>
      (event.type === 'learner.respond' ||
        event.type === 'learner.withdraw' ||
        event.type === 'tutor.override') &&
      eventProblem(context.scenario, context.engine, event) === undefined,
    isNewer: ({ context, event }) =>
      event.type === 'session.sync' && event.log.entries.length > context.log.entries.length,
    movedOn: ({ event }) => movedOnLog((event as { error?: unknown }).error) !== null,
    deleted: ({ event }) => isDeleted((event as { error?: unknown }).error),
    moodIs: ({ context }, params: { mood: Mood }) => context.engine.mood === params.mood,
    endedAs: ({ context }, params: { kind: EndingKind }) =>
      context.engine.ending?.kind === params.kind,
  },
  actions: {
    /** Computes the step once; it is kept until storage has the entry. */
    prepare: assign({
      pending: ({ context, event }) => {
        const e = event as SessionEvent;
        const at = e.at ?? context.log.header.startedAt;
        const { body, after } = recordStep(
          context.scenario,
          context.engine,
          { ...e, at },
          {
            shown: shownOrder(context.scenario, context.engine, context.log.header.optionSeed),
            startedAt: context.log.header.startedAt,
          },
        );
        return { body, at, after };
      },
      problem: null,
      movedOn: false,
    }),
    commit: assign(({ context, event }) => {
      const entry = (event as unknown as { output: LogEntry }).output;
      return {
        log: { ...context.log, entries: [...context.log.entries, entry] },
        engine: context.pending!.after,
        pending: null,
        problem: null,
      };
    }),
    adoptLatest: assign(({ context, event }) => {
      const log = movedOnLog((event as { error?: unknown }).error)!;
      return { log, engine: engineOf(context.scenario, log), pending: null, movedOn: true };
    }),
    adoptSynced: assign(({ context, event }) => {
      const log = (event as { log: SessionLog }).log;
      return { log, engine: engineOf(context.scenario, log), movedOn: true };
    }),
    noteFailure: assign({
      problem: ({ event }) => message((event as { error?: unknown }).error),
    }),
  },
}).createMachine({
  id: 'escalation',
  context: ({ input }) => ({
    scenario: input.scenario,
    log: input.log,
    engine: engineOf(input.scenario, input.log),
    pending: null,
    problem: null,
    movedOn: false,
  }),
  output: ({ context }) => context.engine,
  initial: 'awaiting',
  states: {
    awaiting: {
      initial: 'routing',
      on: {
        'learner.respond': { guard: 'canApply', actions: 'prepare', target: 'saving' },
        'learner.withdraw': { guard: 'canApply', actions: 'prepare', target: 'saving' },
        'tutor.override': { guard: 'canApply', actions: 'prepare', target: 'saving' },
        'session.sync': { guard: 'isNewer', actions: 'adoptSynced', target: '.routing' },
      },
      states: {
        // Transient: picks the ending (if any) or the mood sub-state from the engine's state.
        routing: {
          always: [
            ...ENDING_KINDS.map((kind) => ({
              guard: { type: 'endedAs' as const, params: { kind } },
              target: `#escalation.${kind}`,
            })),
            ...MOODS.map((mood) => ({
              guard: { type: 'moodIs' as const, params: { mood } },
              target: mood,
            })),
          ],
        },
        calm: { tags: ['mood.calm'] },
        frustrated: { tags: ['mood.frustrated'] },
        aggressive: { tags: ['mood.aggressive', 'escalated'] },
        'de-escalated': { tags: ['mood.de-escalated'] },
      },
    },
    saving: {
      tags: ['busy'],
      invoke: {
        id: 'persist',
        src: 'persist',
        input: ({ context }) => ({
          log: context.log,
          body: context.pending!.body,
          at: context.pending!.at,
          after: context.pending!.after,
        }),
        onDone: { actions: 'commit', target: 'awaiting.routing' },
        onError: [
          { guard: 'deleted', target: 'deleted' },
          { guard: 'movedOn', actions: 'adoptLatest', target: 'awaiting.routing' },
          { actions: 'noteFailure', target: 'saveFailed' },
        ],
      },
    },
    saveFailed: {
      on: {
        'session.retry': { target: 'saving' },
        'session.sync': {
          guard: 'isNewer',
          actions: [assign({ pending: null, problem: null }), 'adoptSynced'],
          target: 'awaiting.routing',
        },
      },
    },
    /** The session was deleted elsewhere: nothing more is written. */
    deleted: { type: 'final', tags: ['gone'] },
    resolved: { type: 'final', tags: ['ended'] },
    referred: { type: 'final', tags: ['ended'] },
    signposted: { type: 'final', tags: ['ended'] },
    'withdrew-safely': { type: 'final', tags: ['ended'] },
    'customer-left': { type: 'final', tags: ['ended'] },
    incident: { type: 'final', tags: ['ended'] },
  },
});

export type EscalationMachine = typeof escalationMachine;
