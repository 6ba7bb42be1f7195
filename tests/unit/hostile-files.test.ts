/**
 * The checker and the build survive hostile scenario files (#10): each gets its one-line error
 * naming the file, the place and what to do; the good files beside them are still checked and pass;
 * and the build refuses the same files with the same lines.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Plugin } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scenariosPlugin } from '../../scripts/vite-plugin-scenarios';
import { writeHostileFiles } from '../support/hostile-files';
import { tempScenarioDir } from '../support/temp-scenarios';

interface JsonReport {
  file: string;
  ok: boolean;
  errors: string[];
  paths?: string;
}

function check(...args: string[]): { code: number; out: string } {
  try {
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/scenarios-check.ts', ...args],
      { encoding: 'utf8', stdio: 'pipe', maxBuffer: 64 * 1024 * 1024 },
    );
    return { code: 0, out };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { code: err.status, out: err.stdout + err.stderr };
  }
}

/** The plugin's load hook, called as Vite would call it. */
async function pluginLoad(plugin: Plugin, id: string): Promise<unknown> {
  const load = plugin.load as (this: unknown, id: string) => Promise<unknown>;
  return load.call({ addWatchFile: () => {} }, id);
}

const hostile = writeHostileFiles();
const scratch: string[] = [hostile.dir];
afterAll(() => scratch.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('scenarios:check on hostile files', { timeout: 120_000 }, () => {
  let code: number;
  let reports: JsonReport[];
  const report = (name: string) => reports.find((r) => r.file === join(hostile.dir, name))!;
  beforeAll(() => {
    const run = check('--json', hostile.dir);
    code = run.code;
    reports = JSON.parse(run.out) as JsonReport[];
  }, 120_000);

  it('reports every file, fails only the bad ones, and exits 1', () => {
    expect(code).toBe(1);
    expect(reports.map((r) => r.file.slice(hostile.dir.length + 1)).sort()).toEqual(
      [...hostile.good, ...Object.keys(hostile.bad)].sort(),
    );
    for (const name of hostile.good)
      expect(report(name), name).toMatchObject({ ok: true, errors: [] });
  });

  it.each(Object.entries(hostile.bad))('gives %s its one-line error', (name, lines) => {
    expect(report(name)).toMatchObject({ ok: false, errors: lines });
    for (const line of lines) expect(line).not.toContain('\n');
  });

  it('counts the paths of a tight loop at 30 turns exactly, beyond Number.MAX_SAFE_INTEGER', () => {
    const paths = BigInt(report('tight-loop.yaml').paths!);
    expect(paths).toBeGreaterThan(BigInt(Number.MAX_SAFE_INTEGER));
  });

  it('prints the same lines as text, one per error, under each file', () => {
    const text = check(hostile.dir);
    expect(text.code).toBe(1);
    for (const line of Object.values(hostile.bad).flat())
      expect(text.out).toContain(`  error: ${line}\n`);
    expect(text.out).toContain(
      `${Object.keys(hostile.bad).length} of ${reports.length} scenario files failed`,
    );
    expect(text.out).not.toMatch(/\n\s+at /); // no stack trace
  });
});

describe('the build on hostile files', { timeout: 60_000 }, () => {
  it('refuses the catalogue with every bad file’s line, the same as the checker’s', async () => {
    const expected = Object.values(hostile.bad).flat().sort();
    const error = await pluginLoad(scenariosPlugin(hostile.dir), '\0virtual:scenarios').then(
      () => new Error('built'),
      (e: Error) => e,
    );
    expect(error.message.split('\n').sort()).toEqual(expected);
  });

  it('refuses a scenario chunk it is asked for directly, reading the file itself', async () => {
    const plugin = scenariosPlugin(hostile.dir);
    const id = `${join(hostile.dir, 'latin-1.yaml')}?scenario`;
    await expect(pluginLoad(plugin, id)).rejects.toThrow(hostile.bad['latin-1.yaml']![0]!);
  });

  it('fails a real build of a Latin-1 file with that line, not "No such file or directory"', async () => {
    const dir = tempScenarioDir();
    scratch.push(dir);
    const latin = join(hostile.dir, 'latin-1.yaml');
    copyFileSync(latin, join(dir, 'latin-1.yaml'));
    writeFileSync(
      join(dir, 'main.js'),
      "import { catalogue, loadScenarioById } from 'virtual:scenarios';\nloadScenarioById(catalogue[0].id);\n",
    );
    const failure = await build({
      configFile: false,
      root: dir,
      logLevel: 'silent',
      plugins: [scenariosPlugin(dir)],
      build: { write: false, rollupOptions: { input: join(dir, 'main.js') } },
    }).then(
      () => 'built',
      (e: Error) => e.message,
    );
    const line = hostile.bad['latin-1.yaml']![0]!.replace(hostile.dir, dir);
    expect(failure).toContain(line);
    expect(failure).not.toMatch(/No such file/);
  });
});
