/**
 * The session log, format 1, as a zod schema: the exact shape of log-types.ts (strict objects, so an
 * unknown field is refused; integers where the app writes integers; hashes as 64 lower-case hex digits;
 * moods and techniques from the fixed vocabularies). The verifier validates every file with it, and
 * docs/session-log.schema.json is generated from it (`npm run schema:write`).
 *
 * zod stays out of the first screen: only verify-log.ts (loaded lazily) and Node scripts import this.
 */
import { z } from 'zod';
import { TECHNIQUES } from '../escalation/techniques';
import { MOODS } from '../scenario/vocabulary';
import { LOG_FORMAT, LOG_KIND, type ExportedLog, type SessionMode } from './log-types';

const SESSION_MODES = ['practice', 'assessment'] as const satisfies readonly SessionMode[];

const hash = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 hash (64 lower-case hex digits)');
const id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id (a-z, 0-9 and single hyphens)');
const nonEmpty = z.string().min(1);
const time = z.number().int().nonnegative().describe('ms since the epoch, from the app’s clock');
const tension = z.number().int().min(0).max(100);
const mood = z.enum(MOODS);
const ms = z
  .number()
  .int()
  .nonnegative()
  .nullable()
  .describe('ms from the previous learner turn (or the start) to this one; null if unknown');

const headerSchema = z.strictObject({
  kind: z.literal(LOG_KIND),
  format: z.literal(LOG_FORMAT),
  appVersion: nonEmpty.describe('The Defuse release that wrote the log.'),
  engineVersion: z
    .number()
    .int()
    .min(1)
    .describe('The escalation model and scorer version the entries were recorded with.'),
  sessionId: nonEmpty,
  scenario: z.strictObject({
    id,
    title: nonEmpty,
    hash: hash.describe('SHA-256 of the scenario version’s RFC 8785 canonical JSON.'),
  }),
  mode: z.enum(SESSION_MODES),
  learnerName: z.string().describe('As the learner gave it; empty when they gave none.'),
  attempt: z
    .number()
    .int()
    .min(1)
    .describe('1 for the learner’s first session of this scenario in this browser, and so on.'),
  startedAt: time,
  timeZone: nonEmpty.describe('The IANA time zone the session was played in.'),
  optionSeed: nonEmpty.describe('Seeds the order the responses are offered in at each turn.'),
  branchedFrom: z
    .strictObject({
      sessionId: nonEmpty,
      entry: z.number().int().nonnegative(),
      hash,
    })
    .nullable()
    .describe('Where a branched session (replay from a turn) came from.'),
});

/** Fields every entry carries. */
const meta = {
  seq: z.number().int().min(1).describe('1, 2, 3… with no gaps.'),
  at: time,
  prev: hash.describe('The previous entry’s hash, or the header’s hash for entry 1.'),
  hash: hash.describe('SHA-256 of this entry’s canonical JSON without `hash`.'),
};

const moodChange = {
  tensionBefore: tension,
  tensionAfter: tension,
  moodBefore: mood,
  moodAfter: mood,
};

const votes = z
  .strictObject({
    responses: z
      .record(id, z.number().int().nonnegative())
      .describe('Votes for each response offered, by response id.'),
    stepBack: z.number().int().nonnegative().describe('Votes for “Step back and get support”.'),
  })
  .optional()
  .describe('Classroom mode: how the class voted at this turn, before the tutor chose.');

const respondSchema = z.strictObject({
  ...meta,
  type: z.literal('learner.respond'),
  responseId: id,
  text: z.string().describe('The text exactly as shown to the learner.'),
  techniques: z.array(z.enum(TECHNIQUES)),
  shown: z.array(id).describe('The ids of the responses offered, in the order shown.'),
  ...moodChange,
  ms,
  votes,
});

const withdrawSchema = z.strictObject({
  ...meta,
  type: z.literal('learner.withdraw'),
  ...moodChange,
  ms,
  votes,
});

const overrideSchema = z.strictObject({
  ...meta,
  type: z.literal('tutor.override'),
  tension: tension.optional(),
  beatId: id.optional(),
  reason: z.string(),
  ...moodChange,
});

const reviseSchema = z.strictObject({
  ...meta,
  type: z.literal('reflection.revise'),
  frameworkId: id,
  generated: z
    .string()
    .nullable()
    .describe('A newly generated draft, or null when it is the one generated before.'),
  text: z.string().describe('The learner’s whole text at this revision.'),
});

const signSchema = z.strictObject({
  ...meta,
  type: z.literal('reflection.sign'),
  name: z.string(),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a calendar date YYYY-MM-DD')
    .describe('The learner’s local calendar date when they signed.'),
  statement: z.string(),
  revision: z.number().int().min(1).describe('The seq of the reflection.revise entry signed.'),
  textHash: hash.describe('SHA-256 of that revision’s text.'),
});

/** One entry of any type, told apart by `type`. */
export const logEntrySchema = z.discriminatedUnion('type', [
  respondSchema,
  withdrawSchema,
  overrideSchema,
  reviseSchema,
  signSchema,
]);

/** An exported session log: header, numbered and chained entries, and the seal. */
export const exportedLogSchema = z.strictObject({
  header: headerSchema,
  entries: z.array(logEntrySchema),
  seal: z.strictObject({
    exportedAt: time,
    hash: hash.describe('SHA-256 of the canonical JSON of { header, entries, exportedAt }.'),
  }),
});

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
/** Compile-time proof that this schema and log-types.ts describe the same log. */
export type LogSchemaMatchesLogTypes = Assert<
  Same<z.output<typeof exportedLogSchema>, ExportedLog>
>;
