// A decision record read back from storage is checked like a file from a stranger: a record the
// app made passes; each way a stored one can be wrong is named by its place.
import { beforeAll, describe, expect, it } from 'vitest';
import { decisionFixture } from '../../test-util/decision-fixture';
import { decisionProblems, isDecisionRecord } from './decision-check';
import type { DecisionRecord } from './decision-types';

let record: DecisionRecord;
beforeAll(async () => {
  ({ record } = await decisionFixture());
});

const changed = (edit: (r: Record<string, unknown> & DecisionRecord) => void) => {
  const copy = structuredClone(record) as Record<string, unknown> & DecisionRecord;
  edit(copy);
  return decisionProblems(copy);
};

describe('decisionProblems', () => {
  it('passes a record the app made, and survives a JSON round trip', () => {
    expect(decisionProblems(record)).toEqual([]);
    expect(isDecisionRecord(JSON.parse(JSON.stringify(record)))).toBe(true);
  });

  it('names what is wrong with a bad stored record, by its place', () => {
    expect(decisionProblems(null)).toEqual(['decision must be an object (it is null)']);
    expect(changed((r) => (r.kind = 'defuse.session-log' as never))).toEqual([
      'decision.kind must be one of "defuse.assessment-decision" (it is "defuse.session-log")',
    ]);
    expect(changed((r) => (r.format = 2 as never))).toEqual([
      'decision.format is 2: recorded by a newer version of Defuse (this one reads format 1)',
    ]);
    expect(changed((r) => (r.log.sealHash = 'abc'))).toEqual([
      'decision.log.sealHash must be a SHA-256 hash (64 lower-case hex digits)',
    ]);
    expect(changed((r) => (r.criteria[1]!.decision = 'maybe' as never))).toEqual([
      'decision.criteria[1].decision must be one of "met", "not-yet-met" (it is "maybe")',
    ]);
    expect(changed((r) => r.criteria.push(structuredClone(r.criteria[0]!)))).toEqual([
      `decision.criteria[${record.criteria.length}].code "1.1" appears twice`,
    ]);
    expect(changed((r) => (r.criteria = []))).toEqual([
      "decision.criteria must list the unit's criteria (it is empty)",
    ]);
    expect(changed((r) => (r.assessor.declaration = 'I agree.'))).toHaveLength(1);
    expect(changed((r) => (r.extra = true))).toEqual([
      'decision.extra is not a field of a decision record',
    ]);
    expect(changed((r) => (r.log.mode = 'practice' as never))).toEqual([
      'decision.log.mode must be one of "assessment" (it is "practice")',
    ]);
  });
});
