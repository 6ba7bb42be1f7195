/**
 * The decision being written, what stops it being recorded, and the record it becomes. Each problem
 * names the field it is about, so the form can link to it; the rules are the specification's: every
 * criterion decided, a "met" says how it was met, "Achieved" only when every criterion is met (a
 * Pass needs "all the assessment criteria"), no wording that coaches, and the assessor's name, role
 * and declaration. A practice session is never decided on: it is not assessment evidence.
 */
import type { Assessment } from '../scoring/assessment-types';
import type { ExportedLog } from '../session/log-types';
import { coachingPhrase } from './coaching';
import {
  ASSESSOR_DECLARATION,
  DECISION_FORMAT,
  DECISION_KIND,
  type CriterionDecisionValue,
  type DecisionRecord,
  type OverallDecision,
} from './decision-types';

/** One criterion as the form holds it. */
export interface CriterionDraft {
  decision: CriterionDecisionValue | null;
  comment: string;
}

/** The form's state. */
export interface DecisionDraft {
  /** By criterion code. */
  criteria: Record<string, CriterionDraft>;
  overall: OverallDecision | null;
  overallComment: string;
  assessorName: string;
  assessorRole: string;
  declared: boolean;
}

/** Which field a problem is about: the form gives each its own id. */
export type DraftField =
  | { field: 'criterion-decision' | 'criterion-comment'; code: string }
  | { field: 'overall' | 'overall-comment' | 'assessor-name' | 'assessor-role' | 'declared' };

export type DraftProblem = DraftField & { message: string };

/** A fresh draft for `assessment`'s criteria; the assessor's name and role carried over if known. */
export function emptyDraft(
  assessment: Assessment,
  assessor: { name: string; role: string } = { name: '', role: '' },
): DecisionDraft {
  return {
    criteria: Object.fromEntries(
      assessment.criteria.map((c) => [c.code, { decision: null, comment: '' }]),
    ),
    overall: null,
    overallComment: '',
    assessorName: assessor.name,
    assessorRole: assessor.role,
    declared: false,
  };
}

/** The draft a recorded decision was made from, to change it (the declaration must be made again). */
export function draftFromRecord(record: DecisionRecord): DecisionDraft {
  return {
    criteria: Object.fromEntries(
      record.criteria.map((c) => [c.code, { decision: c.decision, comment: c.comment }]),
    ),
    overall: record.overall.decision,
    overallComment: record.overall.comment,
    assessorName: record.assessor.name,
    assessorRole: record.assessor.role,
    declared: false,
  };
}

const coaching = (what: string, phrase: string) =>
  `${what} reads as advice on improving the evidence (“${phrase}”): say how the criterion was or was not met, without coaching the learner.`;

/** Everything that stops `draft` being recorded as the decision on `assessment`, in form order. */
export function draftProblems(draft: DecisionDraft, assessment: Assessment): DraftProblem[] {
  const out: DraftProblem[] = [];
  const notMet: string[] = [];
  for (const c of assessment.criteria) {
    const d = draft.criteria[c.code] ?? { decision: null, comment: '' };
    const comment = d.comment.trim();
    if (d.decision === null)
      out.push({
        field: 'criterion-decision',
        code: c.code,
        message: `Choose met or not yet met for ${c.code}.`,
      });
    if (d.decision !== 'met') notMet.push(c.code);
    if (d.decision === 'met' && comment === '')
      out.push({
        field: 'criterion-comment',
        code: c.code,
        message: `Say how ${c.code} was met: which turns, or what other evidence.`,
      });
    const phrase = coachingPhrase(comment);
    if (phrase)
      out.push({
        field: 'criterion-comment',
        code: c.code,
        message: coaching(`The comment on ${c.code}`, phrase),
      });
  }
  if (draft.overall === null)
    out.push({ field: 'overall', message: 'Choose the overall decision.' });
  if (draft.overall === 'achieved' && notMet.length > 0)
    out.push({
      field: 'overall',
      message: `“Achieved” needs every criterion met; not met yet: ${notMet.join(', ')}.`,
    });
  const overallPhrase = coachingPhrase(draft.overallComment);
  if (overallPhrase)
    out.push({ field: 'overall-comment', message: coaching('The overall comment', overallPhrase) });
  if (draft.assessorName.trim() === '')
    out.push({ field: 'assessor-name', message: 'Enter your name as the assessor.' });
  if (draft.assessorRole.trim() === '')
    out.push({
      field: 'assessor-role',
      message: 'Enter your role (for example, assessor or internal verifier).',
    });
  if (!draft.declared)
    out.push({
      field: 'declared',
      message: 'Tick the assessor’s declaration to record the decision.',
    });
  return out;
}

/** Where a decision is made: the verified log, its assessment for the unit, and the app's clock. */
export interface DecisionContext {
  log: ExportedLog;
  assessment: Assessment;
  decidedAt: number;
  appVersion: string;
}

/** The record of a draft with no problems; throws, naming them, otherwise (and for practice). */
export function decisionRecord(draft: DecisionDraft, ctx: DecisionContext): DecisionRecord {
  const { log, assessment } = ctx;
  const { header } = log;
  if (header.mode !== 'assessment')
    throw new Error('a practice session is not assessment evidence: no decision can be recorded');
  if (assessment.scenarioId !== header.scenario.id)
    throw new Error(
      `the assessment is for scenario "${assessment.scenarioId}", not "${header.scenario.id}"`,
    );
  const problems = draftProblems(draft, assessment);
  if (problems.length > 0) throw new Error(problems.map((p) => p.message).join(' '));
  return {
    kind: DECISION_KIND,
    format: DECISION_FORMAT,
    log: {
      sealHash: log.seal.hash,
      sessionId: header.sessionId,
      learnerName: header.learnerName,
      scenario: { ...header.scenario },
      mode: 'assessment',
      attempt: header.attempt,
      startedAt: header.startedAt,
      timeZone: header.timeZone,
      exportedAt: log.seal.exportedAt,
    },
    unit: {
      frameworkId: assessment.frameworkId,
      qualification: assessment.unit.qualification,
      code: assessment.unit.code,
      title: assessment.unit.title,
    },
    criteria: assessment.criteria.map((c) => {
      const d = draft.criteria[c.code]!;
      return {
        code: c.code,
        text: c.text,
        suggested: c.status,
        decision: d.decision!,
        comment: d.comment.trim(),
      };
    }),
    overall: { decision: draft.overall!, comment: draft.overallComment.trim() },
    assessor: {
      name: draft.assessorName.trim(),
      role: draft.assessorRole.trim(),
      declaration: ASSESSOR_DECLARATION,
    },
    decidedAt: ctx.decidedAt,
    appVersion: ctx.appVersion,
  };
}
