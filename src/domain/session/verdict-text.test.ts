import { describe, expect, it } from 'vitest';
import { fakeScenario } from '../../test-util/fake-scenario';
import { makeLog, scenarioHash } from '../../test-util/make-log';
import { sealLog } from './chain';
import { plainText, verdictLines } from './verdict-text';
import { verifyLog } from './verify-log';

const scenario = fakeScenario();
const hash = await scenarioHash(scenario);
const known = (_id: string, h: string) => (h === hash ? scenario : null);

describe('a verdict in words', () => {
  it('says who, which version, how many turns and how it ended, for a verified log', async () => {
    const log = await sealLog(
      await makeLog(scenario, ['acknowledge', 'offer', 'summarise'], {
        reflection: { frameworkId: 'f', draft: 'D', text: 'Mine' },
        sign: { name: 'Ana', date: '2026-06-01' },
      }),
      1,
    );
    expect(verdictLines('a.json', await verifyLog(log, known))).toEqual([
      `a.json: verified — Ana Learner, fake-counter v${hash.slice(0, 12)}…, 3 turns, ended: Resolved (“Way forward agreed”), account signed 2026-06-01`,
    ]);
    const practice = await sealLog(
      await makeLog(scenario, ['acknowledge'], { mode: 'practice', learnerName: '' }),
      1,
    );
    expect(verdictLines('p.json', await verifyLog(practice, known))).toEqual([
      `p.json: verified (practice: not simulation evidence S) — no learner name, fake-counter v${hash.slice(0, 12)}…, 1 turn, not finished`,
    ]);
  });

  it('gives the first problem on the line and the rest below it', async () => {
    const log = await sealLog(await makeLog(scenario, ['acknowledge', 'offer']), 1);
    const changed = structuredClone(log);
    (changed.entries[1] as { tensionAfter: number }).tensionAfter = 99;
    const lines = verdictLines('t.json', await verifyLog(changed, known));
    expect(lines[0]).toBe('t.json: TAMPERED — entry 2 has been changed (its hash does not match)');
    expect(lines.slice(1)).toEqual([
      '  - the seal does not match: the file changed after export',
      expect.stringMatching(/^ {2}- entry 2: recorded tension 99, replay gives \d+$/),
    ]);
  });

  it('keeps markup as it is but writes line breaks, escapes and bidi overrides as escapes', async () => {
    expect(plainText('<script>=HYPERLINK("x")</script>')).toBe('<script>=HYPERLINK("x")</script>');
    expect(plainText('Ana\nb.json: verified\u001b[2J\u202e')).toBe(
      'Ana\\u{a}b.json: verified\\u{1b}[2J\\u{202e}',
    );
    const log = await sealLog(
      await makeLog(scenario, ['acknowledge'], { learnerName: 'Ana\r\nx.json: verified' }),
      1,
    );
    const lines = verdictLines('n.json', await verifyLog(log, known));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('Ana\\u{d}\\u{a}x.json: verified,');
  });
});
