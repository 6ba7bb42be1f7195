/**
 * The app's Trusted Types policies. The built Content-Security-Policy requires Trusted Types for every
 * HTML and script sink and allows only these names (scripts/delivery/csp.ts), so nothing else — no
 * library, no injected string — can write markup or load a script: `defuse-record` for the printable
 * record (markup built only by src/export/record/html.ts, which escapes every value) and
 * `defuse-script-url` for the app's own scripts (same origin only). The `default` policy is the same
 * script-URL rule for workers made by code that passes a plain URL (Vite's `?worker` constructors);
 * it makes no HTML and no script, so those sinks stay closed. Where the browser has no Trusted Types
 * the plain string is used.
 */

interface Policy {
  createHTML(input: string): unknown;
  createScriptURL(input: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(
    name: string,
    rules: { createHTML?: (s: string) => string; createScriptURL?: (s: string) => string },
  ): Policy;
}

const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;

const recordPolicy = factory?.createPolicy('defuse-record', { createHTML: (markup) => markup });

function sameOrigin(url: string): string {
  const resolved = new URL(url, document.baseURI);
  if (resolved.origin !== location.origin)
    throw new TypeError(`Defuse loads scripts from its own origin only, not ${resolved.origin}`);
  return resolved.href;
}

const scriptUrlPolicy = factory?.createPolicy('defuse-script-url', { createScriptURL: sameOrigin });
factory?.createPolicy('default', { createScriptURL: sameOrigin });

/** The printable record's markup (from assessmentRecordHtml) for a frame's srcdoc. */
export const recordMarkup = (markup: string): string =>
  (recordPolicy?.createHTML(markup) as string | undefined) ?? markup;

/** A script of this app (a service or web worker) by URL; refuses any other origin. */
export const appScriptUrl = (url: string | URL): string =>
  (scriptUrlPolicy?.createScriptURL(String(url)) as string | undefined) ?? String(url);
