/**
 * `npm run verify` as an internal verifier meets it: the real script in a child process, on files in
 * a scratch folder — one verdict per file, unreadable files included, and a non-zero exit on any failure.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealLog } from '../../src/domain/session/chain';
import { makeLog, scenarioHash } from '../../src/test-util/make-log';
import { bestSession } from '../../src/test-util/sessions';
import { builtInScenarios } from '../support/built-in-scenarios';

const run = promisify(execFile);

/** Runs the real command; `out` is what it printed to standard output. */
async function verify(...args: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await run(process.execPath, [
      '--import',
      'tsx',
      'scripts/verify.ts',
      ...args,
    ]);
    return { code: 0, out: stdout };
  } catch (e) {
    const err = e as { code: number; stdout: string };
    return { code: err.code, out: err.stdout };
  }
}

const dir = mkdtempSync(join(tmpdir(), 'defuse-verify-'));
const f = (name: string) => join(dir, name);
const scenario = builtInScenarios().find((s) => s.id === 'passport-delay')!;
let short: string;

beforeAll(async () => {
  short = (await scenarioHash(scenario)).slice(0, 12);
  const played = bestSession(scenario);
  const log = await sealLog(await makeLog(scenario, played), Date.UTC(2026, 5, 1, 10));
  writeFileSync(f('good.json'), JSON.stringify(log, null, 2));
  const tampered = structuredClone(log);
  const entry = tampered.entries[3] as { tensionAfter: number };
  entry.tensionAfter = entry.tensionAfter === 40 ? 65 : 40;
  writeFileSync(f('tampered.json'), JSON.stringify(tampered, null, 2));
  writeFileSync(f('notes.txt'), 'Ana did well.');
  mkdirSync(f('folder'));
  // Sparse: 60 MB on paper, nothing on disk; refused from its size before it is read.
  writeFileSync(f('huge.json'), '');
  truncateSync(f('huge.json'), 60_000_000);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run verify', { timeout: 60_000 }, () => {
  it('passes a good log and exits 0', async () => {
    const { code, out } = await verify(f('good.json'));
    expect(out).toBe(
      `${f('good.json')}: verified — Ana Learner, passport-delay v${short}…, ${bestSession(scenario).length} turns, ended: Resolved (“Back on track, urgent request in, plan agreed”)\n`,
    );
    expect(code).toBe(0);
  });

  it('gives one verdict per file, names the tampered entry, and exits 1', async () => {
    const files = [
      'good.json',
      'tampered.json',
      'notes.txt',
      'missing.json',
      'folder',
      'huge.json',
    ];
    const { code, out } = await verify(...files.map(f));
    expect(code).toBe(1);
    const lines = out.split('\n');
    const line = (name: string) => lines.find((l) => l.startsWith(`${f(name)}: `));
    expect(line('good.json')).toMatch(/: verified — Ana Learner, passport-delay/);
    expect(line('tampered.json')).toBe(
      `${f('tampered.json')}: TAMPERED — entry 4 has been changed (its hash does not match)`,
    );
    expect(out).toMatch(/\n {2}- entry 4: recorded tension (40|65), replay gives \d+\n/);
    expect(line('notes.txt')).toBe(
      `${f('notes.txt')}: NOT JSON — not JSON: unexpected "A" at position 0 (line 1, column 1); expected a value (an object, list, string, number, true, false or null)`,
    );
    expect(line('missing.json')).toBe(`${f('missing.json')}: UNREADABLE — no such file`);
    expect(line('folder')).toBe(`${f('folder')}: UNREADABLE — is a folder, not a session-log file`);
    expect(line('huge.json')).toBe(
      `${f('huge.json')}: TOO LARGE — file is 60 MB; Defuse session logs are at most 50 MB`,
    );
    expect(out).toMatch(/\n5 of 6 files failed verification\.\n$/);
  });

  it('prints a JSON array of verdicts with --json', async () => {
    const { code, out } = await verify(
      '--json',
      f('good.json'),
      f('tampered.json'),
      f('missing.json'),
    );
    expect(code).toBe(1);
    const verdicts = JSON.parse(out) as {
      file: string;
      ok: boolean;
      kind: string;
      problems: string[];
      session?: { learnerName: string; turns: number };
    }[];
    expect(verdicts.map((v) => [v.file, v.ok, v.kind])).toEqual([
      [f('good.json'), true, 'verified'],
      [f('tampered.json'), false, 'tampered'],
      [f('missing.json'), false, 'unreadable'],
    ]);
    expect(verdicts[0]!.session).toMatchObject({
      learnerName: 'Ana Learner',
      turns: bestSession(scenario).length,
    });
    expect(verdicts[1]!.problems[0]).toBe('entry 4 has been changed (its hash does not match)');
  });

  it('says how to use it when given no files', async () => {
    expect((await verify()).code).toBe(2);
  });
});
