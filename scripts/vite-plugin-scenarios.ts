/**
 * Build-time scenario loading. Scenario YAML is parsed and validated here, in Node, and the app
 * receives plain JSON: no YAML parser or schema validator ships to the browser. A broken scenario
 * fails the build (and shows Vite's overlay in dev) with the loader's file/path/line messages.
 *
 *   import { catalogue, loadScenarioById } from 'virtual:scenarios';
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { toCatalogueEntry } from '../src/domain/scenario/catalogue';
import { loadScenarioOrThrow } from '../src/domain/scenario/load-scenario';
import { loadFrameworkFiles } from './load-frameworks';

const VIRTUAL_ID = 'virtual:scenarios';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
/** The criteria frameworks as validated JSON; imported lazily by the debrief only. */
const FRAMEWORKS_ID = 'virtual:frameworks';
const RESOLVED_FRAMEWORKS_ID = `\0${FRAMEWORKS_ID}`;

export function scenariosPlugin(dir = 'scenarios'): Plugin {
  const root = resolve(dir);
  const files = () =>
    readdirSync(root)
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .map((f) => join(root, f));

  return {
    name: 'defuse-scenarios',
    enforce: 'pre',
    resolveId(id) {
      if (id === VIRTUAL_ID) return RESOLVED_ID;
      if (id === FRAMEWORKS_ID) return RESOLVED_FRAMEWORKS_ID;
      return undefined;
    },
    load(id) {
      if (id === RESOLVED_FRAMEWORKS_ID) {
        const dir = join(root, 'frameworks');
        for (const f of readdirSync(dir)) this.addWatchFile(join(dir, f));
        return `export const frameworks = JSON.parse(${JSON.stringify(JSON.stringify(loadFrameworkFiles(dir)))});`;
      }
      if (id !== RESOLVED_ID) return undefined;
      const frameworks = loadFrameworkFiles(join(root, 'frameworks'));
      const frameworkIds = frameworks.map((f) => f.id);
      const titles = (fid: string) => {
        const f = frameworks.find((x) => x.id === fid);
        return f && { qualification: f.qualification, unit: f.unit.title };
      };
      const entries = files().map((file) => {
        this.addWatchFile(file);
        const scenario = loadScenarioOrThrow(
          readFileSync(file, 'utf8'),
          `scenarios/${file.slice(root.length + 1)}`,
          { frameworkIds },
        );
        return { file, entry: toCatalogueEntry(scenario, titles) };
      });
      const loaders = entries
        .map(
          ({ file, entry }) =>
            `  ${JSON.stringify(entry.id)}: () => import(${JSON.stringify(`${file}?scenario`)}).then((m) => m.default),`,
        )
        .join('\n');
      return [
        `export const catalogue = ${JSON.stringify(entries.map((e) => e.entry))};`,
        `const loaders = {\n${loaders}\n};`,
        `export function loadScenarioById(id) {`,
        `  const load = loaders[id];`,
        `  return load ? load() : Promise.reject(new Error('No built-in scenario "' + id + '"'));`,
        `}`,
      ].join('\n');
    },
    transform(source, id) {
      if (!id.endsWith('.yaml?scenario')) return undefined;
      const file = id.slice(0, -'?scenario'.length);
      const scenario = loadScenarioOrThrow(source, `scenarios/${file.slice(root.length + 1)}`);
      return {
        code: `export default JSON.parse(${JSON.stringify(JSON.stringify(scenario))});`,
        map: null,
      };
    },
  };
}
