import { describe, expect, it } from 'vitest';
import { fakeScenario } from '../../test-util/fake-scenario';
import { makeLog } from '../../test-util/make-log';
import { WITHDRAW } from '../../test-util/sessions';
import { chainProblem } from './chain';
import { trace } from './trace';

const scenario = fakeScenario();

describe('trace', () => {
  it('replays an honest log with no discrepancies and derives turns, ending and account', async () => {
    const log = await makeLog(
      scenario,
      ['acknowledge', { tension: 60, reason: 'queue' }, WITHDRAW],
      {
        reflection: { frameworkId: 'f', draft: 'Draft', text: 'Mine' },
        sign: { name: 'Ana', date: '2026-06-01' },
      },
    );
    expect(await chainProblem(log)).toBeUndefined();
    const t = trace(scenario, log);
    expect(t.discrepancies).toEqual([]);
    expect(t.turns.map((x) => x.responseId)).toEqual(['acknowledge', null]);
    expect(t.outcome?.kind).toBe('withdrew-safely');
    expect(t.reflection).toMatchObject({ draft: 'Draft', text: 'Mine', revisions: 1 });
    expect(t.declaration).toMatchObject({ name: 'Ana', current: true });
  });

  it('names the entry and the value when a recorded tension does not replay', async () => {
    const log = await makeLog(scenario, ['acknowledge', 'offer']);
    const changed = {
      ...log,
      entries: log.entries.map((e) => (e.seq === 2 ? { ...e, tensionAfter: 99 } : e)),
    };
    const t = trace(scenario, changed);
    expect(t.discrepancies).toContainEqual({
      seq: 2,
      message: expect.stringMatching(/^recorded tension 99, replay gives \d+$/),
    });
    expect(await chainProblem(changed)).toBe('entry 2 has been changed (its hash does not match)');
  });
});
