/**
 * verifyLog: what an assessor can trust about a session-log file, checked in the order that gives the
 * clearest message — size (before parsing), JSON, "is this a Defuse log at all", format, the full
 * schema, engine version, the hash chain, the seal, each declaration's hash of the text it signs, the
 * scenario version, and finally a replay through the engine (trace), where every recorded value that
 * the replay does not reproduce is named with its entry. Pure: the app lazy-loads it (it pulls in
 * zod), and `npm run verify` runs the same code in Node. What the checks prove, and what they do not,
 * is in docs/session-log.md.
 */
import type { Scenario } from '../scenario/schema';
import { chainProblem, sealHash } from './chain';
import { hashCanonical, sha256Hex } from './hash';
import { jsonSyntaxError } from './json-error';
import { jsonProblem } from './json-value';
import { describeLogIssues } from './log-issues';
import { exportedLogSchema } from './log-schema';
import { MAX_LOG_BYTES, sizeProblem, utf8Length } from './log-size';
import { ENGINE_VERSION, LOG_FORMAT, LOG_KIND, type ExportedLog } from './log-types';
import { trace, type Trace } from './trace';
import { shortHash } from './verdict-text';

/** What a file turned out to be: verified, or the first kind of failure met (see docs/session-log.md). */
export type VerdictKind =
  | 'verified'
  | 'tampered'
  | 'unknown-scenario-version'
  | 'not-a-log'
  | 'unsupported-format'
  | 'too-large'
  | 'not-json';

/** The outcome of verifying one file. */
export interface Verdict {
  /** True only when every check passed (kind 'verified'). */
  ok: boolean;
  kind: VerdictKind;
  /** Every problem found, precise and in plain words; empty when verified. */
  problems: string[];
  /** Things the assessor must know that are not problems (a practice session is not S evidence). */
  notes: string[];
  /** The log is a practice session: never to be presented as simulation evidence (S). */
  practice: boolean;
  /** The log, once it has passed the schema. */
  log?: ExportedLog;
  /** The replay, once the scenario version is known. */
  trace?: Trace;
}

/** The scenario a log was played on, by id and full version hash; null when not known. */
export type KnownScenarioVersions = (
  scenarioId: string,
  hash: string,
) => Scenario | null | Promise<Scenario | null>;

/** How verifyLog reads its input. */
export interface VerifyOptions {
  /** Refuse larger texts before parsing (default MAX_LOG_BYTES, 50 MB). */
  maxBytes?: number;
}

/** The note on every verified practice session. */
export const PRACTICE_NOTE = 'a practice session: not simulation evidence (S)';

const refuse = (kind: VerdictKind, problems: string[], practice = false): Verdict => ({
  ok: false,
  kind,
  problems,
  notes: [],
  practice,
});

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** The parsed value of a text, or the verdict refusing it. */
function readText(text: string, maxBytes: number): { value: unknown } | { verdict: Verdict } {
  const tooLarge = sizeProblem(utf8Length(text), maxBytes);
  if (tooLarge) return { verdict: refuse('too-large', [tooLarge]) };
  // A byte-order mark some editors add on saving is not part of the JSON (RFC 8259 §8.1).
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { value: JSON.parse(body) as unknown };
  } catch (e) {
    const where = jsonSyntaxError(body);
    return { verdict: refuse('not-json', [`not JSON: ${where?.message ?? (e as Error).message}`]) };
  }
}

/** Refuses what is not a Defuse log, or a format this app cannot read, before the schema's detail. */
function shapeVerdict(data: unknown): Verdict | undefined {
  const header = isObject(data) ? data.header : undefined;
  if (!isObject(header) || header.kind !== LOG_KIND) {
    const why = Array.isArray(data)
      ? 'a list, not an object with a header'
      : !isObject(data)
        ? `${data === null ? 'null' : `a ${typeof data}`}, not an object with a header`
        : !isObject(header)
          ? `no header with kind "${LOG_KIND}"`
          : `its header's kind is ${JSON.stringify(header.kind) ?? 'missing'}, not "${LOG_KIND}"`;
    return refuse('not-a-log', [`not a Defuse session log (${why})`]);
  }
  const format = header.format;
  if (typeof format === 'number' && Number.isInteger(format) && format > LOG_FORMAT)
    return refuse('unsupported-format', [
      `format ${format} is newer than this app reads (format ${LOG_FORMAT}): update Defuse`,
    ]);
  if (format !== LOG_FORMAT)
    return refuse('unsupported-format', [
      `unknown format ${JSON.stringify(format) ?? '(missing)'}; this app reads format ${LOG_FORMAT}`,
    ]);
  return undefined;
}

