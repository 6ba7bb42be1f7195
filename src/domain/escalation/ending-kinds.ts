/** Ending kinds and causes in words, shared by the debrief and the library's past sessions. */
import type { EndingKind } from '../scenario/schema';
import type { EndingCause } from './types';

export const ENDING_KIND_LABEL: Readonly<Record<EndingKind, string>> = {
  resolved: 'Resolved',
  referred: 'Referred to a colleague',
  signposted: 'Signposted to the right service',
  'withdrew-safely': 'Stepped back safely',
  'customer-left': 'Customer left',
  incident: 'Incident',
};

/** How the conversation came to end, as the debrief explains it. */
export const ENDING_CAUSE_LABEL: Readonly<Record<EndingCause, string>> = {
  response: 'The conversation reached this ending through your responses.',
  'safety-action': 'You chose to step back and get support.',
  'breaking-point': 'Tension reached breaking point (100 of 100).',
  'turn-limit': 'The conversation ran out of time before it reached an ending.',
};

/** Whether an ending kind is an acceptable outcome (the tick or cross that travels with its words). */
export const isAcceptableEnding = (kind: EndingKind): boolean =>
  kind !== 'customer-left' && kind !== 'incident';
