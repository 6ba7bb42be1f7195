/** Loads every built-in scenario file the way the build does, for suites that span all of them. */
import { readdirSync, readFileSync } from 'node:fs';
import { loadScenarioOrThrow } from '../../src/domain/scenario/load-scenario';
import type { Scenario } from '../../src/domain/scenario/schema';

export const builtInFiles = (): string[] =>
  readdirSync('scenarios')
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => `scenarios/${f}`);

export function builtInScenarios(): Scenario[] {
  return builtInFiles().map((file) => loadScenarioOrThrow(readFileSync(file, 'utf8'), file));
}
