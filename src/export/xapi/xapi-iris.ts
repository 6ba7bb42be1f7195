/**
 * Every IRI the xAPI statements use, in one place. ADL's verbs and activity types where ADL defines
 * one; everything Defuse adds (activity ids, extensions) sits under XAPI_BASE, which this project
 * names and documents in docs/xapi.md. Changing any of these changes what an LRS already holds means,
 * so they are fixed for good once released.
 */

/** The root of every IRI Defuse mints (activities, extensions). See docs/xapi.md. */
export const XAPI_BASE = 'https://w3id.org/defuse/xapi/';

/** The xAPI version the statements are written to, sent as X-Experience-API-Version. */
export const XAPI_VERSION = '1.0.3';

/** The language of every language map (the app's text is British English). */
export const XAPI_LANGUAGE = 'en-GB';

const ADL_VERB = 'http://adlnet.gov/expapi/verbs/';
const ADL_ACTIVITY = 'http://adlnet.gov/expapi/activities/';

/** ADL's verbs, with the word an LRS shows for each. */
export const VERBS = {
  initialized: `${ADL_VERB}initialized`,
  answered: `${ADL_VERB}answered`,
  completed: `${ADL_VERB}completed`,
  terminated: `${ADL_VERB}terminated`,
} as const;
export type VerbName = keyof typeof VERBS;

/** ADL's activity types: the scenario is a simulation, each turn an interaction (a choice). */
export const ACTIVITY_TYPES = {
  simulation: `${ADL_ACTIVITY}simulation`,
  interaction: `${ADL_ACTIVITY}cmi.interaction`,
  /** A qualification, as ADL's nearest type (a course of study leading to an award). */
  qualification: `${ADL_ACTIVITY}course`,
  /** A unit of a qualification, as ADL's nearest type (a part of a course). */
  unit: `${ADL_ACTIVITY}module`,
} as const;

/** The choice id "Step back and get support" is given: a colon, so no response id can equal it. */
export const STEP_BACK_CHOICE = 'defuse:step-back';

const ext = <const N extends string>(name: N) => `${XAPI_BASE}extensions/${name}` as const;

/** Extension keys (docs/xapi.md describes each value). */
export const EXTENSIONS = {
  sessionId: ext('session-id'),
  attempt: ext('attempt'),
  mode: ext('mode'),
  scenarioVersion: ext('scenario-version'),
  engineVersion: ext('engine-version'),
  appVersion: ext('app-version'),
  logEntry: ext('log-entry'),
  logHash: ext('log-hash'),
  shown: ext('shown'),
  customer: ext('customer'),
  mood: ext('mood'),
  tension: ext('tension'),
  techniques: ext('techniques'),
  criteriaCited: ext('criteria-cited'),
  criteriaStatus: ext('criteria-status'),
  ending: ext('ending'),
  turn: ext('turn'),
  turns: ext('turns'),
  overrides: ext('overrides'),
} as const;

/** The scenario's activity id (one per scenario; its version is the context's revision). */
export const scenarioIri = (scenarioId: string): string =>
  `${XAPI_BASE}scenarios/${encodeURIComponent(scenarioId)}`;

/** A beat's interaction activity id: the question the learner answered at that point. */
export const beatIri = (scenarioId: string, beatId: string): string =>
  `${scenarioIri(scenarioId)}/beats/${encodeURIComponent(beatId)}`;

/** A unit's activity id, by its framework id. */
export const unitIri = (frameworkId: string): string =>
  `${XAPI_BASE}units/${encodeURIComponent(frameworkId)}`;

/** A qualification's activity id, by a slug of its title (frameworks carry no qualification id). */
export const qualificationIri = (slug: string): string =>
  `${XAPI_BASE}qualifications/${encodeURIComponent(slug)}`;
