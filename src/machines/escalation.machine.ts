/**
 * The conversation as a state machine. Modes live in states (playing in a mood, ended as a kind);
 * data lives in context (the engine state). Every transition is the pure engine's reducer, so the
 * machine and a replayed session log always agree.
 */
import { assign, setup } from 'xstate';
import { applyEvent } from '../domain/escalation/engine';
import type { EngineState } from '../domain/escalation/types';
import type { Scenario } from '../domain/scenario/schema';
import { ENDING_KINDS, MOODS, type EndingKind, type Mood } from '../domain/scenario/vocabulary';
import type { SessionEvent } from '../domain/session/events';
import { replay } from '../domain/session/replay';

export interface EscalationInput {
  scenario: Scenario;
  /** Events already recorded: the machine starts where they leave off (resume after a reload). */
  events?: readonly SessionEvent[];
}

export interface EscalationContext {
  scenario: Scenario;
  engine: EngineState;
}

export const escalationMachine = setup({
  types: {
    input: {} as EscalationInput,
    context: {} as EscalationContext,
    events: {} as SessionEvent,
    output: {} as EngineState,
  },
  guards: {
    isAvailableResponse: ({ context, event }) =>
      event.type === 'learner.respond' &&
      (context.scenario.beats[context.engine.beatId]?.responses.some(
        (r) => r.id === event.responseId,
      ) ??
        false),
    isValidOverride: ({ context, event }) =>
      event.type === 'tutor.override' &&
      (event.beatId === undefined || context.scenario.beats[event.beatId] !== undefined) &&
      (event.tension === undefined || Number.isFinite(event.tension)),
    moodIs: ({ context }, params: { mood: Mood }) => context.engine.mood === params.mood,
    endedAs: ({ context }, params: { kind: EndingKind }) =>
      context.engine.ending?.kind === params.kind,
  },
  actions: {
    apply: assign({
      engine: ({ context, event }) => applyEvent(context.scenario, context.engine, event),
    }),
    /**
     * Called with each event the machine applies. Saving does not happen here: a turn must be in
     * storage before the event is sent (src/features/play/use-turn.ts), and an action cannot await
     * storage. It is the hook for observers — the classroom projector to come — via `.provide()`.
     */
    record: (_, _params: { event: SessionEvent }) => {},
  },
}).createMachine({
  id: 'escalation',
  context: ({ input }) => ({
    scenario: input.scenario,
    engine: replay(input.scenario, input.events ?? []),
  }),
  output: ({ context }) => context.engine,
  initial: 'playing',
  states: {
    playing: {
      initial: 'routing',
      on: {
        'learner.respond': {
          guard: 'isAvailableResponse',
          actions: ['apply', { type: 'record', params: ({ event }) => ({ event }) }],
          target: '.routing',
        },
        'learner.withdraw': {
          actions: ['apply', { type: 'record', params: ({ event }) => ({ event }) }],
          target: '.routing',
        },
        'tutor.override': {
          guard: 'isValidOverride',
          actions: ['apply', { type: 'record', params: ({ event }) => ({ event }) }],
          target: '.routing',
        },
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
    resolved: { type: 'final', tags: ['ended'] },
    referred: { type: 'final', tags: ['ended'] },
    signposted: { type: 'final', tags: ['ended'] },
    'withdrew-safely': { type: 'final', tags: ['ended'] },
    'customer-left': { type: 'final', tags: ['ended'] },
    incident: { type: 'final', tags: ['ended'] },
  },
});

export type EscalationMachine = typeof escalationMachine;
