import { describe, expect, it } from 'vitest';
import { chainProblem, sealHash } from '../domain/session/chain';
import { HashError } from '../domain/session/hash';
import type { ExportedLog } from '../domain/session/log-types';
import { fakeScenario } from '../test-util/fake-scenario';
import { makeLog } from '../test-util/make-log';
import { exportLogJson } from './log-json';

const scenario = fakeScenario();
const EXPORTED_AT = Date.UTC(2026, 5, 1, 12, 0, 0);

describe('exportLogJson', () => {
  it('parses back to the same log, sealed with a hash that verifies', async () => {
    const log = await makeLog(
      scenario,
      ['acknowledge', { tension: 60, reason: 'queue' }, 'offer'],
      {
        reflection: { frameworkId: 'f', draft: 'Draft', text: 'Mine' },
        sign: { name: 'Ana Learner', date: '2026-06-01' },
      },
    );
    const file = await exportLogJson(log, EXPORTED_AT);
    const parsed = JSON.parse(file.text) as ExportedLog;
    expect({ header: parsed.header, entries: parsed.entries }).toEqual(log);
    expect(parsed.seal.exportedAt).toBe(EXPORTED_AT);
    expect(parsed.seal.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await sealHash(parsed, parsed.seal.exportedAt)).toBe(parsed.seal.hash);
    expect(await chainProblem(parsed)).toBeUndefined();
    expect(file.seal).toEqual(parsed.seal);
  });

  it('detects a changed character through the seal', async () => {
    const log = await makeLog(scenario, ['acknowledge']);
    const file = await exportLogJson(log, EXPORTED_AT);
    const tampered = JSON.parse(file.text.replace('Ana Learner', 'Ana Learnor')) as ExportedLog;
    expect(await sealHash(tampered, tampered.seal.exportedAt)).not.toBe(tampered.seal.hash);
  });

  it('is indented by two spaces and ends with a newline', async () => {
    const file = await exportLogJson(await makeLog(scenario, ['acknowledge']), EXPORTED_AT);
    expect(file.text.startsWith('{\n  "header": {\n    "kind": "defuse.session-log"')).toBe(true);
    expect(file.text.endsWith('}\n')).toBe(true);
  });

  it('names the file by scenario, local date, learner and session', async () => {
    const log = await makeLog(scenario, ['acknowledge'], {
      sessionId: '3f2a9c1b-7d4e-4c1a-9b2f-0a1b2c3d4e5f',
      learnerName: 'Ana Lérner, "Jo" <x>/..',
      // 00:30 BST on 2 June: the learner's date, not the UTC one.
      startedAt: Date.UTC(2026, 5, 1, 23, 30),
    });
    const file = await exportLogJson(log, EXPORTED_AT);
    expect(file.fileName).toBe('defuse-fake-counter-2026-06-02-ana-lerner-jo-x-3f2a9c1b.json');
  });

  it('says practice in the name of a practice session, and leaves out a name not given', async () => {
    const log = await makeLog(scenario, ['acknowledge'], {
      mode: 'practice',
      learnerName: '',
      sessionId: 'abcdef12-0000',
    });
    expect((await exportLogJson(log, EXPORTED_AT)).fileName).toBe(
      'defuse-fake-counter-practice-2026-06-01-abcdef12.json',
    );
  });

  it('refuses a log holding a value that is not JSON', async () => {
    const log = await makeLog(scenario, ['acknowledge']);
    const bad = { ...log, entries: log.entries.map((e) => ({ ...e, tensionAfter: NaN })) };
    await expect(exportLogJson(bad, EXPORTED_AT)).rejects.toThrow(HashError);
  });
});
