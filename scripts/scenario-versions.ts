/**
 * Node-only: the scenario versions Defuse ships. A session is traced against the version it was played
 * on, so besides each current scenario file the app keeps a committed snapshot of every version it has
 * shipped: `scenarios/versions/<scenario-id>.<first 12 hex of its hash>.json`, the RFC 8785 canonical
 * JSON of the validated scenario. A version's hash is SHA-256 of that JSON — the hash a log's header
 * carries — so a later edit of a YAML file never changes what an old log is traced against.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenario } from '../src/domain/scenario/load-scenario';
import type { Scenario } from '../src/domain/scenario/schema';
import { canonicalJson, hashCanonical } from '../src/domain/session/hash';
import { loadScenarioFilesOrThrow } from './load-scenario-files';

/** The folder of snapshots, inside the scenarios folder. */
export const VERSIONS_FOLDER = 'versions';
/** How many hex digits of the hash a snapshot's file name keeps: enough to never collide in practice. */
export const SHORT_HASH = 12;

const SNAPSHOT_NAME = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.([0-9a-f]{12})\.json$/;

/** One scenario version: where it came from, the validated scenario and its full hash. */
export interface ScenarioVersion {
  file: string;
  scenario: Scenario;
  hash: string;
}

/** A scenario version's hash: SHA-256 of the canonical JSON of the validated scenario. */
export const scenarioVersionHash = (scenario: Scenario): Promise<string> =>
  hashCanonical(scenario, 'scenario');

/** The file name of the snapshot of a version. */
export const snapshotFileName = (id: string, hash: string): string =>
  `${id}.${hash.slice(0, SHORT_HASH)}.json`;

/** A snapshot's text: the canonical JSON itself, and a final newline for tidy diffs. */
export const snapshotText = (scenario: Scenario): string =>
  `${canonicalJson(scenario, 'scenario')}\n`;

/** The current scenario files (`<dir>/*.yaml`), loaded exactly as the build loads them. */
export async function currentScenarioVersions(dir = 'scenarios'): Promise<ScenarioVersion[]> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((name) => join(dir, name));
  const loaded = loadScenarioFilesOrThrow(files.map((file) => ({ path: file, shownAs: file })));
  return Promise.all(
    loaded.map(async ({ path: file, scenario }) => ({
      file,
      scenario,
      hash: await scenarioVersionHash(scenario),
    })),
  );
}

/** Paths of every snapshot file (every .json file in `<dir>/versions`), sorted. */
export function snapshotFiles(dir = 'scenarios'): string[] {
  const folder = join(dir, VERSIONS_FOLDER);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(folder, f));
}

/** A snapshot's id and full hash from its content, checked against its name (cheap: no validation). */
export async function readSnapshotHeader(
  file: string,
): Promise<{ id: string; hash: string; text: string }> {
  const name = file.split(/[\\/]/).pop()!;
  const m = SNAPSHOT_NAME.exec(name);
  if (!m)
    throw new Error(
      `${file}: a snapshot's name must be <scenario-id>.<first ${SHORT_HASH} hex digits of its hash>.json`,
    );
  const text = readFileSync(file, 'utf8');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new Error(`${file}: not JSON (${(e as Error).message})`, { cause: e });
  }
  const hash = await hashCanonical(data, file);
  const id = (data as { id?: unknown } | null)?.id;
  if (id !== m[1])
    throw new Error(`${file}: holds scenario ${JSON.stringify(id)}, but its name says "${m[1]}"`);
  if (!hash.startsWith(m[2]!))
    throw new Error(
      `${file}: its content hashes to ${hash.slice(0, SHORT_HASH)}…, but its name says ${m[2]}…: ` +
        'a snapshot is never edited (restore it from git); a new version gets a new snapshot from `npm run scenarios:snapshot`',
    );
  return { id: m[1]!, hash, text };
}

/**
 * One snapshot, fully checked: its name matches its content's hash, it validates with the scenario
 * schema (JSON is YAML 1.2, so the scenario loader reads it with the same messages), and it holds the
 * validated form itself — so the scenario the app traces with hashes to the name's hash.
 */
export async function loadSnapshot(file: string): Promise<ScenarioVersion> {
  const { hash, text } = await readSnapshotHeader(file);
  const loaded = loadScenario(text, file);
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  if ((await scenarioVersionHash(loaded.scenario)) !== hash)
    throw new Error(
      `${file}: is not a validated scenario (validating it changes it); snapshots come from \`npm run scenarios:snapshot\``,
    );
  return { file, scenario: loaded.scenario, hash };
}

/** Every snapshot, fully checked; throws one Error listing every bad file. */
export async function snapshotVersions(dir = 'scenarios'): Promise<ScenarioVersion[]> {
  const results = await Promise.allSettled(snapshotFiles(dir).map(loadSnapshot));
  const problems = results.flatMap((r) => (r.status === 'rejected' ? [String(r.reason)] : []));
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return results.map((r) => (r as PromiseFulfilledResult<ScenarioVersion>).value);
}

/** Every shipped scenario version by full hash: the current files and every snapshot. */
export async function loadShippedScenarioVersions(
  dir = 'scenarios',
): Promise<Map<string, Scenario>> {
  const versions = new Map<string, Scenario>();
  for (const v of await snapshotVersions(dir)) versions.set(v.hash, v.scenario);
  for (const v of await currentScenarioVersions(dir)) versions.set(v.hash, v.scenario);
  return versions;
}

/**
 * Writes a snapshot of each current scenario version that has none; returns the files written.
 * Never deletes or rewrites a snapshot: an old log must always find the version it was played on.
 */
export async function writeMissingSnapshots(dir = 'scenarios'): Promise<string[]> {
  const folder = join(dir, VERSIONS_FOLDER);
  mkdirSync(folder, { recursive: true });
  const written: string[] = [];
  for (const { scenario, hash } of await currentScenarioVersions(dir)) {
    const file = join(folder, snapshotFileName(scenario.id, hash));
    if (existsSync(file)) continue;
    writeFileSync(file, snapshotText(scenario), { flag: 'wx' });
    written.push(file);
  }
  return written;
}
