/**
 * Looking up a beat or ending by an id that came from data (a scenario's `next`, a log's entry, a
 * tutor's override). A scenario's beats and endings are plain objects, so `beats["constructor"]` would
 * find Object.prototype.constructor; every lookup by such an id goes through here and sees only the
 * scenario's own entries.
 */
import type { Beat, Ending, Scenario } from './schema';

/** The beat with this id, or undefined — never an inherited property. */
export const beatOf = (scenario: Scenario, id: string): Beat | undefined =>
  Object.hasOwn(scenario.beats, id) ? scenario.beats[id] : undefined;

/** The ending with this id, or undefined — never an inherited property. */
export const endingOf = (scenario: Scenario, id: string): Ending | undefined =>
  Object.hasOwn(scenario.endings, id) ? scenario.endings[id] : undefined;
