/**
 * Everything the debrief shows of the conversation, read from the log's trace and its analysis: each
 * turn with the state it was taken in, and the best response available at that moment and what it
 * would have done — the analysis's own (the one the scorer and the drafted account read too).
 */
import type { BestResponse, SessionAnalysis } from '../../domain/analysis/analysis-types';
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
  /** The best response available at that moment, and what it would have done. */
  best: BestResponse | undefined;
  /** The learner chose it. */
  chosenIsBest: boolean;
}

/** The whole debrief: the final state and each turn, in order. */
export interface Debrief {
  final: EngineState;
  initialTension: number;
  turns: DebriefTurn[];
}

export const qualityOf = (turn: TurnRecord): TurnQuality => turnQuality(turn.effect.techniques);

/** The debrief of a traced log: its steps, each with the best response that was available. */
export function debriefOf(t: Trace, analysis: SessionAnalysis): Debrief {
  const { scenario } = t;
  const alternatives = new Map(analysis.alternatives.map((a) => [a.turn, a]));
  const turns: DebriefTurn[] = t.steps.flatMap((step) => {
    // As the scorer judges it: stepping back before the limit is passing the customer on, not good.
    const turn = step.turn && judgedTurn(step.turn);
    if (!turn) return [];
    const alternative = alternatives.get(turn.turn);
    return [
      {
        turn,
        before: step.before,
        quality: qualityOf(turn),
        feedback: beatOf(scenario, turn.beatId)?.responses.find((r) => r.id === turn.responseId)
          ?.feedback,
        best: alternative?.best ?? undefined,
        chosenIsBest: alternative?.chosenIsBest ?? false,
      },
    ];
  });
  return { final: t.final, initialTension: t.initial.tension, turns };
}
