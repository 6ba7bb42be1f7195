/**
 * `npm run scenarios:check` as an author meets it: it passes the built-in library and fails clearly,
 * naming the file and the place, on each kind of broken file.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Runs the real command; `out` is what it printed to standard output. */
function check(...args: string[]): { code: number; out: string } {
  try {
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/scenarios-check.ts', ...args],
      { encoding: 'utf8', stdio: 'pipe' },
    );
    return { code: 0, out };
  } catch (e) {
    const err = e as { status: number; stdout: string };
    return { code: err.status, out: err.stdout };
  }
}

const F = 'tests/fixtures/scenarios';

describe('scenarios:check', { timeout: 60_000 }, () => {
  it('passes the built-in scenarios and reports each one', () => {
    const { code, out } = check();
    expect(code, out).toBe(0);
    expect(out).toMatch(/All \d+ scenario files passed/);
    expect(out).toMatch(/paths: \d+/);
  });

  it('fails on bad YAML, naming the file and line', () => {
    const { code, out } = check(`${F}/bad-yaml.yaml`);
    expect(code).toBe(1);
    expect(out).toMatch(
      /bad-yaml\.yaml: line \d+, column \d+: not valid YAML: Missing closing "quote/,
    );
  });

  it('fails on a dangling link with a suggestion', () => {
    const { code, out } = check(`${F}/dangling-link.yaml`);
    expect(code).toBe(1);
    expect(out).toContain(
      `${F}/dangling-link.yaml: beats.opening.responses[0].next: no beat or ending "optons" (did you mean "options"?)`,
    );
  });

  it('fails on an unknown technique', () => {
    const { code, out } = check(`${F}/unknown-technique.yaml`);
    expect(code).toBe(1);
    expect(out).toContain(
      `${F}/unknown-technique.yaml: beats.opening.responses[1].techniques[0]: unknown technique "empathie" (did you mean "empathy"?)`,
    );
  });

  it('refuses a newer format, saying so', () => {
    const { code, out } = check(`${F}/newer-format.yaml`);
    expect(code).toBe(1);
    expect(out).toContain(
      `${F}/newer-format.yaml: format: format 2 is newer than this version of Defuse understands`,
    );
  });

  it('fails on an unreachable ending and names it', () => {
    const { code, out } = check(`${F}/unreachable-ending.yaml`);
    expect(code).toBe(1);
    expect(out).toContain('endings.never: unreachable ending (incident)');
  });

  it('prints the report as JSON with --json, one object per file', () => {
    const { code, out } = check('--json', `${F}/dangling-link.yaml`, 'scenarios');
    expect(code).toBe(1);
    const reports = JSON.parse(out) as {
      file: string;
      id: string | null;
      ok: boolean;
      errors: string[];
      endings: { kind: string; reachable: boolean }[];
      moods: string[];
      paths: string;
      minTurns: number;
      maxTurns: number;
    }[];
    expect(reports.length).toBeGreaterThanOrEqual(4);
    expect(reports[0]).toMatchObject({ file: `${F}/dangling-link.yaml`, id: null, ok: false });
    const good = reports.filter((r) => r.ok);
    expect(good.length).toBeGreaterThanOrEqual(3);
    for (const r of good) {
      expect(r.endings.every((e) => e.reachable && typeof e.kind === 'string')).toBe(true);
      expect(r.paths).toMatch(/^[1-9]\d*$/);
      expect(r.minTurns).toBeGreaterThan(0);
      expect(r.maxTurns).toBeGreaterThanOrEqual(r.minTurns);
      expect(r.moods.length).toBeGreaterThan(0);
    }
  });
});
