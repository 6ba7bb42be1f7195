// Types for the build-time scenario module (scripts/vite-plugin-scenarios.ts).
declare module 'virtual:scenarios' {
  import type { CatalogueEntry } from '../domain/scenario/catalogue';
  import type { Scenario } from '../domain/scenario/schema';
  export const catalogue: CatalogueEntry[];
  export function loadScenarioById(id: string): Promise<Scenario>;
}
