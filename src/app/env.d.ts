// The build's own variables (set in vite.config.ts from package.json).
interface ImportMetaEnv {
  readonly VITE_APP_VERSION?: string;
}

/**
 * The LRS origins the built Content-Security-Policy allows (VITE_LRS_ORIGINS at build time); null
 * where no policy applies (the dev server, unit tests).
 */
declare const __LRS_ORIGINS__: readonly string[] | null;
