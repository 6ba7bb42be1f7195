/**
 * Checks that a value is exactly a LogHeader or a LogEntry of format 1 (log-types.ts): every field's
 * type, whole numbers, tension ranges, the mood and technique vocabularies, SHA-256 hashes, finite
 * times, no missing and no unknown fields. Hand-written rather than a zod schema so that the first
 * screen, which validates every stored session on load, ships no schema library. Each problem names
 * its place precisely (`entries[4].tensionAfter must be a whole number from 0 to 100`); the exported
 * log's zod schema (log-schema.ts) must accept and refuse the same values.
 */
import { TECHNIQUES } from '../escalation/techniques';
import { MOODS } from '../scenario/vocabulary';
import {
  ENGINE_VERSION,
  ENTRY_TYPES,
  LOG_FORMAT,
  LOG_KIND,
  type EntryType,
  type LogEntry,
  type LogHeader,
} from './log-types';

/** The problems found, each starting with the path of the value it is about. */
export type Problems = string[];

type Fields = Record<string, unknown>;
/** A check of one present value at `path`: its problem, or undefined. */
export type Check = (value: unknown, path: string) => string | undefined;

const HEX64 = /^[0-9a-f]{64}$/;
/** Scenario, beat, response and framework ids, as the scenario schema allows them. */
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** The largest time a Date can hold (ms since the epoch). */
const MAX_TIME = 8.64e15;

const quoted = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v) : String(v));

export const isPlainObject = (value: unknown): value is Fields => {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
};

const isWhole = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v);

// The field checks. Each returns a problem for a present value; missing fields are found by `fields`.
export const text: Check = (v, p) => (typeof v === 'string' ? undefined : `${p} must be text`);
export const nonEmptyText: Check = (v, p) =>
  typeof v === 'string' && v.length > 0 ? undefined : `${p} must be text that is not empty`;
export const wholeFrom =
  (min: number, max = Number.MAX_SAFE_INTEGER): Check =>
  (v, p) =>
    isWhole(v) && v >= min && v <= max
      ? undefined
      : max === Number.MAX_SAFE_INTEGER
        ? `${p} must be a whole number from ${min}`
        : `${p} must be a whole number from ${min} to ${max}`;
export const kebabId: Check = (v, p) =>
  typeof v === 'string' && KEBAB.test(v)
    ? undefined
    : `${p} must be an id in kebab-case (lower-case letters, digits and single hyphens)`;
/** A time in ms since the epoch, as the app's clock gives it (and a Date can show). */
export const time: Check = (v, p) =>
  isWhole(v) && v >= 0 && v <= MAX_TIME
    ? undefined
    : `${p} must be a time (a whole number of ms since 1970)`;
export const sha256: Check = (v, p) =>
  typeof v === 'string' && HEX64.test(v)
    ? undefined
    : `${p} must be a SHA-256 hash (64 lower-case hex digits)`;
export const oneOf =
  (words: readonly unknown[]): Check =>
  (v, p) =>
    words.includes(v)
      ? undefined
      : `${p} must be one of ${words.map(quoted).join(', ')} (it is ${describe(v)})`;
export const orNull =
  (check: Check): Check =>
  (v, p) =>
    v === null ? undefined : check(v, p);
const tension = wholeFrom(0, 100);
const mood = oneOf(MOODS);
const ms: Check = (v, p) =>
  v === null || (isWhole(v) && v >= 0)
    ? undefined
    : `${p} must be null or a whole number of ms from 0`;
const calendarDate: Check = (v, p) => {
  const m = typeof v === 'string' ? DATE.exec(v) : null;
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d)
      return undefined;
  }
  return `${p} must be a calendar date written YYYY-MM-DD`;
};
const arrayOf =
  (check: Check): Check =>
  (v, p) => {
    if (!Array.isArray(v)) return `${p} must be a list`;
    for (let i = 0; i < v.length; i++) {
      const problem = check(v[i], `${p}[${i}]`);
      if (problem) return problem;
    }
    return undefined;
  };

