/**
 * The app's clock, id source, version and time zone. The engine never reads a clock: the app stamps
 * each entry with `runtime.now()` here, so recorded sessions replay exactly. Tests replace these.
 */
export const runtime = {
  now: (): number => Date.now(),
  newId: (): string => crypto.randomUUID(),
  /** The Defuse release, written into every log header (from package.json at build time). */
  appVersion: import.meta.env.VITE_APP_VERSION ?? '0.0.0',
  /** The learner's IANA time zone: log dates are shown in it and the declaration is dated in it. */
  timeZone: (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
  /** This installation's address: the learner's xAPI account is an account on it (docs/xapi.md). */
  homePage: (): string => `${location.origin}${location.pathname}`,
};
