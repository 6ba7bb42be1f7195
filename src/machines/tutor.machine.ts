/**
 * Classroom mode as a state machine: one branch of a class session at a time, and the one path every
 * class turn, curveball and rewind takes. The control panel sends events; the machine checks them
 * with the engine's rule (`eventProblem`), computes the step once (`recordChoice`, `recordStep`) and
 * waits in `saving` while the `persist` actor the app supplies with `.provide()` chains and stores
 * the entry — exactly as the learner's escalation machine does — and only then takes the new state.
 * A rewind waits in `branching` while the `branch` actor stores the new branch's log.
 *
 * The class's stage is the state: `open.voting` and `open.discussing` (the options are up), `chosen`
 * and `revealed` (the class sees what it chose, then what it did and why), `ended`. The votes for
 * the current turn are context, recorded on the entry of the choice.
 */
import { assign, fromPromise, setup } from 'xstate';
import { recordChoice } from '../domain/classroom/record-choice';
import { mostVoted, noVotes, withVote, type VoteOption } from '../domain/classroom/votes';
import { eventProblem } from '../domain/escalation/engine';
import { clampTension } from '../domain/escalation/mood';
import { shownOrder } from '../domain/escalation/shown-order';
import type { EngineState } from '../domain/escalation/types';
import type { Scenario } from '../domain/scenario/schema';
import type { TutorOverride } from '../domain/session/events';
import type {
  ClassVotes,
  ConversationBody,
  LogEntry,
  SessionLog,
} from '../domain/session/log-types';
import { recordStep } from '../domain/session/record-step';
import { trace } from '../domain/session/trace';
import type { PersistInput } from './escalation.machine';

export type { PersistInput } from './escalation.machine';

export interface TutorInput {
  scenario: Scenario;
  /** The branch to run: the machine starts where its log leaves off. */
  log: SessionLog;
}

/** What the branch actor is asked to make and store: a branch of `log` to take `turn` again. */
export interface BranchInput {
  log: SessionLog;
  turn: number;
}

interface PendingStep {
  body: ConversationBody;
  at: number;
  after: EngineState;
}

export interface TutorContext {
  scenario: Scenario;
  /** The branch being run. */
  log: SessionLog;
  engine: EngineState;
  /** The class's votes at the current turn. */
  votes: ClassVotes;
  pending: PendingStep | null;
  /** Why the last save or rewind failed. */
  problem: string | null;
  /** Set when this window adopted entries written elsewhere (another tab). */
  movedOn: boolean;
}

export type TutorEvent =
  | { type: 'vote.add'; option: VoteOption }
  | { type: 'vote.remove'; option: VoteOption }
  | { type: 'vote.clear' }
  /** Takes the class's choice: `option`, or without one the option with the most votes. */
  | { type: 'class.choose'; option?: VoteOption; at: number }
  /** Pause for discussion, or back to voting when paused. */
  | { type: 'class.pause' }
  | { type: 'class.reveal' }
  /** From the choice (or its reveal) on to the next turn, or to the ending. */
  | { type: 'class.next' }
  /** Nudges tension by `delta`, for the reason given: recorded as a tutor.override. */
  | { type: 'tutor.curveball'; delta: number; reason: string; at: number }
  /** A new branch that takes learner turn `turn` again. */
  | { type: 'class.rewind'; turn: number }
  /** Runs another branch of the class session (already stored). */
  | { type: 'class.open'; log: SessionLog }
  | { type: 'session.retry' }
  /** Gives up the step that could not be saved. */
  | { type: 'session.discard' }
  /** The branch as another tab left it. */
  | { type: 'session.sync'; log: SessionLog };

const engineOf = (scenario: Scenario, log: SessionLog): EngineState => trace(scenario, log).final;
const votesAt = (scenario: Scenario, engine: EngineState, log: SessionLog): ClassVotes =>
  noVotes(engine.ending ? [] : shownOrder(scenario, engine, log.header.optionSeed));

/** The branch's state as a context, votes reset: when the machine starts or adopts a log. */
function adopt(scenario: Scenario, log: SessionLog) {
  const engine = engineOf(scenario, log);
  return { log, engine, votes: votesAt(scenario, engine, log), pending: null, problem: null };
}

/** The option `event` chooses in `context`: the one named, or the one with the most votes. */
function chosenOption(context: TutorContext, event: TutorEvent): VoteOption | undefined {
  if (event.type !== 'class.choose') return undefined;
  return event.option ?? mostVoted(context.votes);
}

/** The tutor.override a curveball makes, or undefined when it is not a curveball. */
function curveballEvent(
  context: TutorContext,
  event: TutorEvent,
): (TutorOverride & { at: number }) | undefined {
  if (event.type !== 'tutor.curveball') return undefined;
  return {
    type: 'tutor.override',
    tension: clampTension(context.engine.tension + event.delta),
    reason: event.reason.trim(),
    at: event.at,
  };
}

