/**
 * The parts of an xAPI 1.0.3 statement that Defuse writes, as plain JSON-safe types. Not the whole
 * specification: only what the exporter produces, so the compiler checks it against that.
 */

/** A language map: language tag → text. */
export type LanguageMap = Record<string, string>;

/** Extension values are any JSON, keyed by IRI. */
export type Extensions = Record<string, unknown>;

/** The learner, identified by an account (no e-mail address: Defuse never asks for one). */
export interface XapiAgent {
  objectType: 'Agent';
  name?: string;
  account: { homePage: string; name: string };
}

export interface InteractionComponent {
  id: string;
  description: LanguageMap;
}

export interface ActivityDefinition {
  type: string;
  name: LanguageMap;
  description?: LanguageMap;
  interactionType?: 'choice';
  choices?: InteractionComponent[];
  extensions?: Extensions;
}

export interface XapiActivity {
  objectType: 'Activity';
  id: string;
  definition: ActivityDefinition;
}

export interface XapiResult {
  completion?: boolean;
  response?: string;
  /** ISO 8601 duration, e.g. "PT15S". */
  duration?: string;
  extensions?: Extensions;
}

export interface XapiContext {
  registration: string;
  revision: string;
  platform: string;
  language: string;
  contextActivities?: { parent?: XapiActivity[]; grouping?: XapiActivity[] };
  extensions: Extensions;
}

export interface XapiStatement {
  id: string;
  actor: XapiAgent;
  verb: { id: string; display: LanguageMap };
  object: XapiActivity;
  result?: XapiResult;
  context: XapiContext;
  /** ISO 8601 (UTC) time from the log entry the statement records. */
  timestamp: string;
}
