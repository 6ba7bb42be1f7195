/**
 * Build-time scenario loading. Scenario YAML is parsed and validated here, in Node, and the app
 * receives plain JSON: no YAML parser or schema validator ships to the browser. A broken scenario
 * fails the build (and shows Vite's overlay in dev) with the loader's file/path/line messages.
 *
 *   import { catalogue, loadScenarioById, loadScenarioVersion, knownVersionHashes } from 'virtual:scenarios';
 *
 * Each current scenario is its own lazy chunk; so is each older shipped version (a snapshot in
 * scenarios/versions/), loaded only when a log played on it is opened. The first screen gets just the
 * catalogue and the version hashes.
 */
import { readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { toCatalogueEntry } from '../src/domain/scenario/catalogue';
import { loadScenarioOrThrow } from '../src/domain/scenario/load-scenario';
import { loadFrameworkFiles } from './load-frameworks';
import { loadScenarioFilesOrThrow } from './load-scenario-files';
import { readScenarioFile } from './read-scenario-file';
import {
  VERSIONS_FOLDER,
  loadSnapshot,
  readSnapshotHeader,
  scenarioVersionHash,
  snapshotFiles,
} from './scenario-versions';

const VIRTUAL_ID = 'virtual:scenarios';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
/** Every criteria framework as validated JSON, in one module: for tests and tools. */
const FRAMEWORKS_ID = 'virtual:frameworks';
const RESOLVED_FRAMEWORKS_ID = `\0${FRAMEWORKS_ID}`;
/**
 * What the app imports instead: each framework's labels (a few hundred bytes) and a loader of its
 * own chunk, `virtual:framework/<id>`, so the debrief loads the unit it shows, not every unit.
 */
const FRAMEWORK_INDEX_ID = 'virtual:framework-index';
const RESOLVED_FRAMEWORK_INDEX_ID = `\0${FRAMEWORK_INDEX_ID}`;
const FRAMEWORK_PREFIX = 'virtual:framework/';
const RESOLVED_FRAMEWORK_PREFIX = `\0${FRAMEWORK_PREFIX}`;
/**
 * One older scenario version: `virtual:scenario-version/<id>.<short hash>` for the snapshot
 * `<id>.<short hash>.json` (no `.json` on the id, or Vite's JSON plugin would parse the module as JSON).
 */
const VERSION_PREFIX = 'virtual:scenario-version/';
const RESOLVED_VERSION_PREFIX = `\0${VERSION_PREFIX}`;

const jsonModule = (value: unknown) =>
  `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;

/** The plugin serving `virtual:scenarios`, `virtual:frameworks` and each version's chunk from `dir`. */
export function scenariosPlugin(dir = 'scenarios'): Plugin {
  const root = resolve(dir);
  const files = () =>
    readdirSync(root)
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .map((f) => join(root, f));
  const relative = (file: string) => `${dir}/${file.slice(root.length + 1)}`;

  return {
    name: 'defuse-scenarios',
    enforce: 'pre',
    resolveId(id) {
      if (id === VIRTUAL_ID) return RESOLVED_ID;
      if (id === FRAMEWORKS_ID) return RESOLVED_FRAMEWORKS_ID;
      if (id === FRAMEWORK_INDEX_ID) return RESOLVED_FRAMEWORK_INDEX_ID;
      if (id.startsWith(FRAMEWORK_PREFIX)) return `\0${id}`;
      if (id.startsWith(VERSION_PREFIX)) return `\0${id}`;
      return undefined;
    },
    async load(id) {
      if (id === RESOLVED_FRAMEWORKS_ID) {
        const dir = join(root, 'frameworks');
        for (const f of readdirSync(dir)) this.addWatchFile(join(dir, f));
        return `export const frameworks = JSON.parse(${JSON.stringify(JSON.stringify(loadFrameworkFiles(dir)))});`;
      }
      if (id === RESOLVED_FRAMEWORK_INDEX_ID || id.startsWith(RESOLVED_FRAMEWORK_PREFIX)) {
        const dir = join(root, 'frameworks');
        for (const f of readdirSync(dir)) this.addWatchFile(join(dir, f));
        const all = loadFrameworkFiles(dir);
        if (id !== RESOLVED_FRAMEWORK_INDEX_ID) {
          const wanted = id.slice(RESOLVED_FRAMEWORK_PREFIX.length);
          return jsonModule(all.find((f) => f.id === wanted) ?? null);
        }
        const index = all.map((f) => ({
          id: f.id,
          qualification: f.qualification,
          level: f.level,
          unit: { code: f.unit.code, title: f.unit.title },
        }));
        const loaders = all.map(
          (f) =>
            `  [${JSON.stringify(f.id)}, () => import(${JSON.stringify(FRAMEWORK_PREFIX + f.id)}).then((m) => m.default)],`,
        );
        return [
          `export const frameworkIndex = ${JSON.stringify(index)};`,
          `const loaders = new Map([\n${loaders.join('\n')}\n]);`,
          `export function loadFramework(id) {`,
          `  const load = loaders.get(id);`,
          `  return load ? load() : Promise.resolve(null);`,
          `}`,
        ].join('\n');
      }
      if (id.startsWith(RESOLVED_VERSION_PREFIX)) {
        const file = join(
          root,
          VERSIONS_FOLDER,
          `${id.slice(RESOLVED_VERSION_PREFIX.length)}.json`,
        );
        this.addWatchFile(file);
        return jsonModule((await loadSnapshot(file)).scenario);
      }
      if (id !== RESOLVED_ID) return scenarioChunk(id, this.addWatchFile.bind(this));
      return catalogueModule(this.addWatchFile.bind(this));
    },
  };

  /**
   * One current scenario's chunk, read by us rather than by Vite: Vite would decode a Latin-1 file
   * as UTF-8 without complaint, or fail with a misleading "No such file or directory".
   */
  function scenarioChunk(id: string, watch: (file: string) => void): string | undefined {
    if (!id.endsWith('.yaml?scenario')) return undefined;
    const file = id.slice(0, -'?scenario'.length);
    watch(file);
    const read = readScenarioFile(file, relative(file));
    if (!read.ok) throw new Error(read.error);
    return jsonModule(loadScenarioOrThrow(read.source, relative(file)));
  }

  async function catalogueModule(watch: (file: string) => void): Promise<string> {
    const frameworks = loadFrameworkFiles(join(root, 'frameworks'));
    const frameworkIds = frameworks.map((f) => f.id);
    const titles = (fid: string) => {
      const f = frameworks.find((x) => x.id === fid);
      return f && { qualification: f.qualification, unit: f.unit.title };
    };
    // Every file is read and checked before any fails the build, so one message lists every problem.
    const scenarioFiles = files();
    scenarioFiles.forEach(watch);
    const loaded = loadScenarioFilesOrThrow(
      scenarioFiles.map((file) => ({ path: file, shownAs: relative(file) })),
      { frameworkIds },
    );
    const current = await Promise.all(
      loaded.map(async ({ path: file, scenario }) => ({
        file,
        entry: toCatalogueEntry(scenario, titles, await scenarioVersionHash(scenario)),
      })),
    );
    const currentHash = new Map(current.map(({ entry }) => [entry.id, entry.hash]));
    const known = new Map<string, string[]>(current.map(({ entry }) => [entry.id, [entry.hash]]));
    const older: { id: string; hash: string; name: string }[] = [];
    for (const file of snapshotFiles(root)) {
      watch(file);
      const { id, hash } = await readSnapshotHeader(file);
      if (currentHash.get(id) === hash) continue; // the current chunk serves it
      known.set(id, [...(known.get(id) ?? []), hash]);
      older.push({ id, hash, name: basename(file, '.json') });
    }
    const loaders = current.map(
      ({ file, entry }) =>
        `  [${JSON.stringify(entry.id)}, () => import(${JSON.stringify(`${file}?scenario`)}).then((m) => m.default)],`,
    );
    const versionLoaders = older.map(
      ({ hash, name }) =>
        `  [${JSON.stringify(hash)}, () => import(${JSON.stringify(VERSION_PREFIX + name)}).then((m) => m.default)],`,
    );
    // Maps and a null-prototype object, not object literals: the id and hash come from a log file,
    // and "constructor" must not find Object.prototype.constructor.
    return [
      `export const catalogue = ${JSON.stringify(current.map((c) => c.entry))};`,
      `export const knownVersionHashes = Object.assign(Object.create(null), ${JSON.stringify(Object.fromEntries(known))});`,
      `const loaders = new Map([\n${loaders.join('\n')}\n]);`,
      `const currentHash = new Map(${JSON.stringify([...currentHash])});`,
      `const versionIds = new Map(${JSON.stringify(older.map((o) => [o.hash, o.id]))});`,
      `const versionLoaders = new Map([\n${versionLoaders.join('\n')}\n]);`,
      `export function loadScenarioById(id) {`,
      `  const load = loaders.get(id);`,
      `  return load ? load() : Promise.reject(new Error('No built-in scenario "' + id + '"'));`,
      `}`,
      `export function loadScenarioVersion(id, hash) {`,
      `  if (currentHash.get(id) === hash) return loaders.get(id)();`,
      `  if (versionIds.get(hash) !== id) return Promise.resolve(null);`,
      `  return versionLoaders.get(hash)();`,
      `}`,
    ].join('\n');
  }
}
