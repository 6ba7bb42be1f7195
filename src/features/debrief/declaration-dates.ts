// Dates for the declaration: signed as an ISO calendar date from the app's clock, shown in words.
import { runtime } from '../../app/runtime';

/** Today as YYYY-MM-DD, from the app's clock. */
export const todayIso = (): string => new Date(runtime.now()).toISOString().slice(0, 10);

/** "2025-03-14" → "14 March 2025"; anything else is shown as it is. */
export function dateInWords(iso: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
