/**
 * The escalation engine: one pure reducer from (scenario, state, event) to the next state. The XState
 * machine and session replay both call it, so a recorded session always replays to the same states.
 */
import type { CustomerTurn, Mood, Next, Reply, Scenario } from '../scenario/schema';
import type { SessionEvent } from '../session/events';
import { computeEffect } from './compute-effect';
import { isLimitCrossed } from './limit';
import { clampTension, initialMood, nextMood, TENSION_MAX, TENSION_MIN } from './mood';
import type { Technique } from './techniques';
import type { Effect, EndingCause, EngineState, TurnRecord } from './types';
import { beatOf, endingOf } from '../scenario/lookup';

export function initialState(scenario: Scenario): EngineState {
  const tension = scenario.customer.initialTension;
  return {
    beatId: scenario.flow.start,
    tension,
    mood: initialMood(tension),
    turn: 0,
    runs: {},
    promised: false,
    ending: null,
    history: [],
  };
}

export class EngineError extends Error {}

/** Where `next` leads for a customer now in `mood`. */
export function resolveNext(next: Next, mood: Mood): string {
  return typeof next === 'string' ? next : (next[mood] ?? next.default);
}

/** The customer's reply for a customer now in `mood` (a reply by mood falls back to its `default`). */
export function resolveReply(reply: Reply, mood: Mood): CustomerTurn {
  if ('line' in reply) return reply;
  return reply[mood] ?? reply.default;
}

/** The customer's current line and cue. */
export function customerNow(scenario: Scenario, state: EngineState): { line: string; cue: string } {
  const beat = beatOf(scenario, state.beatId);
  if (!beat) throw new EngineError(`no beat "${state.beatId}"`);
  return beat.customer[state.mood];
}

/**
 * Why `event` cannot apply to `state`, or undefined when it can: the one rule of what may apply. The
 * machine's guard, applyEvent and the path walker all ask it, so they can never disagree.
 */
export function eventProblem(
  scenario: Scenario,
  state: EngineState,
  event: SessionEvent,
): string | undefined {
  if (state.ending) return `the conversation has ended (${state.ending.id})`;
  switch (event.type) {
    case 'learner.respond': {
      const beat = beatOf(scenario, state.beatId);
      if (!beat?.responses.some((r) => r.id === event.responseId))
        return `no response "${event.responseId}" in beat "${state.beatId}"`;
      return undefined;
    }
    case 'learner.withdraw':
      return undefined;
    case 'tutor.override':
      if (event.beatId !== undefined && !beatOf(scenario, event.beatId))
        return `no beat "${event.beatId}"`;
      if (
        event.tension !== undefined &&
        (!Number.isFinite(event.tension) ||
          event.tension < TENSION_MIN ||
          event.tension > TENSION_MAX)
      )
        return `tension ${String(event.tension)} is not a number from ${TENSION_MIN} to ${TENSION_MAX}`;
      if (event.tension === undefined && event.beatId === undefined)
        return 'an override must set the tension or the beat';
      return undefined;
  }
}

/**
 * Every event a learner could send now, in the order the responses are written. It reads only where
 * the conversation is, so a path walk can ask it of a state it keeps without its history.
 */
export function learnerEvents(
  scenario: Scenario,
  state: Pick<EngineState, 'beatId' | 'ending'>,
): SessionEvent[] {
  if (state.ending) return [];
  const beat = beatOf(scenario, state.beatId);
  return [
    ...(beat?.responses ?? []).map((r): SessionEvent => ({
      type: 'learner.respond',
      responseId: r.id,
      at: null,
    })),
    { type: 'learner.withdraw', at: null },
  ];
}

/** The state after one event. Throws EngineError for an event that cannot apply (e.g. after the end). */
export function applyEvent(
  scenario: Scenario,
  state: EngineState,
  event: SessionEvent,
): EngineState {
  const problem = eventProblem(scenario, state, event);
  if (problem) throw new EngineError(problem);
  switch (event.type) {
    case 'learner.respond':
      return respond(scenario, state, event.responseId, event.at);
    case 'learner.withdraw':
      return withdraw(scenario, state, event.at);
    case 'tutor.override':
      return override(scenario, state, event);
  }
}

