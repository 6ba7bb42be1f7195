/**
 * An assessor's decision on one session log against one qualification unit: met or not yet met for
 * each criterion with a comment saying how, an overall decision, and the assessor's name, role and
 * declaration. Pearson's BTEC specification (shared/seeds/003, "Issuing assessment decisions and
 * feedback") asks that the decision "show the formal decision and how it has been reached,
 * indicating how or where criteria have been met" and "not provide feedback on how to improve
 * evidence"; decision-draft.ts checks both. The format is documented in docs/assessment-decision.md.
 */
import type { CriterionStatus } from '../scoring/assessment-types';

export const DECISION_KIND = 'defuse.assessment-decision';
export const DECISION_FORMAT = 1;

/** The assessor's declaration, from the points seed 003 ("Authenticity of learner work") lists. */
export const ASSESSOR_DECLARATION =
  'I declare that the evidence submitted for this assessment is the learner’s own, that the learner ' +
  'has clearly referenced any sources used in the work, and that I understand that false ' +
  'declaration is a form of malpractice.';

export const CRITERION_DECISIONS = ['met', 'not-yet-met'] as const;
/** The assessor's judgement of one criterion. */
export type CriterionDecisionValue = (typeof CRITERION_DECISIONS)[number];

export const OVERALL_DECISIONS = ['achieved', 'not-yet-achieved'] as const;
/** The assessor's judgement of the unit on this evidence. */
export type OverallDecision = (typeof OVERALL_DECISIONS)[number];

/** The log a decision is about: exactly the file (its seal) and what its header says it is. */
export interface DecidedLog {
  /** The seal hash of the verified file: what the decision is keyed by. */
  sealHash: string;
  sessionId: string;
  learnerName: string;
  scenario: { id: string; title: string; hash: string };
  /** Always "assessment": a practice session is not evidence and is never decided on. */
  mode: 'assessment';
  attempt: number;
  /** ms since the epoch. */
  startedAt: number;
  /** The IANA zone the session was played in: the record's dates are shown in it. */
  timeZone: string;
  /** When the learner exported the file (its seal's exportedAt). */
  exportedAt: number;
}

/** The unit decided against, as its framework names it. */
export interface DecidedUnit {
  frameworkId: string;
  qualification: string;
  code: string | null;
  title: string;
}

/** One criterion's decision. */
export interface CriterionDecision {
  code: string;
  /** The criterion's wording, verbatim from the framework. */
  text: string;
  /** What Defuse's scorer judged from the simulation: shown beside the decision, never the decision. */
  suggested: CriterionStatus;
  decision: CriterionDecisionValue;
  /** How or where it was met, or why it is not yet met. Plain text. */
  comment: string;
}

/** The assessor who made the decision, and the declaration they made. */
export interface DecisionAssessor {
  name: string;
  role: string;
  /** The statement declared: always ASSESSOR_DECLARATION. */
  declaration: string;
}

/** A recorded decision (see the file comment). */
export interface DecisionRecord {
  kind: typeof DECISION_KIND;
  format: typeof DECISION_FORMAT;
  log: DecidedLog;
  unit: DecidedUnit;
  /** Every criterion of the unit, in the framework's order. */
  criteria: CriterionDecision[];
  overall: { decision: OverallDecision; comment: string };
  assessor: DecisionAssessor;
  /** ms since the epoch, from the app's clock. */
  decidedAt: number;
  /** The Defuse release that recorded it. */
  appVersion: string;
}

/** What a decision is stored and found by: the log's seal and the unit. */
export type DecisionKey = [sealHash: string, frameworkId: string];

export const decisionKey = (r: Pick<DecisionRecord, 'log' | 'unit'>): DecisionKey => [
  r.log.sealHash,
  r.unit.frameworkId,
];

/** Words for the decisions, on screen, in the record and in the CSV. */
export const CRITERION_DECISION_LABEL: Readonly<Record<CriterionDecisionValue, string>> = {
  met: 'Met',
  'not-yet-met': 'Not yet met',
};

export const OVERALL_DECISION_LABEL: Readonly<Record<OverallDecision, string>> = {
  achieved: 'Achieved',
  'not-yet-achieved': 'Not yet achieved',
};