/** The chain, the seal and each declaration's hash: has the file changed since it was written? */
async function integrityProblems(log: ExportedLog): Promise<string[]> {
  const problems: string[] = [];
  // Both at once: the digests run in parallel off the main thread.
  const [chain, seal] = await Promise.all([chainProblem(log), sealHash(log, log.seal.exportedAt)]);
  if (chain) problems.push(chain);
  if (seal !== log.seal.hash)
    problems.push('the seal does not match: the file changed after export');
  for (const e of log.entries) {
    if (e.type !== 'reflection.sign') continue;
    const signed = log.entries.find((r) => r.seq === e.revision);
    // A declaration naming no revision is reported by the replay; here only a changed text.
    if (signed?.type === 'reflection.revise' && (await sha256Hex(signed.text)) !== e.textHash)
      problems.push(
        `entry ${e.seq}: the declaration's textHash does not match the text of the account it signs (entry ${e.revision})`,
      );
  }
  return problems;
}

/**
 * Each scenario's version hash, once per scenario object: an assessor verifying a thousand logs of
 * one scenario hashes its 30 KB of canonical JSON once, not a thousand times. Scenarios are plain,
 * never-mutated data, so the object stands for its content.
 */
const versionHashes = new WeakMap<Scenario, Promise<string>>();
function versionHash(scenario: Scenario): Promise<string> {
  let hash = versionHashes.get(scenario);
  if (!hash) {
    hash = hashCanonical(scenario, 'scenario');
    versionHashes.set(scenario, hash);
  }
  return hash;
}

/** The scenario version the log names, or why it cannot be had. */
async function scenarioVersion(
  log: ExportedLog,
  known: KnownScenarioVersions,
): Promise<{ scenario: Scenario } | { problem: string }> {
  const { id, hash } = log.header.scenario;
  const unknown = {
    problem: `made with a scenario version this app does not know (${id} ${shortHash(hash)})`,
  };
  let scenario: Scenario | null;
  try {
    scenario = await known(id, hash);
  } catch (e) {
    return { problem: `${unknown.problem}: loading it failed (${(e as Error).message})` };
  }
  if (!scenario) return unknown;
  // Guards the caller: tracing against any other version would report discrepancies that are not there.
  if (scenario.id !== id || (await versionHash(scenario)) !== hash)
    return { problem: `${unknown.problem}: the scenario supplied for it is a different version` };
  return { scenario };
}

/** Replays the log; every recorded value the replay does not reproduce, with its entry. */
function replayProblems(
  scenario: Scenario,
  log: ExportedLog,
): { trace?: Trace; problems: string[] } {
  const problems: string[] = [];
  if (scenario.title !== log.header.scenario.title)
    problems.push(
      `header: recorded scenario title ${JSON.stringify(log.header.scenario.title)}, the version's title is ${JSON.stringify(scenario.title)}`,
    );
  let t: Trace;
  try {
    t = trace(scenario, log);
  } catch (e) {
    return { problems: [...problems, `cannot be replayed: ${(e as Error).message}`] };
  }
  for (const d of t.discrepancies) problems.push(`entry ${d.seq}: ${d.message}`);
  return { trace: t, problems };
}

/**
 * Verifies a session-log file (its text, or its already-parsed value) against the scenario versions
 * `known` can supply. Never throws for bad input: every problem is in the verdict.
 */
export async function verifyLog(
  input: string | unknown,
  known: KnownScenarioVersions,
  options: VerifyOptions = {},
): Promise<Verdict> {
  let data: unknown = input;
  if (typeof input === 'string') {
    const read = readText(input, options.maxBytes ?? MAX_LOG_BYTES);
    if ('verdict' in read) return read.verdict;
    data = read.value;
  }
  const shape = shapeVerdict(data);
  if (shape) return shape;
  const parsed = exportedLogSchema.safeParse(data);
  const practice = (data as { header: { mode?: unknown } }).header.mode === 'practice';
  if (!parsed.success)
    return refuse('tampered', describeLogIssues(parsed.error.issues, data), practice);
  const log: ExportedLog = parsed.data;
  // Text that cannot be hashed faithfully (a lone surrogate) was not written by Defuse.
  const unhashable = jsonProblem(log.header, 'header') ?? jsonProblem(log.entries, 'entries');
  if (unhashable) return refuse('tampered', [unhashable], practice);

  const integrity = await integrityProblems(log);
  const engine =
    log.header.engineVersion === ENGINE_VERSION
      ? undefined
      : `made with engine version ${log.header.engineVersion}; this app replays engine version ${ENGINE_VERSION}`;
  const version = await scenarioVersion(log, known);
  // A different engine would replay to different values: do not call them discrepancies.
  const replay =
    'scenario' in version && !engine ? replayProblems(version.scenario, log) : { problems: [] };

  const problems = [
    ...integrity,
    ...(engine ? [engine] : []),
    ...('problem' in version ? [version.problem] : []),
    ...replay.problems,
  ];
  const kind: VerdictKind =
    integrity.length > 0 || replay.problems.length > 0
      ? 'tampered'
      : engine
        ? 'unsupported-format'
        : 'problem' in version
          ? 'unknown-scenario-version'
          : 'verified';
  return {
    ok: kind === 'verified',
    kind,
    problems,
    notes: practice ? [PRACTICE_NOTE] : [],
    practice,
    log,
    ...(replay.trace ? { trace: replay.trace } : {}),
  };
}
