/**
 * The shape of an assessment: one framework's criteria judged against one session. It is what the
 * debrief's criteria matrix renders and what an exported assessment record carries, so it is plain,
 * JSON-safe data.
 */
import type { Technique } from '../escalation/techniques';
import type { Mood } from '../scenario/schema';
import type { EvidenceKind } from './framework-schema';
import type { SessionAnalysis } from '../analysis/analysis-types';
import type { RuleResult } from './rules';

/** A criterion's status for this session. */
export const CRITERION_STATUSES = [
  'demonstrated',
  'partly-demonstrated',
  'not-demonstrated',
  'needs-other-evidence',
] as const;
export type CriterionStatus = (typeof CRITERION_STATUSES)[number];

/**
 * Evidence codes as the BTEC specification abbreviates them: observation (O), questioning (Q&A),
 * products (P), reflective account (RA), professional discussion (PD), witness testimony (WT),
 * simulation (S), expert witness testimony (EWT).
 */
export type EvidenceCode = 'O' | 'Q&A' | 'P' | 'RA' | 'PD' | 'WT' | 'S' | 'EWT';

/** How the customer reacted to a turn. */
export interface CustomerReaction {
  moodBefore: Mood;
  moodAfter: Mood;
  tensionBefore: number;
  tensionAfter: number;
  /** What the customer said and showed next, if the conversation went on (or is still open). */
  next: { line: string; cue: string } | null;
}

/** One turn cited for or against a criterion. */
export interface EvidenceRef {
  turn: number;
  /** The learner's exact words at that turn. */
  text: string;
  bearing: 'for' | 'against';
  /** The techniques of that turn that bear on the criterion. */
  techniques: Technique[];
  reaction: CustomerReaction;
}

/** One criterion judged against the session. */
export interface CriterionAssessment {
  code: string;
  outcome: string | null;
  /** The criterion's wording, verbatim. */
  text: string;
  evidence: EvidenceKind;
  status: CriterionStatus;
  /** One sentence: why this status. */
  rationale: string;
  /** Turns cited; a credited criterion always has at least one with bearing `for`. */
  refs: EvidenceRef[];
  /** The rule's verdict, when the criterion names one and the session could show it. */
  rule: ({ id: string } & RuleResult) | null;
  /** `['S']` when the session is the evidence; otherwise the kinds of evidence still needed. */
  evidenceCodes: EvidenceCode[];
}

/** A framework's criteria judged against one session, with the analysis they rest on. */
export interface Assessment {
  frameworkId: string;
  /** The unit, as the framework names it, for headings and records. */
  unit: { qualification: string; level: number; code: string | null; title: string };
  scenarioId: string;
  scenarioTitle: string;
  /** Whether the scenario declares that it evidences this framework. */
  declaredByScenario: boolean;
  /** The session is simulation evidence (S). */
  evidenceType: 'S';
  /** When the session ended (ms since the epoch), if known: the assessment record's date. */
  sessionEndedAt: number | null;
  criteria: CriterionAssessment[];
  counts: Record<CriterionStatus, number>;
  analysis: SessionAnalysis;
}
