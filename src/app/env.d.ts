// The build's own variables (set in vite.config.ts from package.json).
interface ImportMetaEnv {
  readonly VITE_APP_VERSION?: string;
}