export function respond(
  scenario: Scenario,
  state: EngineState,
  responseId: string,
  at: number | null = null,
): EngineState {
  assertPlaying(state);
  const beat = beatOf(scenario, state.beatId);
  const response = beat?.responses.find((r) => r.id === responseId);
  if (!beat || !response)
    throw new EngineError(`no response "${responseId}" in beat "${state.beatId}"`);
  const effect = computeEffect(scenario, state, response);
  const tensionAfter = clampTension(state.tension + effect.delta);
  const moodAfter = nextMood(state.mood, tensionAfter);
  const next = resolveNext((response.next ?? beat.next)!, moodAfter);
  return advance(scenario, state, {
    responseId,
    text: response.text,
    reply: response.reply ? copyTurn(resolveReply(response.reply, moodAfter)) : null,
    effect,
    tensionAfter,
    moodAfter,
    next,
    at,
  });
}

/** "Step back and get support": always available; ends at the scenario's safety ending. */
export function withdraw(
  scenario: Scenario,
  state: EngineState,
  at: number | null = null,
): EngineState {
  assertPlaying(state);
  const effect: Effect = {
    techniques: ['safety-action'],
    parts: [{ technique: 'safety-action', base: 0, factors: [], value: 0 }],
    delta: 0,
    overridden: false,
  };
  const next = scenario.flow.safetyEnding;
  return advance(scenario, state, {
    responseId: null,
    text: 'Step back and get support.',
    reply: null,
    effect,
    tensionAfter: state.tension,
    moodAfter: state.mood,
    next,
    at,
  });
}

/** A tutor's override in classroom mode: set tension and/or move to a beat. Not a learner turn. */
export function override(
  scenario: Scenario,
  state: EngineState,
  event: { tension?: number | undefined; beatId?: string | undefined },
): EngineState {
  assertPlaying(state);
  if (event.beatId !== undefined && !beatOf(scenario, event.beatId)) {
    throw new EngineError(`no beat "${event.beatId}"`);
  }
  const tension = event.tension === undefined ? state.tension : clampTension(event.tension);
  return {
    ...state,
    tension,
    mood: nextMood(state.mood, tension),
    beatId: event.beatId ?? state.beatId,
  };
}

interface Outcome {
  responseId: string | null;
  text: string;
  reply: TurnRecord['reply'];
  effect: Effect;
  tensionAfter: number;
  moodAfter: Mood;
  next: string;
  at: number | null;
}

function advance(scenario: Scenario, state: EngineState, o: Outcome): EngineState {
  const beat = beatOf(scenario, state.beatId)!;
  const turn = state.turn + 1;
  const record: TurnRecord = {
    turn,
    beatId: state.beatId,
    responseId: o.responseId,
    text: o.text,
    reply: o.reply,
    customerLine: beat.customer[state.mood].line,
    customerCue: beat.customer[state.mood].cue,
    moodBefore: state.mood,
    tensionBefore: state.tension,
    effect: o.effect,
    tensionAfter: o.tensionAfter,
    moodAfter: o.moodAfter,
    limitCrossed: isLimitCrossed(scenario, state),
    beyondAuthority: beat.beyondAuthority,
    next: o.next,
    at: o.at,
  };
  const ending = decideEnding(scenario, o, turn);
  return {
    beatId: ending ? state.beatId : o.next,
    tension: o.tensionAfter,
    mood: o.moodAfter,
    turn,
    runs: nextRuns(state.runs, o.effect.techniques),
    // The broken-promise penalty lands once: after the promise is taken back, it is no longer pending.
    promised:
      o.effect.techniques.includes('over-promising') ||
      (state.promised && !o.effect.techniques.includes('explain-position')),
    ending,
    history: [...state.history, { ...record, next: ending?.id ?? o.next }],
  };
}

function decideEnding(scenario: Scenario, o: Outcome, turn: number): EngineState['ending'] {
  const endingAt = (id: string, cause: EndingCause) => ({
    id,
    kind: endingOf(scenario, id)!.kind,
    cause,
  });
  if (o.responseId === null) return endingAt(o.next, 'safety-action');
  if (o.tensionAfter >= TENSION_MAX)
    return endingAt(scenario.flow.breakingPointEnding, 'breaking-point');
  if (endingOf(scenario, o.next)) return endingAt(o.next, 'response');
  if (turn >= scenario.flow.maxTurns) return endingAt(scenario.flow.turnLimitEnding, 'turn-limit');
  return null;
}

function nextRuns(runs: EngineState['runs'], used: readonly Technique[]): EngineState['runs'] {
  const out: EngineState['runs'] = {};
  for (const t of used) out[t] = (runs[t] ?? 0) + 1;
  return out;
}

// A copy, so a record never shares an object with the scenario it came from.
const copyTurn = ({ line, cue }: CustomerTurn): CustomerTurn => ({ line, cue });

function assertPlaying(state: EngineState): void {
  if (state.ending) throw new EngineError(`the conversation has ended (${state.ending.id})`);
}
