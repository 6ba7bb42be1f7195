/** What the library screen needs to list a scenario, without loading its whole conversation. */
import type { Scenario } from './schema';

export interface CatalogueEntry {
  id: string;
  title: string;
  summary: string;
  setting: string;
  channel: Scenario['channel'];
  difficulty: Scenario['difficulty'];
  minutes: number;
  contentNotes: string[];
  /** Framework ids and the qualification each belongs to, for the card. */
  frameworks: { id: string; qualification: string; unit: string }[];
  /** The current version's hash (SHA-256 of its canonical JSON): what a new session's log records. */
  hash: string;
}

export function toCatalogueEntry(
  scenario: Scenario,
  frameworkTitles: (id: string) => { qualification: string; unit: string } | undefined,
  hash: string,
): CatalogueEntry {
  return {
    id: scenario.id,
    title: scenario.title,
    summary: scenario.summary,
    setting: scenario.setting,
    channel: scenario.channel,
    difficulty: scenario.difficulty,
    minutes: scenario.minutes,
    contentNotes: scenario.contentNotes,
    frameworks: scenario.frameworks.flatMap((id) => {
      const titles = frameworkTitles(id);
      return titles ? [{ id, ...titles }] : [];
    }),
    hash,
  };
}
