/**
 * The scenario format's fixed word lists, kept apart from the zod schema so that screens can use
 * them without shipping a schema validator to the browser.
 */
export const SCENARIO_FORMAT = 1;

export const MOODS = ['calm', 'frustrated', 'aggressive', 'de-escalated'] as const;
export const CHANNELS = ['face-to-face', 'telephone'] as const;
export const DIFFICULTIES = ['introductory', 'intermediate', 'advanced'] as const;
export const STAGES = [
  'opening',
  'venting',
  'exploring',
  'options',
  'agreement',
  'closing',
] as const;
export const ENDING_KINDS = [
  'resolved',
  'referred',
  'signposted',
  'withdrew-safely',
  'customer-left',
  'incident',
] as const;

export type Mood = (typeof MOODS)[number];
export type Channel = (typeof CHANNELS)[number];
export type Difficulty = (typeof DIFFICULTIES)[number];
export type EndingKind = (typeof ENDING_KINDS)[number];
