/**
 * The `virtual:scenarios` module as the app meets it, built by the real plugin from a scratch folder
 * holding one scenario whose file was edited after an earlier version was snapshotted.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, createServer, type Rolldown, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scenariosPlugin } from '../../scripts/vite-plugin-scenarios';
import { scenarioVersionHash, writeMissingSnapshots } from '../../scripts/scenario-versions';
import type { Scenario } from '../../src/domain/scenario/schema';
import { fakeScenario } from '../../src/test-util/fake-scenario';
import { tempScenarioDir, writeScenarioFile } from '../support/temp-scenarios';

interface VirtualScenarios {
  catalogue: { id: string; hash: string }[];
  knownVersionHashes: Record<string, string[]>;
  loadScenarioById(id: string): Promise<Scenario>;
  loadScenarioVersion(id: string, hash: string): Promise<Scenario | null>;
}

const v1 = fakeScenario();
const v2 = fakeScenario((s) => {
  s.beats.opening!.customer.calm.line = 'Edited after v1 shipped.';
});
const dir = tempScenarioDir();
let server: ViteDevServer;
let mod: VirtualScenarios;
let h1: string;
let h2: string;

beforeAll(async () => {
  h1 = await scenarioVersionHash(v1);
  h2 = await scenarioVersionHash(v2);
  writeScenarioFile(dir, v1);
  await writeMissingSnapshots(dir);
  writeScenarioFile(dir, v2);
  await writeMissingSnapshots(dir);
  server = await createServer({
    configFile: false,
    root: dir,
    logLevel: 'silent',
    server: { middlewareMode: true, hmr: false, watch: null },
    plugins: [scenariosPlugin(dir)],
  });
  mod = (await server.ssrLoadModule('virtual:scenarios')) as unknown as VirtualScenarios;
}, 30_000);

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('virtual:scenarios', () => {
  it('gives each catalogue entry its current version’s full hash', () => {
    expect(mod.catalogue.map((e) => [e.id, e.hash])).toEqual([[v2.id, h2]]);
  });

  it('lists every shipped version of each scenario, current first', () => {
    expect(mod.knownVersionHashes).toEqual({ [v2.id]: [h2, h1] });
  });

  it('loads the current version by its hash, and an older one from its snapshot', async () => {
    expect(await mod.loadScenarioVersion(v2.id, h2)).toEqual(v2);
    expect(await mod.loadScenarioVersion(v1.id, h1)).toEqual(v1);
    expect(await mod.loadScenarioById(v2.id)).toEqual(v2);
  });

  it('gives null for a version, id or pairing it does not know — including prototype names', async () => {
    expect(await mod.loadScenarioVersion(v1.id, '0'.repeat(64))).toBeNull();
    expect(await mod.loadScenarioVersion('other', h1)).toBeNull();
    expect(await mod.loadScenarioVersion('constructor', 'constructor')).toBeNull();
    await expect(mod.loadScenarioById('constructor')).rejects.toThrow(/No built-in scenario/);
  });
});

describe('the build', () => {
  it('puts each version in its own lazy chunk and no scenario text in the entry', async () => {
    writeFileSync(
      join(dir, 'main.js'),
      "import { catalogue, loadScenarioVersion } from 'virtual:scenarios';\n" +
        'loadScenarioVersion(catalogue[0].id, catalogue[0].hash);\n',
    );
    const out = (await build({
      configFile: false,
      root: dir,
      logLevel: 'silent',
      plugins: [scenariosPlugin(dir)],
      build: { write: false, rollupOptions: { input: join(dir, 'main.js') } },
    })) as Rolldown.RolldownOutput;
    const chunks = out.output.filter((o): o is Rolldown.OutputChunk => o.type === 'chunk');
    const holding = (text: string) => chunks.filter((c) => c.code.includes(text));
    const situation = JSON.stringify(v1.situation).slice(1, -1);
    expect(chunks.find((c) => c.isEntry)!.code).not.toContain(situation);
    expect(holding('Edited after v1 shipped.')).toHaveLength(1);
    expect(holding(situation)).toHaveLength(2);
    expect(chunks.filter((c) => !c.isEntry && c.isDynamicEntry)).toHaveLength(2);
  }, 30_000);
});
