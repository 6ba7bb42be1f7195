/**
 * Every scenario version the app ships has a committed snapshot, and every snapshot is what its name
 * says: an old log must always find the exact scenario it was played on (scripts/scenario-versions.ts).
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  VERSIONS_FOLDER,
  currentScenarioVersions,
  loadShippedScenarioVersions,
  loadSnapshot,
  snapshotFileName,
  snapshotFiles,
  writeMissingSnapshots,
} from '../../scripts/scenario-versions';
import { hashCanonical } from '../../src/domain/session/hash';
import { fakeScenario } from '../../src/test-util/fake-scenario';
import {
  catalogue,
  knownVersionHashes,
  loadScenarioById,
  loadScenarioVersion,
} from 'virtual:scenarios';
import { tempScenarioDir, writeScenarioFile } from '../support/temp-scenarios';

const current = await currentScenarioVersions('scenarios');
const snapshots = snapshotFiles('scenarios');

describe('scenario versions', () => {
  it.each(current.map((v) => [v.file, v] as const))(
    '%s: its current version has a committed snapshot',
    (file, v) => {
      const snapshot = join('scenarios', VERSIONS_FOLDER, snapshotFileName(v.scenario.id, v.hash));
      expect(
        existsSync(snapshot),
        `${file} changed: run npm run scenarios:snapshot and commit ${snapshot}`,
      ).toBe(true);
    },
  );

  it.each(snapshots.map((f) => [f] as const))(
    '%s: its name matches its content’s hash and it validates with the scenario schema',
    async (file) => {
      const v = await loadSnapshot(file);
      expect(file.endsWith(snapshotFileName(v.scenario.id, v.hash))).toBe(true);
    },
  );

  it('knows every current version and every snapshot by full hash', async () => {
    const shipped = await loadShippedScenarioVersions('scenarios');
    for (const v of current) expect(shipped.get(v.hash)).toEqual(v.scenario);
    expect(shipped.size).toBeGreaterThanOrEqual(current.length);
    expect(snapshots.length).toBeGreaterThanOrEqual(current.length);
  });
});

describe('the app’s scenario module', () => {
  it.each(current.map((v) => [v.scenario.id, v] as const))(
    '%s: the catalogue carries the hash of the version the browser receives',
    async (id, v) => {
      expect(catalogue.find((e) => e.id === id)?.hash).toBe(v.hash);
      const served = await loadScenarioVersion(id, v.hash);
      expect(served).toEqual(await loadScenarioById(id));
      expect(await hashCanonical(served)).toBe(v.hash);
      expect(knownVersionHashes[id]).toContain(v.hash);
    },
  );
});

describe('snapshots in a scratch folder', () => {
  const dir = tempScenarioDir();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeScenarioFile(dir, fakeScenario());

  it('are written once per version and never rewritten', async () => {
    const [file] = await writeMissingSnapshots(dir);
    expect(file).toMatch(/versions[\\/]fake-counter\.[0-9a-f]{12}\.json$/);
    writeFileSync(file!, readFileSync(file!, 'utf8').replace('A test counter', 'Edited by hand'));
    expect(await writeMissingSnapshots(dir)).toEqual([]);
    await expect(loadShippedScenarioVersions(dir)).rejects.toThrow(
      /its content hashes to [0-9a-f]{12}…, but its name says [0-9a-f]{12}…: a snapshot is never edited/,
    );
    rmSync(file!);
  });

  it('are refused when named for another scenario or not named by hash', async () => {
    const [file] = await writeMissingSnapshots(dir);
    const other = file!.replace('fake-counter.', 'other-scenario.');
    renameSync(file!, other);
    await expect(loadShippedScenarioVersions(dir)).rejects.toThrow(
      /holds scenario "fake-counter", but its name says "other-scenario"/,
    );
    renameSync(other, file!.replace(/\.[0-9a-f]{12}\.json$/, '.json'));
    await expect(loadShippedScenarioVersions(dir)).rejects.toThrow(
      /a snapshot's name must be <scenario-id>\.<first 12 hex digits of its hash>\.json/,
    );
  });
});
