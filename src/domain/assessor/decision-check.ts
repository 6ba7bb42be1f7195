/**
 * Checks that a value is exactly a DecisionRecord of format 1: every field's type, the decision and
 * status vocabularies, hashes, times, the unit's criteria codes unique, and no unknown fields.
 * Records read back from IndexedDB go through it like a file from a stranger (STYLE.md §15): a bad
 * one is reported with what is wrong, never allowed to blank the workspace. Hand-written with the
 * log checker's field checks, so the workspace ships no schema library for it.
 */
import { CRITERION_STATUSES } from '../scoring/assessment-types';
import {
  describe,
  fields,
  kebabId,
  nested,
  nonEmptyText,
  oneOf,
  orNull,
  sha256,
  text,
  time,
  wholeFrom,
  type Shape,
} from '../session/log-check';
import {
  ASSESSOR_DECLARATION,
  CRITERION_DECISIONS,
  DECISION_FORMAT,
  DECISION_KIND,
  OVERALL_DECISIONS,
  type DecisionRecord,
} from './decision-types';

const LOG: Shape = {
  what: 'a decided log',
  required: {
    sealHash: sha256,
    sessionId: nonEmptyText,
    learnerName: text,
    scenario: nested({
      what: 'a scenario reference',
      required: { id: kebabId, title: nonEmptyText, hash: sha256 },
    }),
    mode: oneOf(['assessment']),
    attempt: wholeFrom(1),
    startedAt: time,
    timeZone: nonEmptyText,
    exportedAt: time,
  },
};

const UNIT: Shape = {
  what: 'a decided unit',
  required: {
    frameworkId: kebabId,
    qualification: nonEmptyText,
    code: orNull(nonEmptyText),
    title: nonEmptyText,
  },
};

const CRITERION: Shape = {
  what: 'a criterion decision',
  required: {
    code: nonEmptyText,
    text: nonEmptyText,
    suggested: oneOf(CRITERION_STATUSES),
    decision: oneOf(CRITERION_DECISIONS),
    comment: text,
  },
};

const RECORD: Shape = {
  what: 'a decision record',
  required: {
    kind: oneOf([DECISION_KIND]),
    format: (v, p) =>
      typeof v === 'number' && v > DECISION_FORMAT
        ? `${p} is ${v}: recorded by a newer version of Defuse (this one reads format ${DECISION_FORMAT})`
        : oneOf([DECISION_FORMAT])(v, p),
    log: nested(LOG),
    unit: nested(UNIT),
    criteria: (v, p) =>
      Array.isArray(v) ? undefined : `${p} must be a list (it is ${describe(v)})`,
    overall: nested({
      what: 'an overall decision',
      required: { decision: oneOf(OVERALL_DECISIONS), comment: text },
    }),
    assessor: nested({
      what: 'an assessor',
      required: {
        name: nonEmptyText,
        role: nonEmptyText,
        declaration: oneOf([ASSESSOR_DECLARATION]),
      },
    }),
    decidedAt: time,
    appVersion: nonEmptyText,
  },
};

/** Every problem that keeps `value` from being a decision record; empty when it is one. */
export function decisionProblems(value: unknown, path = 'decision'): string[] {
  const out = fields(value, path, RECORD);
  const criteria = (value as { criteria?: unknown } | null)?.criteria;
  if (!Array.isArray(criteria)) return out;
  const seen = new Set<string>();
  criteria.forEach((c: unknown, i) => {
    out.push(...fields(c, `${path}.criteria[${i}]`, CRITERION));
    const code = (c as { code?: unknown } | null)?.code;
    if (typeof code === 'string') {
      if (seen.has(code))
        out.push(`${path}.criteria[${i}].code ${JSON.stringify(code)} appears twice`);
      seen.add(code);
    }
  });
  if (criteria.length === 0)
    out.push(`${path}.criteria must list the unit's criteria (it is empty)`);
  return out;
}

export const isDecisionRecord = (value: unknown): value is DecisionRecord =>
  decisionProblems(value).length === 0;
