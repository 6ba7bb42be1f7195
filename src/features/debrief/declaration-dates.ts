// Dates for the declaration: signed as the learner's local calendar date from the app's clock (00:30
// BST on 1 June is 1 June, not the UTC 31 May), shown in words.
import { runtime } from '../../app/runtime';
import { isoDateInWords, localDate } from '../../domain/evidence/dates';

/** Today as YYYY-MM-DD in the learner's time zone, from the app's clock. */
export const todayIso = (): string => localDate(runtime.now(), runtime.timeZone());

/** "2025-03-14" → "14 March 2025"; anything else is shown as it is. */
export const dateInWords = isoDateInWords;