function movedOnLog(error: unknown): SessionLog | null {
  const e = error as { name?: unknown; latest?: { log?: SessionLog } } | null;
  return e?.name === 'SessionMovedOn' && e.latest?.log ? e.latest.log : null;
}
const isDeleted = (error: unknown) =>
  (error as { name?: unknown } | null)?.name === 'SessionDeleted';
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
const errorOf = (event: unknown) => (event as { error?: unknown }).error;

export const tutorMachine = setup({
  types: {
    input: {} as TutorInput,
    context: {} as TutorContext,
    events: {} as TutorEvent,
  },
  actors: {
    /** Chains and stores the entry; resolves with it. Supplied by the app with `.provide()`. */
    persist: fromPromise<LogEntry, PersistInput>(() =>
      Promise.reject(new Error('No storage was provided for this class session.')),
    ),
    /** Makes and stores the branch's log; resolves with it. Supplied by the app. */
    branch: fromPromise<SessionLog, BranchInput>(() =>
      Promise.reject(new Error('No storage was provided for this class session.')),
    ),
  },
  guards: {
    ended: ({ context }) => context.engine.ending !== null,
    canChoose: ({ context, event }) => {
      const option = chosenOption(context, event);
      if (!option) return false;
      const probe =
        option.kind === 'step-back'
          ? ({ type: 'learner.withdraw', at: null } as const)
          : ({ type: 'learner.respond', responseId: option.responseId, at: null } as const);
      return eventProblem(context.scenario, context.engine, probe) === undefined;
    },
    canCurveball: ({ context, event }) => {
      const override = curveballEvent(context, event);
      return (
        override !== undefined &&
        override.reason !== '' &&
        override.tension !== context.engine.tension &&
        eventProblem(context.scenario, context.engine, override) === undefined
      );
    },
    canRewind: ({ context, event }) =>
      event.type === 'class.rewind' &&
      Number.isInteger(event.turn) &&
      event.turn >= 1 &&
      event.turn <= context.engine.turn,
    isOtherBranch: ({ context, event }) =>
      event.type === 'class.open' &&
      event.log.header.sessionId !== context.log.header.sessionId &&
      event.log.header.scenario.hash === context.log.header.scenario.hash,
    isNewer: ({ context, event }) =>
      event.type === 'session.sync' &&
      event.log.header.sessionId === context.log.header.sessionId &&
      event.log.entries.length > context.log.entries.length,
    savedTurn: ({ context }) => context.pending?.body.type !== 'tutor.override',
    movedOn: ({ event }) => movedOnLog(errorOf(event)) !== null,
    deleted: ({ event }) => isDeleted(errorOf(event)),
  },
  actions: {
    addVote: assign({
      votes: ({ context, event }) =>
        event.type === 'vote.add' ? withVote(context.votes, event.option, 1) : context.votes,
    }),
    removeVote: assign({
      votes: ({ context, event }) =>
        event.type === 'vote.remove' ? withVote(context.votes, event.option, -1) : context.votes,
    }),
    clearVotes: assign({
      votes: ({ context }) => votesAt(context.scenario, context.engine, context.log),
    }),
    /** Computes the class's turn once; it is kept until storage has the entry. */
    prepareChoice: assign({
      pending: ({ context, event }) => {
        const at = (event as { at: number }).at;
        const { body, after } = recordChoice(
          context.scenario,
          context.engine,
          chosenOption(context, event)!,
          context.votes,
          {
            at,
            shown: shownOrder(context.scenario, context.engine, context.log.header.optionSeed),
            startedAt: context.log.header.startedAt,
          },
        );
        return { body, at, after };
      },
      problem: null,
      movedOn: false,
    }),
    prepareCurveball: assign({
      pending: ({ context, event }) => {
        const override = curveballEvent(context, event)!;
        const { body, after } = recordStep(context.scenario, context.engine, override, {
          shown: [],
          startedAt: context.log.header.startedAt,
        });
        return { body, at: override.at, after };
      },
      problem: null,
      movedOn: false,
    }),
    commit: assign(({ context, event }) => {
      const entry = (event as unknown as { output: LogEntry }).output;
      const log = { ...context.log, entries: [...context.log.entries, entry] };
      const engine = context.pending!.after;
      const turnTaken = context.pending!.body.type !== 'tutor.override';
      return {
        log,
        engine,
        votes: turnTaken ? votesAt(context.scenario, engine, log) : context.votes,
        pending: null,
        problem: null,
      };
    }),
    adoptStored: assign(({ context, event }) => ({
      ...adopt(context.scenario, (event as unknown as { output: SessionLog }).output),
      movedOn: false,
    })),
    adoptOpened: assign(({ context, event }) => ({
      ...adopt(context.scenario, (event as { log: SessionLog }).log),
      movedOn: false,
    })),
    adoptSynced: assign(({ context, event }) => ({
      ...adopt(context.scenario, (event as { log: SessionLog }).log),
      movedOn: true,
    })),
    adoptLatest: assign(({ context, event }) => ({
      ...adopt(context.scenario, movedOnLog(errorOf(event))!),
      movedOn: true,
    })),
    noteFailure: assign({ problem: ({ event }) => message(errorOf(event)) }),
    discard: assign({ pending: null, problem: null }),
  },
}).createMachine({
  id: 'tutor',
  context: ({ input }) => ({
    scenario: input.scenario,
    ...adopt(input.scenario, input.log),
    movedOn: false,
  }),
  initial: 'routing',
  states: {
    // Transient: the ending, or the class's turn (a branch always opens with its options up).
    routing: {
      always: [{ guard: 'ended', target: 'ended' }, { target: 'open' }],
    },
    /** The options are up for the class to discuss and vote on. */
    open: {
      tags: ['open'],
      initial: 'voting',
      on: {
        'vote.add': { actions: 'addVote' },
        'vote.remove': { actions: 'removeVote' },
        'vote.clear': { actions: 'clearVotes' },
        'class.choose': { guard: 'canChoose', actions: 'prepareChoice', target: 'saving' },
        'tutor.curveball': { guard: 'canCurveball', actions: 'prepareCurveball', target: 'saving' },
        'class.rewind': { guard: 'canRewind', target: 'branching' },
        'class.open': { guard: 'isOtherBranch', actions: 'adoptOpened', target: 'routing' },
        'session.sync': { guard: 'isNewer', actions: 'adoptSynced', target: 'routing' },
      },
      states: {
        voting: { on: { 'class.pause': 'discussing' } },
        /** Paused for discussion: the projected screen shows the beat's discussion prompts. */
        discussing: { tags: ['discussing'], on: { 'class.pause': 'voting' } },
        /** Where a curveball returns to. */
        resume: { type: 'history' },
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
        onDone: [
          { guard: 'savedTurn', actions: 'commit', target: 'chosen' },
          { actions: 'commit', target: 'open.resume' },
        ],
        onError: [
          { guard: 'deleted', target: 'gone' },
          { guard: 'movedOn', actions: 'adoptLatest', target: 'routing' },
          { actions: 'noteFailure', target: 'saveFailed' },
        ],
      },
    },
    saveFailed: {
      on: {
        'session.retry': { target: 'saving' },
        'session.discard': { actions: 'discard', target: 'routing' },
        'class.open': { guard: 'isOtherBranch', actions: 'adoptOpened', target: 'routing' },
        'session.sync': { guard: 'isNewer', actions: 'adoptSynced', target: 'routing' },
      },
    },
    /** The class sees what it chose and the customer's immediate reply. */
    chosen: {
      tags: ['shown'],
      on: {
        'class.reveal': 'revealed',
        'class.next': 'routing',
        'class.rewind': { guard: 'canRewind', target: 'branching' },
        'class.open': { guard: 'isOtherBranch', actions: 'adoptOpened', target: 'routing' },
      },
    },
    /** …and what the choice did, and why. */
    revealed: {
      tags: ['shown', 'revealed'],
      on: {
        'class.next': 'routing',
        'class.rewind': { guard: 'canRewind', target: 'branching' },
        'class.open': { guard: 'isOtherBranch', actions: 'adoptOpened', target: 'routing' },
      },
    },
    ended: {
      tags: ['ended'],
      on: {
        'class.rewind': { guard: 'canRewind', target: 'branching' },
        'class.open': { guard: 'isOtherBranch', actions: 'adoptOpened', target: 'routing' },
        'session.sync': { guard: 'isNewer', actions: 'adoptSynced', target: 'routing' },
      },
    },
    branching: {
      tags: ['busy'],
      invoke: {
        id: 'branch',
        src: 'branch',
        input: ({ context, event }) => ({
          log: context.log,
          turn: (event as { turn: number }).turn,
        }),
        onDone: { actions: 'adoptStored', target: 'routing' },
        onError: { actions: 'noteFailure', target: 'routing' },
      },
    },
    /** The class session was deleted elsewhere: nothing more is written. */
    gone: { type: 'final', tags: ['gone'] },
  },
});

export type TutorMachine = typeof tutorMachine;

/** What the class is doing, as the control panel and the projected screen show it. */
export type ClassStage =
  | 'voting'
  | 'discussing'
  | 'chosen'
  | 'revealed'
  | 'ended'
  | 'saving'
  | 'saveFailed'
  | 'branching'
  | 'gone';

/** The stage a snapshot of the tutor machine is in. */
export function stageOf(snapshot: { matches(value: string | object): boolean }): ClassStage {
  if (snapshot.matches({ open: 'discussing' })) return 'discussing';
  if (snapshot.matches('open')) return 'voting';
  for (const stage of [
    'chosen',
    'revealed',
    'ended',
    'saving',
    'saveFailed',
    'branching',
    'gone',
  ] as const)
    if (snapshot.matches(stage)) return stage;
  return 'voting';
}
