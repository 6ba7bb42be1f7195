/**
 * Whether the built Content-Security-Policy lets the page reach an LRS endpoint. The policy is fixed
 * when Defuse is built (VITE_LRS_ORIGINS, README "Content-Security-Policy"), so the settings dialog
 * says plainly when an endpoint is outside it, rather than leaving the learner with "no answer".
 * `allowed` holds CSP sources: scheme://host[:port|:*], with an optional leading `*.` on the host.
 */

const DEFAULT_PORT: Readonly<Record<string, string>> = { 'http:': '80', 'https:': '443' };

function matches(source: string, url: URL): boolean {
  const m = /^(https?:)\/\/(\*\.)?([^:/]+)(?::(\d+|\*))?$/i.exec(source);
  if (!m) return false;
  const [, scheme, wildcard, host, port] = m;
  if (url.protocol !== scheme!.toLowerCase()) return false;
  const h = url.hostname.toLowerCase();
  const want = host!.toLowerCase();
  if (wildcard ? !h.endsWith(`.${want}`) : h !== want) return false;
  if (port === '*') return true;
  const actual = url.port || DEFAULT_PORT[url.protocol];
  return actual === (port ?? DEFAULT_PORT[url.protocol]);
}

/**
 * The endpoint's origin when the policy would block it, else null (allowed, unparseable — the
 * dialog's own check says so — or no policy, as in development).
 */
export function blockedOrigin(
  endpoint: string,
  allowed: readonly string[] | null,
  self: string,
): string | null {
  if (allowed === null) return null;
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return null;
  }
  if (url.origin === self) return null;
  return allowed.some((s) => matches(s, url)) ? null : url.origin;
}
