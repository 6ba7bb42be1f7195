// Dates on the debrief, in the session's own time zone and naming it.
// TODO(integration): replace with src/domain/evidence/dates.ts once it lands.
export const sessionWhen = (ms: number, timeZone: string): string =>
  new Date(ms).toLocaleString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  });