/** A short description of a wrong value, for messages. */
export function describe(v: unknown): string {
  if (v === undefined) return 'missing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string')
    return v.length > 40 ? `${JSON.stringify(v.slice(0, 40))}…` : quoted(v);
  if (typeof v === 'object') return 'an object';
  return typeof v === 'number' || typeof v === 'boolean' ? String(v) : `a ${typeof v}`;
}

/** Spec of an object: required fields, optional fields (absent or valid), and no others. */
export interface Shape {
  required: Record<string, Check>;
  optional?: Record<string, Check>;
  /** What the object is, for "is not a field of …" messages. */
  what: string;
}

/** Every problem of `value` against `shape`, in field order, then unknown fields. */
export function fields(value: unknown, path: string, shape: Shape): Problems {
  if (!isPlainObject(value)) return [`${path} must be an object (it is ${describe(value)})`];
  const out: Problems = [];
  for (const [key, check] of Object.entries(shape.required)) {
    if (!Object.hasOwn(value, key)) out.push(`${path}.${key} is missing`);
    else {
      const problem = check(value[key], `${path}.${key}`);
      if (problem) out.push(problem);
    }
  }
  for (const [key, check] of Object.entries(shape.optional ?? {})) {
    if (!Object.hasOwn(value, key)) continue;
    const problem = check(value[key], `${path}.${key}`);
    if (problem) out.push(problem);
  }
  for (const key of Object.keys(value)) {
    if (!Object.hasOwn(shape.required, key) && !Object.hasOwn(shape.optional ?? {}, key))
      out.push(`${path}.${key} is not a field of ${shape.what}`);
  }
  return out;
}

/** A nested object as a single check (its first problem). */
export const nested =
  (shape: Shape): Check =>
  (v, p) =>
    fields(v, p, shape)[0];

const branchPoint: Shape = {
  what: 'a branch point',
  required: { sessionId: nonEmptyText, entry: wholeFrom(0), hash: sha256 },
};

const HEADER: Shape = {
  what: 'a log header',
  required: {
    kind: oneOf([LOG_KIND]),
    format: (v, p) =>
      isWhole(v) && v > LOG_FORMAT
        ? `${p} is ${v}: this log was written by a newer version of Defuse (this one reads format ${LOG_FORMAT})`
        : oneOf([LOG_FORMAT])(v, p),
    appVersion: nonEmptyText,
    engineVersion: wholeFrom(1),
    sessionId: nonEmptyText,
    scenario: nested({
      what: 'a scenario reference',
      required: { id: kebabId, title: nonEmptyText, hash: sha256 },
    }),
    mode: oneOf(['practice', 'assessment']),
    learnerName: text,
    attempt: wholeFrom(1),
    startedAt: time,
    timeZone: nonEmptyText,
    optionSeed: nonEmptyText,
    branchedFrom: orNull(nested(branchPoint)),
  },
};

const META: Record<string, Check> = {
  seq: wholeFrom(1),
  at: time,
  prev: sha256,
  hash: sha256,
};

const MOOD_CHANGE: Record<string, Check> = {
  tensionBefore: tension,
  tensionAfter: tension,
  moodBefore: mood,
  moodAfter: mood,
};

/** Classroom mode's vote counts: response id → votes, and the votes to step back. */
const votes: Check = (v, p) => {
  const problem = fields(v, p, {
    what: 'the class votes',
    required: { responses: () => undefined, stepBack: wholeFrom(0) },
  })[0];
  if (problem || !isPlainObject(v)) return problem;
  if (!isPlainObject(v.responses))
    return `${p}.responses must be an object (it is ${describe(v.responses)})`;
  for (const [id, n] of Object.entries(v.responses)) {
    const bad =
      kebabId(id, `${p}.responses key ${quoted(id)}`) ??
      wholeFrom(0)(n, `${p}.responses[${quoted(id)}]`);
    if (bad) return bad;
  }
  return undefined;
};

