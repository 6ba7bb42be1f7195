import { describe, expect, it } from 'vitest';
import { branchLog } from '../../domain/classroom/branch-log';
import { branchForest } from '../../domain/classroom/branch-tree';
import { classRecord } from '../../domain/classroom/class-record';
import { verifyLog } from '../../domain/session/verify-log';
import { continueClassLog, makeClassLog } from '../../test-util/class-log';
import { fakeScenario } from '../../test-util/fake-scenario';
import { scenarioHash } from '../../test-util/make-log';
import { exportClassRecordJson } from './class-record-json';
import { classSummaryHtml } from './class-summary-html';

const scenario = fakeScenario();
const hash = await scenarioHash(scenario);
const EXPORTED_AT = Date.UTC(2026, 5, 1, 11, 0, 0);

async function classSession(className = 'Group 2B') {
  const root = await makeClassLog(
    scenario,
    [
      { choose: 'acknowledge', votes: { acknowledge: 9, rules: 2, 'step-back': 1 } },
      { curveball: 10, reason: 'The queue behind them starts complaining' },
      { choose: 'promise', votes: { offer: 6, promise: 3 } },
      { choose: 'argue', votes: { summarise: 8, argue: 1 } },
    ],
    { className },
  );
  const branch = await continueClassLog(
    scenario,
    await branchLog(root, 2, { sessionId: 'class-2', appVersion: '0.1.0' }),
    [{ choose: 'supervisor', votes: { supervisor: 12 } }],
  );
  return branchForest([root, branch])[0]!;
}

describe('the class record as JSON', () => {
  it('holds every branch as a sealed log that verifies on its own, in tree order', async () => {
    const root = await classSession();
    const file = await exportClassRecordJson(root, EXPORTED_AT);
    expect(file.fileName).toBe(
      'defuse-fake-counter-practice-class-record-2026-06-01-group-2b-class-1.json',
    );
    const parsed = JSON.parse(file.text) as typeof file.record;
    expect(parsed).toMatchObject({
      kind: 'defuse.class-record',
      format: 1,
      runId: 'class-1',
      className: 'Group 2B',
    });
    expect(parsed.branches.map((b) => b.header.sessionId)).toEqual(['class-1', 'class-2']);
    for (const log of parsed.branches) {
      const v = await verifyLog(JSON.stringify(log), (id, h) =>
        id === scenario.id && h === hash ? scenario : null,
      );
      expect(v.kind).toBe('verified');
    }
  });
});

describe('the printable class summary', () => {
  it('has the votes per turn, the choices, the branches, the curveballs and the endings', async () => {
    const record = classRecord(scenario, await classSession());
    const doc = classSummaryHtml(record, { exportedAt: EXPORTED_AT, appVersion: '0.1.0' });
    const text = doc.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('Class session record');
    expect(text).toContain('That sounds really worrying. — 9 votes (chosen)');
    expect(text).toContain('Step back and get support — 1 vote');
    expect(text).toContain('Chosen by the most votes');
    expect(text).toContain('Chosen by the tutor (not the most votes)');
    expect(text).toContain('After turn 1: “The queue behind them starts complaining” — tension');
    expect(text).toContain('Branch 2: turn 2 taken again (from branch 1)');
    expect(text).toContain('Turns 1–1 as in branch 1.');
    expect(text).toMatch(/The customer walked out\s+branch 1/);
    expect(text).toMatch(/Supervisor takes over\s+branch 2/);
    expect(doc).toContain('content="default-src &#39;none&#39;');
    expect(doc).not.toMatch(/<script/i);
  });

  it('writes a class name with markup in it as text', async () => {
    const record = classRecord(scenario, await classSession('<script>alert(1)</script>'));
    const doc = classSummaryHtml(record, { exportedAt: EXPORTED_AT, appVersion: '0.1.0' });
    expect(doc).not.toContain('<script>');
    expect(doc).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
