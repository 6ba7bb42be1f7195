// Types for the build-time scenario module (scripts/vite-plugin-scenarios.ts). Inline import() types:
// a relative `import` inside `declare module` is not allowed and would silently become `any`.
declare module 'virtual:scenarios' {
  export const catalogue: import('../domain/scenario/catalogue').CatalogueEntry[];
  export function loadScenarioById(
    id: string,
  ): Promise<import('../domain/scenario/schema').Scenario>;
}

declare module 'virtual:frameworks' {
  export const frameworks: import('../domain/scoring/framework-schema').Framework[];
}
