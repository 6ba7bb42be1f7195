/**
 * The app's clock and id source. The engine never reads a clock: the app stamps each event with
 * `clock.now()` here, so recorded sessions replay exactly. Tests replace these with fixed values.
 */
export const runtime = {
  now: (): number => Date.now(),
  newId: (): string => crypto.randomUUID(),
};
