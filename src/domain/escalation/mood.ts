/**
 * Mood from tension, with hysteresis so the customer does not flicker between moods on small
 * changes: it takes more to become aggressive (70) than to stay aggressive (60), and a frustrated or
 * aggressive customer only counts as de-escalated once tension has fallen to 30 or below. A
 * de-escalated customer is in the fragile recovery phase of the Behaviour Cycle until tension falls
 * to 10, when they are back to their calm baseline.
 */
import type { Mood } from '../scenario/schema';

export const TENSION_MIN = 0;
export const TENSION_MAX = 100;
/** Calm or de-escalated → frustrated at or above this. */
export const FRUSTRATED_AT = 40;
/** Anything → aggressive at or above this. */
export const AGGRESSIVE_AT = 70;
/** An aggressive customer stays aggressive until tension falls below this. */
export const AGGRESSIVE_UNTIL = 60;
/** A frustrated or aggressive customer becomes de-escalated at or below this. */
export const SETTLED_AT = 30;
/** A de-escalated customer is back to their calm baseline at or below this. */
export const BASELINE_AT = 10;

export const clampTension = (t: number): number =>
  Math.min(TENSION_MAX, Math.max(TENSION_MIN, Math.round(t)));

/** The mood at the start of a conversation, before any history exists. */
export function initialMood(tension: number): Mood {
  if (tension >= AGGRESSIVE_AT) return 'aggressive';
  if (tension >= FRUSTRATED_AT) return 'frustrated';
  return 'calm';
}

/** The mood after tension changes, given the mood before (the hysteresis lives here). */
export function nextMood(previous: Mood, tension: number): Mood {
  switch (previous) {
    case 'calm':
      if (tension >= AGGRESSIVE_AT) return 'aggressive';
      if (tension >= FRUSTRATED_AT) return 'frustrated';
      return 'calm';
    case 'de-escalated':
      if (tension >= AGGRESSIVE_AT) return 'aggressive';
      if (tension >= FRUSTRATED_AT) return 'frustrated';
      return tension <= BASELINE_AT ? 'calm' : 'de-escalated';
    case 'frustrated':
      if (tension >= AGGRESSIVE_AT) return 'aggressive';
      if (tension <= SETTLED_AT) return 'de-escalated';
      return 'frustrated';
    case 'aggressive':
      if (tension >= AGGRESSIVE_UNTIL) return 'aggressive';
      if (tension <= SETTLED_AT) return 'de-escalated';
      return 'frustrated';
  }
}

/** The invariant every state must satisfy: the mood is one the tension allows. */
export function moodMatchesTension(mood: Mood, tension: number): boolean {
  switch (mood) {
    case 'calm':
    case 'de-escalated':
      return tension < FRUSTRATED_AT;
    case 'frustrated':
      return tension > SETTLED_AT && tension < AGGRESSIVE_AT;
    case 'aggressive':
      return tension >= AGGRESSIVE_UNTIL;
  }
}

export const MOOD_LABEL: Readonly<Record<Mood, string>> = {
  calm: 'Calm',
  frustrated: 'Frustrated',
  aggressive: 'Aggressive',
  'de-escalated': 'De-escalated',
};
