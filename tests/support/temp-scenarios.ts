/** A throwaway scenarios folder for tests of the version machinery: scenario files and frameworks/. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Scenario } from '../../src/domain/scenario/schema';

/** A new temporary folder laid out like scenarios/, with an empty frameworks/ folder. */
export function tempScenarioDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'defuse-scenarios-'));
  mkdirSync(join(dir, 'frameworks'));
  return dir;
}

/** Writes `scenario` as `<dir>/<id>.yaml` (JSON is YAML 1.2, so the loader reads it as any author's file). */
export function writeScenarioFile(dir: string, scenario: Scenario): string {
  const file = join(dir, `${scenario.id}.yaml`);
  writeFileSync(file, JSON.stringify(scenario, null, 2));
  return file;
}
