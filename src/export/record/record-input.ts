/**
 * What the printable assessment record is made from, and the facts every section of it shares
 * (worked out once here): the zone dates are shown in, whether this is evidence at all, and whether
 * the reflective account is signed evidence (RA).
 */
import { authorship, type Authorship } from '../../domain/reflection/authorship';
import type { DecisionRecord } from '../../domain/assessor/decision-types';
import { zoneOrUtc } from '../../domain/evidence/dates';
import type { Assessment, EvidenceCode } from '../../domain/scoring/assessment-types';
import type { Framework } from '../../domain/scoring/framework-schema';
import type { Trace } from '../../domain/session/trace';

/** Everything the record shows. */
export interface RecordInput {
  /** The session, traced against the scenario version it was played on. */
  trace: Trace;
  /**
   * The session scored against the unit the record is for. Give both or neither: without them (a
   * scenario that evidences no unit) the record says there is no criteria cross-reference.
   */
  assessment?: Assessment;
  /** That unit's criteria framework. */
  framework?: Framework;
  /** The seal hash of the exported JSON log the record goes with (ExportedLog.seal.hash). */
  sealHash: string;
  /** The learner's share of own words; worked out from the account when not given. */
  authorship?: Authorship;
  /** When the record was made (ms since the epoch), from the app's clock. */
  exportedAt: number;
  /**
   * The assessor's recorded decision on this log and unit (the assessor workspace); without it the
   * record leaves a space for the decision to be written in by hand.
   */
  decision?: DecisionRecord;
}

/** The unit the record cross-references, with the session's assessment against it. */
export interface RecordUnit {
  assessment: Assessment;
  framework: Framework;
}

/** RecordInput with what the sections share. */
export interface RecordContext extends RecordInput {
  /** The unit, when one was given. */
  unit: RecordUnit | null;
  /** The IANA zone every date is shown in. */
  zone: string;
  practice: boolean;
  /** The reflective account is signed and unchanged since: it is RA evidence. */
  signed: boolean;
  /** The evidence types this record presents: none for practice; S, and RA once signed. */
  evidenceTypes: EvidenceCode[];
  /** The learner's share of own words, when there is an account. */
  share: Authorship | null;
}

/** Checks that the parts belong together and works out the shared facts. */
export function recordContext(input: RecordInput): RecordContext {
  const { trace, assessment, framework } = input;
  if ((assessment === undefined) !== (framework === undefined))
    throw new Error('give the assessment and its framework together, or neither');
  if (assessment && framework && assessment.frameworkId !== framework.id)
    throw new Error(
      `the assessment is for framework "${assessment.frameworkId}", not "${framework.id}"`,
    );
  if (assessment && assessment.scenarioId !== trace.scenario.id)
    throw new Error(
      `the assessment is for scenario "${assessment.scenarioId}", not "${trace.scenario.id}"`,
    );
  const { decision } = input;
  if (decision && decision.log.sealHash !== input.sealHash)
    throw new Error('the decision is for another log file (its seal does not match)');
  if (decision && decision.unit.frameworkId !== framework?.id)
    throw new Error(
      `the decision is for framework "${decision.unit.frameworkId}", not "${framework?.id ?? 'none'}"`,
    );
  const practice = trace.log.header.mode === 'practice';
  if (decision && practice) throw new Error('a practice session has no assessment decision');
  const signed = trace.declaration !== null && trace.declaration.current;
  const { reflection } = trace;
  return {
    ...input,
    unit: assessment && framework ? { assessment, framework } : null,
    zone: zoneOrUtc(trace.log.header.timeZone),
    practice,
    signed,
    evidenceTypes: practice ? [] : signed ? ['S', 'RA'] : ['S'],
    share: reflection ? (input.authorship ?? authorship(reflection.draft, reflection.text)) : null,
  };
}
