/**
 * Everything the debrief shows of the conversation, read from the log's trace: each turn with the
 * state it was taken in, the best response available at that moment and what it would have done.
 */
import { bestAlternative, type Alternative } from '../../domain/escalation/alternatives';
import { judgedTurn } from '../../domain/analysis/judged-turn';
import { turnQuality, type TurnQuality } from '../../domain/evidence/turn-quality';
import type { EngineState, TurnRecord } from '../../domain/escalation/types';
import type { Response } from '../../domain/scenario/schema';
import type { Trace } from '../../domain/session/trace';
import { beatOf } from '../../domain/scenario/lookup';

export type { TurnQuality };

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

export const qualityOf = (turn: TurnRecord): TurnQuality => turnQuality(turn.effect.techniques);

/** The debrief of a traced log: its steps, each with the best response that was available. */
export function debriefOf(t: Trace): Debrief {
  const { scenario } = t;
  const turns: DebriefTurn[] = t.steps.flatMap((step) => {
    // As the scorer judges it: stepping back before the limit is passing the customer on, not good.
    const turn = step.turn && judgedTurn(step.turn);
    if (!turn) return [];
    const best = bestAlternative(scenario, step.before);
    return [
      {
        turn,
        before: step.before,
        quality: qualityOf(turn),
        feedback: beatOf(scenario, turn.beatId)?.responses.find((r) => r.id === turn.responseId)
          ?.feedback,
        best,
        chosenWasBest: best !== undefined && best.response.id === turn.responseId,
      },
    ];
  });
  return { final: t.final, initialTension: t.initial.tension, turns };
}
