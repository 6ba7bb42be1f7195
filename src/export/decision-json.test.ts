// The decision as a file: the record exactly, as 2-space JSON, named like the log it decides on.
import { describe, expect, it } from 'vitest';
import { decisionProblems } from '../domain/assessor/decision-check';
import { decisionFixture } from '../test-util/decision-fixture';
import { decisionFileName, decisionJson } from './decision-json';

describe('decisionJson', () => {
  it('writes the record as it is, readable back as a decision', async () => {
    const { record } = await decisionFixture();
    const file = decisionJson(record);
    expect(file.fileName).toBe(
      'defuse-passport-delay-decision-btec-l2-unit7-conflict-2026-06-01-ana-learner-3f2a9c1b.json',
    );
    expect(file.text.endsWith('}\n')).toBe(true);
    const back: unknown = JSON.parse(file.text);
    expect(back).toEqual(record);
    expect(decisionProblems(back)).toEqual([]);
    expect(decisionFileName(record, 'html')).toMatch(/-decision-btec-l2-unit7-conflict-.*\.html$/);
  });
});
