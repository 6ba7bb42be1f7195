/**
 * The shape of a framework-independent session analysis. Kept apart from the code that computes it
 * so the debrief, the scorer and the reflective-account writer can share the types without pulling
 * in the engine.
 */
import type { EndingCause, TurnRecord } from '../escalation/types';
import type { Technique } from '../escalation/techniques';
import type { EndingKind, Mood } from '../scenario/schema';

/** How often one technique was used (as the engine judged it). */
export interface TechniqueCount {
  technique: Technique;
  /** The debrief label from TECHNIQUE_INFO. */
  label: string;
  quality: 'good' | 'poor';
  count: number;
  /** The turns that used it, in order. */
  turns: number[];
}

/** Every technique used in the session, in vocabulary order, with totals. */
export interface TechniqueProfile {
  /** Only techniques used at least once, in the order of TECHNIQUES. */
  techniques: TechniqueCount[];
  /** Total uses of good techniques (a turn with two good techniques counts two). */
  good: number;
  /** Total uses of poor techniques. */
  poor: number;
  /** The distinct good techniques used, in vocabulary order. */
  distinctGood: Technique[];
}

/**
 * The customer's mood was different when the learner answered turn `turn` from when they answered
 * the turn before (whatever changed it: their own response or a tutor's override).
 */
export interface MoodShift {
  turn: number;
  previousTurn: number;
  moodFrom: Mood;
  moodTo: Mood;
}

/**
 * An adaptation event: at a mood shift, the learner's technique set at `turn` differs (as a set) from
 * the one at `previousTurn`. `appropriate` when the new set has at least one good technique and no
 * poor one — a switch from empathy to "calm down" is a change of approach but not an adaptation an
 * assessor credits.
 */
export interface AdaptationEvent extends MoodShift {
  /** Techniques of the previous turn (as judged). */
  from: Technique[];
  /** Techniques of this turn (as judged). */
  to: Technique[];
  appropriate: boolean;
}

/** One technique's share of a turn that raised tension. */
export interface WorseningCause {
  technique: Technique;
  label: string;
  /** Its contribution to the change in tension (rounded to one decimal). */
  value: number;
  /** The engine's reasons for the factors applied to it. */
  reasons: string[];
}

/** A turn that made it worse: its change in tension was above zero. */
export interface WorseningTurn {
  turn: number;
  /** The learner's exact words. */
  text: string;
  delta: number;
  tensionBefore: number;
  tensionAfter: number;
  moodBefore: Mood;
  moodAfter: Mood;
  /** The techniques that pushed tension up, largest first. */
  causes: WorseningCause[];
  /** The scenario author's "why" for the chosen response, when it was a scripted response. */
  feedback: string | null;
}

/**
 * Whether the ending was the right one. `right`; `premature` (withdrew or referred when it was not
 * needed); `avoidable` (signposted although a resolution here was still reachable); `broke-down`
 * (the customer left or an incident); `unfinished` (no ending yet).
 */
export type EndingVerdict = 'right' | 'premature' | 'avoidable' | 'broke-down' | 'unfinished';

/** The ending reached and the judgement on it. */
export interface EndingAnalysis {
  /** Ending id, kind, cause and title; null while the session is unfinished. */
  id: string | null;
  kind: EndingKind | null;
  cause: EndingCause | null;
  title: string | null;
  /** The turn the conversation ended on (null when unfinished). */
  turn: number | null;
  verdict: EndingVerdict;
  /** true for `right`, null for `unfinished`, false otherwise. */
  right: boolean | null;
  /**
   * Whether an ending of kind `resolved` could still be reached, through the scenario's beat graph
   * (any response, any mood route), from the beat where the last turn was taken. The definition of
   * "the issue can be resolved here".
   */
  resolutionReachable: boolean;
  /** One clause, impersonal, for the debrief and the assessor. */
  rationale: string;
}

/** One point of the tension curve. */
export interface TensionPoint {
  /** Turns taken when this point was recorded (0 at the start). */
  afterTurn: number;
  tension: number;
  mood: Mood;
  /** `start`, a learner `turn`, or a `tutor` override between turns. */
  source: 'start' | 'turn' | 'tutor';
}

/** Time the learner took to answer one turn. */
export interface TurnTiming {
  turn: number;
  /** ms since the previous turn's `at` (turn 1: since `startedAt`); null when unknown or negative. */
  ms: number | null;
}

/** What the best available response would have done instead. */
export interface BestResponse {
  responseId: string;
  /** Its exact text. */
  text: string;
  /** Its techniques as the engine would have judged them at that moment. */
  techniques: Technique[];
  delta: number;
  tensionAfter: number;
  moodAfter: Mood;
  /** The beat or ending it would have led to. */
  next: string;
  /** The scenario author's feedback on it. */
  why: string;
  consequence: string;
}

/** For one turn: the best response available at that moment (from the state before the turn). */
export interface TurnAlternative {
  turn: number;
  /** The learner chose the best response. */
  chosenIsBest: boolean;
  /** The best response had fewer poor techniques, or as few and lower tension after. */
  betterAvailable: boolean;
  best: BestResponse | null;
}

/** Everything the debrief and the scorer need from a session, independent of any framework. */
export interface SessionAnalysis {
  scenarioId: string;
  /** The learner's turns as the engine recorded them. */
  turns: TurnRecord[];
  profile: TechniqueProfile;
  moodShifts: MoodShift[];
  adaptations: AdaptationEvent[];
  madeWorse: WorseningTurn[];
  ending: EndingAnalysis;
  tension: TensionPoint[];
  timing: TurnTiming[];
  alternatives: TurnAlternative[];
  /** Turns answered while behaviour had crossed the tolerance limit. */
  limitCrossedTurns: number[];
  /** Turns answered while the request was beyond the learner's authority. */
  beyondAuthorityTurns: number[];
  /** When the session ended (the last turn's `at`), if known. */
  endedAt: number | null;
}
