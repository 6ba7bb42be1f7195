// Dates for the declaration: signed as the learner's local calendar date from the app's clock (00:30
// BST on 1 June is 1 June, not the UTC 31 May), shown in words.
import { runtime } from '../../app/runtime';

/** Today as YYYY-MM-DD in the learner's time zone, from the app's clock. */
export const todayIso = (): string =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: runtime.timeZone(),
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(runtime.now());

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
