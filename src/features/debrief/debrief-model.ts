/**
 * Everything the debrief shows, rebuilt by replaying the session's events: each turn with the state
 * it was taken in, the best response available at that moment and what it would have done.
 */
import { bestAlternative, type Alternative } from '../../domain/escalation/alternatives';
import { applyEvent, initialState } from '../../domain/escalation/engine';
import { isPoorTechnique } from '../../domain/escalation/techniques';
import type { EngineState, TurnRecord } from '../../domain/escalation/types';
import type { Response, Scenario } from '../../domain/scenario/schema';
import type { SessionEvent } from '../../domain/session/events';

/** Whether a response showed only good techniques, only poor ones, or both. */
export type TurnQuality = 'good' | 'poor' | 'mixed';

/** One learner turn as the debrief explains it. */
export interface DebriefTurn {
  turn: TurnRecord;
  /** The engine state the learner answered in. */
  before: EngineState;
  quality: TurnQuality;
  /** The author's feedback on the chosen response (none for stepping back). */
  feedback: Response['feedback'] | undefined;
  /** The best response available at that moment, with the turn it would have made. */
  best: Alternative | undefined;
  chosenWasBest: boolean;
}

/** The whole debrief: the final state and each turn, in order. */
export interface Debrief {
  final: EngineState;
  initialTension: number;
  turns: DebriefTurn[];
}

export function qualityOf(turn: TurnRecord): TurnQuality {
  const poor = turn.effect.techniques.filter(isPoorTechnique).length;
  if (poor === 0) return 'good';
  return poor === turn.effect.techniques.length ? 'poor' : 'mixed';
}

export function buildDebrief(scenario: Scenario, events: readonly SessionEvent[]): Debrief {
  const start = initialState(scenario);
  const turns: DebriefTurn[] = [];
  let state = start;
  for (const event of events) {
    const before = state;
    state = applyEvent(scenario, state, event);
    if (event.type === 'tutor.override') continue;
    const turn = state.history[state.history.length - 1]!;
    const best = bestAlternative(scenario, before);
    turns.push({
      turn,
      before,
      quality: qualityOf(turn),
      feedback: scenario.beats[turn.beatId]?.responses.find((r) => r.id === turn.responseId)
        ?.feedback,
      best,
      chosenWasBest: best !== undefined && best.response.id === turn.responseId,
    });
  }
  return { final: state, initialTension: start.tension, turns };
}
