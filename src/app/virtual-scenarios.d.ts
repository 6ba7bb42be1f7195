// Types for the build-time scenario module (scripts/vite-plugin-scenarios.ts). Inline import() types:
// a relative `import` inside `declare module` is not allowed and would silently become `any`.
declare module 'virtual:scenarios' {
  /** The current scenarios, each with its current version's hash. */
  export const catalogue: import('../domain/scenario/catalogue').CatalogueEntry[];
  /** The current version of a built-in scenario; rejects for an unknown id. */
  export function loadScenarioById(
    id: string,
  ): Promise<import('../domain/scenario/schema').Scenario>;
  /**
   * A shipped version of a scenario by its full hash (the hash a log's header carries): the current
   * version's chunk when the hash is current, else that version's own lazily loaded snapshot chunk;
   * null when this build does not know the version.
   */
  export function loadScenarioVersion(
    id: string,
    hash: string,
  ): Promise<import('../domain/scenario/schema').Scenario | null>;
  /** Scenario id → the full hash of every version this build ships (current first). */
  export const knownVersionHashes: Readonly<Record<string, readonly string[]>>;
}

/** Every framework at once: tests and tools only (the app loads one unit at a time, below). */
declare module 'virtual:frameworks' {
  export const frameworks: import('../domain/scoring/framework-schema').Framework[];
}

declare module 'virtual:framework-index' {
  /** Each framework's labels, for choosing a unit and naming one, without its criteria. */
  export const frameworkIndex: import('../domain/scoring/framework-index').FrameworkEntry[];
  /** One framework's own chunk; null for an id this build does not have. */
  export function loadFramework(
    id: string,
  ): Promise<import('../domain/scoring/framework-schema').Framework | null>;
}
