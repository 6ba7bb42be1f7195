/**
 * The Learning Record Store settings: an endpoint and a key and secret (HTTP Basic auth), kept only in
 * this browser's localStorage, under one key, and never in any export. Sending is off until they are
 * saved. What is read back is checked like input from a stranger: a bad record counts as no settings,
 * with the reason, so nothing is ever sent to an address the learner did not give. Small and free of
 * the sender, so the first screen can ask "is an LRS set up?" without loading it.
 */
export const SETTINGS_KEY = 'defuse:lrs';

export interface LrsSettings {
  /** The xAPI endpoint, without a trailing slash: statements go to `${endpoint}/statements`. */
  endpoint: string;
  key: string;
  secret: string;
}

export interface LoadedSettings {
  settings: LrsSettings | null;
  /** Why saved settings could not be used, when they could not. */
  problem: string | null;
}

/** Why `text` is not a usable endpoint, or null. */
export function endpointProblem(text: string): string | null {
  const t = text.trim();
  if (t === '') return 'Enter the LRS endpoint.';
  let url: URL;
  try {
    url = new URL(t);
  } catch {
    return 'Enter the endpoint as a full web address, such as https://lrs.example.org/xAPI.';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return 'The endpoint must start with https:// (or http://).';
  if (url.username || url.password)
    return 'Give the key and secret in their own fields, not in the address.';
  if (url.search || url.hash) return 'The endpoint must not have a ? query or # part.';
  return null;
}

/** The endpoint as requests use it: trimmed, without trailing slashes. */
export const normaliseEndpoint = (text: string): string => text.trim().replace(/\/+$/, '');

/** Whether the endpoint sends the secret unencrypted over the network (http:// to another host). */
export function sendsInTheClear(endpoint: string): boolean {
  try {
    const url = new URL(endpoint);
    return url.protocol === 'http:' && !['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  } catch {
    return false;
  }
}

function settingsProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return 'they are not a settings record';
  const v = value as Record<string, unknown>;
  for (const field of ['endpoint', 'key', 'secret'] as const)
    if (typeof v[field] !== 'string' || v[field] === '') return `${field} is missing`;
  const bad = endpointProblem(v.endpoint as string);
  return bad ? `the endpoint is not usable (${bad})` : null;
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The saved settings, checked; none when none are saved or they cannot be used. */
export function loadLrsSettings(store: Storage | null = storage()): LoadedSettings {
  let text: string | null;
  try {
    text = store?.getItem(SETTINGS_KEY) ?? null;
  } catch (e) {
    return { settings: null, problem: `this browser’s storage cannot be read (${String(e)})` };
  }
  if (text === null) return { settings: null, problem: null };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { settings: null, problem: 'the saved LRS settings are not readable (not JSON)' };
  }
  const problem = settingsProblem(value);
  if (problem)
    return { settings: null, problem: `the saved LRS settings cannot be used: ${problem}` };
  const v = value as LrsSettings;
  return {
    settings: { endpoint: normaliseEndpoint(v.endpoint), key: v.key, secret: v.secret },
    problem: null,
  };
}

/** Whether an LRS is set up: the only question the first screen asks. */
export const lrsConfigured = (): boolean => loadLrsSettings().settings !== null;

/** Saves `settings` (throws when the browser refuses storage). */
export function saveLrsSettings(settings: LrsSettings, store: Storage | null = storage()): void {
  if (!store) throw new Error('this browser offers no storage for the settings');
  store.setItem(
    SETTINGS_KEY,
    JSON.stringify({ ...settings, endpoint: normaliseEndpoint(settings.endpoint) }),
  );
}

export function clearLrsSettings(store: Storage | null = storage()): void {
  store?.removeItem(SETTINGS_KEY);
}
