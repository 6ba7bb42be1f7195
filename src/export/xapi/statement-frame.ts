/**
 * What every statement of one session shares: who (the learner's account), which registration, and
 * the context (scenario version, session, platform, the qualification and unit), plus the one rule
 * for statement ids. Worked out once per export.
 */
import type { Framework } from '../../domain/scoring/framework-schema';
import { headerHash } from '../../domain/session/chain';
import type { LogHeader } from '../../domain/session/log-types';
import type { Trace } from '../../domain/session/trace';
import { scenarioActivity, unitActivities } from './xapi-activities';
import { EXTENSIONS, VERBS, XAPI_LANGUAGE, type VerbName } from './xapi-iris';
import type { Extensions, XapiActivity, XapiAgent, XapiContext, XapiStatement } from './xapi-types';
import { DEFUSE_NAMESPACE, isUuid, uuidV5 } from './uuid-v5';

/** Where in the log a statement comes from: the entry (0 for the header) and its chain hash. */
export interface LogPoint {
  seq: number;
  hash: string;
  at: number;
}

export interface StatementFrame {
  actor: XapiAgent;
  registration: string;
  scenario: XapiActivity;
  grouping: XapiActivity[];
  /** The log's start: the header, hashed. */
  start: LogPoint;
  /** A statement of `verb` at `point`, with its deterministic id and the shared context. */
  statement(
    verb: VerbName,
    point: LogPoint,
    parts: Pick<XapiStatement, 'object'> & Partial<Pick<XapiStatement, 'result'>>,
    extra?: { extensions?: Extensions; parent?: boolean },
  ): Promise<XapiStatement>;
}

/**
 * The learner as an xAPI account on the Defuse installation at `homePage`: named as they gave their
 * name; a learner who gave none is "unnamed learner, session …", so two such sessions are never
 * merged into one person.
 */
export function learnerAgent(header: LogHeader, homePage: string): XapiAgent {
  const name = header.learnerName.trim();
  return {
    objectType: 'Agent',
    ...(name ? { name } : {}),
    account: { homePage, name: name || `unnamed learner, session ${header.sessionId}` },
  };
}

/** The session id when it is a UUID (as the app makes them), else a UUID derived from it. */
export const registrationOf = async (sessionId: string): Promise<string> =>
  isUuid(sessionId)
    ? sessionId.toLowerCase()
    : uuidV5(DEFUSE_NAMESPACE, `registration|${sessionId}`);

const iso = (ms: number) => new Date(ms).toISOString();

export async function statementFrame(
  trace: Trace,
  framework: Framework | undefined,
  homePage: string,
): Promise<StatementFrame> {
  const { header } = trace.log;
  const scenario = scenarioActivity(trace.scenario);
  const grouping = framework ? unitActivities(framework) : [];
  const registration = await registrationOf(header.sessionId);
  const actor = learnerAgent(header, homePage);
  const start: LogPoint = { seq: 0, hash: await headerHash(header), at: header.startedAt };
  const shared: Extensions = {
    [EXTENSIONS.sessionId]: header.sessionId,
    [EXTENSIONS.attempt]: header.attempt,
    [EXTENSIONS.mode]: header.mode,
    [EXTENSIONS.scenarioVersion]: header.scenario.hash,
    [EXTENSIONS.engineVersion]: header.engineVersion,
    [EXTENSIONS.appVersion]: header.appVersion,
  };

  return {
    actor,
    registration,
    scenario,
    grouping,
    start,
    async statement(verb, point, parts, extra = {}) {
      const context: XapiContext = {
        registration,
        revision: header.scenario.hash,
        platform: 'Defuse',
        language: XAPI_LANGUAGE,
        extensions: {
          ...shared,
          [EXTENSIONS.logEntry]: point.seq,
          [EXTENSIONS.logHash]: point.hash,
          ...extra.extensions,
        },
      };
      const parent = extra.parent ? [scenario] : [];
      if (parent.length || grouping.length)
        context.contextActivities = {
          ...(parent.length ? { parent } : {}),
          ...(grouping.length ? { grouping } : {}),
        };
      return {
        // The entry's hash covers it and everything before it, so this names one statement of one
        // log for good: sending again gives the same id, and an LRS keeps one statement per id.
        id: await uuidV5(DEFUSE_NAMESPACE, `${verb}|${point.hash}|${framework?.id ?? ''}`),
        actor,
        verb: { id: VERBS[verb], display: { [XAPI_LANGUAGE]: verb } },
        ...parts,
        context,
        timestamp: iso(point.at),
      };
    },
  };
}
