// The library's filters as plain data: which settings exist, and which scenarios a choice keeps.
import type { CatalogueEntry } from '../../domain/scenario/catalogue';
import type { Difficulty } from '../../domain/scenario/schema';

/** '' means "all". */
export interface ScenarioFilter {
  setting: string;
  difficulty: Difficulty | '';
}

export const NO_FILTER: ScenarioFilter = { setting: '', difficulty: '' };

export const settingsOf = (entries: CatalogueEntry[]): string[] =>
  [...new Set(entries.map((e) => e.setting))].sort((a, b) => a.localeCompare(b, 'en-GB'));

export const filterScenarios = (
  entries: CatalogueEntry[],
  filter: ScenarioFilter,
): CatalogueEntry[] =>
  entries.filter(
    (e) =>
      (!filter.setting || e.setting === filter.setting) &&
      (!filter.difficulty || e.difficulty === filter.difficulty),
  );