const BODIES: Readonly<Record<EntryType, Omit<Shape, 'what'>>> = {
  'learner.respond': {
    required: {
      ...MOOD_CHANGE,
      responseId: kebabId,
      text,
      techniques: arrayOf(oneOf(TECHNIQUES)),
      shown: arrayOf(kebabId),
      ms,
    },
    optional: { votes },
  },
  'learner.withdraw': { required: { ...MOOD_CHANGE, ms }, optional: { votes } },
  'tutor.override': {
    required: { ...MOOD_CHANGE, reason: text },
    optional: { tension, beatId: kebabId },
  },
  'reflection.revise': {
    required: { frameworkId: kebabId, generated: orNull(text), text },
  },
  'reflection.sign': {
    required: {
      name: text,
      date: calendarDate,
      statement: text,
      revision: wholeFrom(1),
      textHash: sha256,
    },
  },
};

/**
 * Why this app cannot trace a log with a valid `header`: one made by a newer engine would replay
 * differently here. (A newer format is already refused by `headerProblems`.)
 */
export const versionProblems = (header: LogHeader, path = 'header'): Problems =>
  header.engineVersion > ENGINE_VERSION
    ? [
        `${path}.engineVersion is ${header.engineVersion}: this log was made by a newer version of Defuse (this one has engine ${ENGINE_VERSION}); update Defuse to open it`,
      ]
    : [];

/** Every problem that keeps `value` from being a format-1 log header; empty when it is one. */
export const headerProblems = (value: unknown, path = 'header'): Problems =>
  fields(value, path, HEADER);

/** Every problem that keeps `value` from being a format-1 log entry; empty when it is one. */
export function entryProblems(value: unknown, path = 'entry'): Problems {
  if (!isPlainObject(value)) return [`${path} must be an object (it is ${describe(value)})`];
  const type = value.type;
  if (!Object.hasOwn(value, 'type')) return [`${path}.type is missing`];
  if (typeof type !== 'string' || !(ENTRY_TYPES as readonly string[]).includes(type))
    return [
      `${path}.type ${describe(type)} is not a kind of entry this version of Defuse knows (${ENTRY_TYPES.join(', ')})`,
    ];
  const body = BODIES[type as EntryType];
  return fields(value, path, {
    what: `a ${type} entry`,
    required: { type: oneOf([type]), ...META, ...body.required },
    optional: body.optional ?? {},
  });
}

export const isLogHeader = (value: unknown): value is LogHeader =>
  headerProblems(value).length === 0;

export const isLogEntry = (value: unknown): value is LogEntry => entryProblems(value).length === 0;

/**
 * Every problem of a list of entries: each entry's, then the numbering (1, 2, 3… with no gaps).
 * The hash chain itself is checked by chain.ts `chainProblem`, which needs WebCrypto.
 */
export function entriesProblems(value: unknown, path = 'entries'): Problems {
  if (!Array.isArray(value)) return [`${path} must be a list (it is ${describe(value)})`];
  const out: Problems = [];
  value.forEach((e, i) => out.push(...entryProblems(e, `${path}[${i}]`)));
  // Only the first break in the numbering is reported: every entry after a gap is off by as much.
  const i = value.findIndex(
    (e: unknown, i) => isPlainObject(e) && isWhole(e.seq) && e.seq !== i + 1,
  );
  const seq = i >= 0 ? ((value[i] as Fields).seq as number) : 0;
  if (i >= 0) {
    const gap = seq - i - 1;
    out.push(
      gap > 0
        ? `${path}[${i}] is numbered ${seq}: ${gap === 1 ? `entry ${i + 1} is` : `entries ${i + 1}–${seq - 1} are`} missing`
        : `${path}[${i}] is numbered ${seq}, expected ${i + 1}: entries are duplicated or out of order`,
    );
  }
  return out;
}
