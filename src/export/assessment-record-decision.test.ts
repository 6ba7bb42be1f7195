// @vitest-environment jsdom
// The printable record with the assessor's recorded decision in it: each criterion met or not yet
// met with how, the overall decision, who declared it and when — all as text — in place of the
// blank write-in space; refused with a decision for another file, another unit or a practice log.
import { beforeAll, describe, expect, it } from 'vitest';
import { decisionRecord } from '../domain/assessor/decision-draft';
import { ASSESSOR_DECLARATION } from '../domain/assessor/decision-types';
import { HOSTILE_NAME } from '../test-util/assess-files';
import { completeDraft, decisionFixture } from '../test-util/decision-fixture';
import { builtInFramework } from '../test-util/export-fixture';
import { assessmentRecordHtml } from './assessment-record';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const textOf = (node: Node | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

let f: Awaited<ReturnType<typeof decisionFixture>>;
beforeAll(async () => {
  f = await decisionFixture();
});

const input = (decision = f.record) => ({
  ...f.fixture.input,
  sealHash: f.log.seal.hash,
  exportedAt: f.log.seal.exportedAt,
  decision,
});

describe('the printable record with a recorded decision', () => {
  it('shows every criterion’s decision and comment, the overall decision and the declaration', () => {
    const code = f.assessment.criteria[1]!.code;
    const draft = completeDraft(f.assessment.criteria, {
      overall: 'not-yet-achieved',
      overallComment: `Evidence for ${code} is not in this log.`,
      assessorName: HOSTILE_NAME,
    });
    draft.criteria[code] = { decision: 'not-yet-met', comment: '=HYPERLINK("http://x") <b>no</b>' };
    const record = decisionRecord(draft, f.context);
    const html = assessmentRecordHtml(input(record));
    const doc = parse(html);
    const section = doc.querySelector('section.assessor-decision')!;
    expect(doc.querySelector('section.assessor')).toBeNull();
    expect(textOf(section.querySelector('.overall'))).toBe(
      'Decision: Not yet achieved — Handling Customer Conflict and Challenge',
    );
    const rows = [...section.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((c) => textOf(c)),
    );
    expect(rows).toHaveLength(f.assessment.criteria.length);
    expect(rows[0]).toEqual(['1.1', 'Met', 'Met at turn 1 for 1.1.']);
    expect(rows[1]).toEqual([code, 'Not yet met', '=HYPERLINK("http://x") <b>no</b>']);
    expect(section.querySelector('b')).toBeNull();
    expect(textOf(section)).toContain(ASSESSOR_DECLARATION);
    expect(textOf(section)).toContain(`Declared by: ${HOSTILE_NAME}, Assessor`);
    expect(textOf(section)).toContain('Date: 3 June 2026, 15:30 BST');
    expect(html).not.toMatch(/<script/i);
  });

  it('refuses a decision on another file, another unit, or a practice session', async () => {
    expect(() => assessmentRecordHtml({ ...input(), sealHash: 'f'.repeat(64) })).toThrow(
      'the decision is for another log file (its seal does not match)',
    );
    const other = builtInFramework('iao-l3-difficult-customers');
    expect(() =>
      assessmentRecordHtml({
        ...input(),
        framework: other,
        assessment: { ...f.assessment, frameworkId: other.id },
      }),
    ).toThrow(
      'the decision is for framework "btec-l2-unit7-conflict", not "iao-l3-difficult-customers"',
    );
  });
});
