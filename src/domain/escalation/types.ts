/** The engine's state and records. Plain data: saved, exported and replayed as JSON. */
import type { EndingKind, Mood } from '../scenario/schema';
import type { Technique } from './techniques';

/** Why a technique's effect was what it was: one line of the debrief's "what it did". */
export interface EffectPart {
  technique: Technique;
  base: number;
  /** Each factor applied, with the reason in words. */
  factors: { factor: number; reason: string }[];
  /** Contribution to the turn's change in tension (unrounded). */
  value: number;
}

export interface Effect {
  /** Techniques as the engine judged them (seeking help needlessly counts as passing on). */
  techniques: Technique[];
  parts: EffectPart[];
  /** Change in tension, rounded, bounded by MAX_DELTA (or the author's override). */
  delta: number;
  /** Set when the author's `effect` replaced the model. */
  overridden: boolean;
}

/** One learner turn, as it happened. */
export interface TurnRecord {
  /** 1-based turn number. */
  turn: number;
  beatId: string;
  /** The response chosen, or `null` for "Step back and get support". */
  responseId: string | null;
  /** What the learner said. */
  text: string;
  /**
   * The customer's immediate reply to it (the response's `reply`, chosen by the mood after), shown
   * before the next beat's line; null when the response has none or the learner stepped back.
   * Derived from the scenario version, never stored in a log entry.
   */
  reply: { line: string; cue: string } | null;
  /** The customer's line and cue the learner was answering. */
  customerLine: string;
  customerCue: string;
  moodBefore: Mood;
  tensionBefore: number;
  effect: Effect;
  tensionAfter: number;
  moodAfter: Mood;
  /** Whether behaviour had crossed the tolerance limit when the learner answered. */
  limitCrossed: boolean;
  /** Whether the customer's request at this point was beyond the learner's authority. */
  beyondAuthority: boolean;
  /** The beat or ending the conversation moved to. */
  next: string;
  /** When the learner answered (ms since epoch, from the injected clock); null if not recorded. */
  at: number | null;
}

export type EndingCause = 'response' | 'safety-action' | 'breaking-point' | 'turn-limit';

export interface EngineEnding {
  id: string;
  kind: EndingKind;
  cause: EndingCause;
}

export interface EngineState {
  beatId: string;
  tension: number;
  mood: Mood;
  /** Turns taken so far. */
  turn: number;
  /** How many turns running each technique has been used, up to and including the last turn. */
  runs: Partial<Record<Technique, number>>;
  /** The learner has over-promised earlier in this conversation. */
  promised: boolean;
  ending: EngineEnding | null;
  history: TurnRecord[];
}
