/**
 * Scenario format v1: the zod schema every scenario file is validated against when it loads (at build
 * time for the built-in library, and by `npm run scenarios:check`). The JSON Schema committed as
 * scenarios/scenario.schema.json is generated from this file, so authors get completion in editors.
 * Cross-references (next beats, ending ids) are checked separately in check-links.ts, because they
 * need the whole file and produce "did you mean" suggestions.
 */
import { z } from 'zod';
import { TECHNIQUES } from '../escalation/techniques';
import { CHANNELS, DIFFICULTIES, ENDING_KINDS, SCENARIO_FORMAT, STAGES } from './vocabulary';

export { CHANNELS, DIFFICULTIES, ENDING_KINDS, MOODS, SCENARIO_FORMAT, STAGES } from './vocabulary';
export type { Channel, Difficulty, EndingKind, Mood } from './vocabulary';

const id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case (lower-case letters, digits and hyphens)');
const text = z.string().trim().min(1, 'must not be empty');

export const techniqueSchema = z.enum(TECHNIQUES);

/** What the customer says and shows in one mood. `cue` is body language face to face, tone of voice on the telephone. */
const customerTurnSchema = z.strictObject({
  line: text.describe('What the customer says.'),
  cue: text.describe(
    'What the learner can see or hear: body language, or tone of voice on the telephone.',
  ),
});

/**
 * A beat's customer line and cue in one mood. `crossesLimit` marks the line and cue that show the
 * behaviour the policy names as its limit, so whether stepping back or calling a colleague is right is
 * decided by what the learner can see and hear, never by a hidden number.
 */
const beatTurnSchema = customerTurnSchema.extend({
  crossesLimit: z
    .boolean()
    .optional()
    .describe(
      "True when this line and cue show the behaviour the organisation will not tolerate (policy.tolerance.behaviour): the learner is then right to step back or call a colleague. Write the cue so it shows that behaviour, and don't mark cues that don't.",
    ),
});

/** A beat's customer line and cue for every mood, so the learner can read the mood from the cues alone. */
const linesByMoodSchema = z.strictObject({
  calm: beatTurnSchema,
  frustrated: beatTurnSchema,
  aggressive: beatTurnSchema,
  'de-escalated': beatTurnSchema,
});

/**
 * Where the conversation goes after a response: a beat or ending id, or a choice by the customer's
 * mood *after* the response (`default` plus any moods that route elsewhere).
 */
const nextSchema = z.union([
  id,
  z.strictObject({
    default: id,
    calm: id.optional(),
    frustrated: id.optional(),
    aggressive: id.optional(),
    'de-escalated': id.optional(),
  }),
]);

/**
 * The customer's immediate reply to exactly what the learner said, shown before the next beat's line
 * (so a question is answered in the conversation): one line and cue, or a choice by the customer's
 * mood *after* the response (`default` plus any moods that reply differently), as `next` chooses.
 */
const replySchema = z.union([
  customerTurnSchema,
  z.strictObject({
    default: customerTurnSchema,
    calm: customerTurnSchema.optional(),
    frustrated: customerTurnSchema.optional(),
    aggressive: customerTurnSchema.optional(),
    'de-escalated': customerTurnSchema.optional(),
  }),
]);

const feedbackSchema = z.strictObject({
  why: text.describe('Why this response works or does not, in terms a learner can act on.'),
  consequence: text.describe('What it did to the customer and the conversation.'),
});

/** A response the learner may choose. Only `text` is shown during play; techniques are revealed in the debrief. */
const responseSchema = z.strictObject({
  id: id.describe('Unique within the beat; recorded in session logs.'),
  text: text.describe('Exactly what the learner says.'),
  techniques: z.array(techniqueSchema).min(1, 'name at least one technique'),
  effect: z
    .number()
    .int()
    .min(-100)
    .max(100)
    .optional()
    .describe(
      'Author override: the exact change in tension, bypassing the escalation model. Use sparingly.',
    ),
  next: nextSchema.optional().describe("Overrides the beat's `next`."),
  reply: replySchema
    .optional()
    .describe(
      "The customer's immediate reply to this response, shown before the next beat's line: one `{ line, cue }`, or by mood after the response (`default` plus any moods).",
    ),
  feedback: feedbackSchema,
});

const beatSchema = z.strictObject({
  stage: z.enum(STAGES).describe('Where this beat sits in the conversation.'),
  beyondAuthority: z
    .boolean()
    .default(false)
    .describe(
      "True when what the customer needs here is beyond the learner's authority (a decision, or a safeguarding response), so seeking help is right.",
    ),
  customer: linesByMoodSchema,
  tutorNotes: text
    .optional()
    .describe(
      'For the tutor only (classroom control panel, never the learner or the projector): what this beat is testing and what to watch for.',
    ),
  discussion: text
    .optional()
    .describe(
      'A question the tutor can put to the class at this beat, shown on the projector when the tutor pauses for discussion.',
    ),
  next: nextSchema
    .optional()
    .describe('Default next beat or ending for responses that do not name one.'),
  responses: z
    .array(responseSchema)
    .min(3, 'offer at least three responses')
    .max(5, 'offer at most five responses'),
});

const endingSchema = z.strictObject({
  kind: z.enum(ENDING_KINDS),
  title: text,
  text: text.describe('What happened next.'),
});

const personaSchema = z.strictObject({
  name: text,
  age: z.number().int().min(16).max(110),
  wants: text.describe('What the customer wants from this visit or call.'),
  background: text,
  /** The components of the situation, sorted as the IAO Level 3 criteria sort them. */
  components: z.strictObject({
    environmental: z.array(text).min(1),
    organisational: z.array(text).min(1),
    personal: z.array(text).min(1),
  }),
  vulnerabilities: z.array(text).default([]),
  respondsMore: z
    .array(techniqueSchema)
    .default([])
    .describe('Techniques this person responds to more strongly (effect × 1.5).'),
  respondsLess: z
    .array(techniqueSchema)
    .default([])
    .describe('Techniques this person responds to less (effect × 0.5).'),
  initialTension: z.number().int().min(0).max(99),
});

const policySchema = z.strictObject({
  mayOffer: z.array(text).min(1).describe('What the learner is allowed to offer or do.'),
  mayNotOffer: z.array(text).min(1).describe("What is beyond the learner's authority."),
  tolerance: z.strictObject({
    behaviour: text.describe('The behaviour the organisation will not tolerate (threats, abuse…).'),
    tension: z
      .number()
      .int()
      .min(1)
      .max(99)
      .optional()
      .describe(
        'Older scenario versions only: a tension at or above which the limit counted as crossed. New files mark the cues that show the behaviour with `crossesLimit: true` instead (the learner can see a cue, not a number).',
      ),
  }),
});

const flowSchema = z.strictObject({
  start: id,
  maxTurns: z
    .number()
    .int()
    .min(2)
    .max(30)
    .describe('The conversation ends at this many turns at the latest.'),
  safetyEnding: id.describe(
    'The ending reached by "Step back and get support" (kind withdrew-safely).',
  ),
  breakingPointEnding: id.describe('The ending reached when tension reaches 100.'),
  turnLimitEnding: id.describe('The ending reached when maxTurns pass with no ending.'),
});

export const scenarioSchema = z.strictObject({
  format: z.literal(SCENARIO_FORMAT),
  id,
  title: text,
  summary: text,
  setting: text.describe('The service, e.g. "Passport office counter".'),
  channel: z.enum(CHANNELS),
  difficulty: z.enum(DIFFICULTIES),
  minutes: z.number().int().min(1).max(120),
  contentNotes: z.array(text).default([]),
  frameworks: z
    .array(id)
    .default([])
    .describe('Ids of the criteria frameworks this scenario evidences.'),
  role: text.describe("The learner's role, as told in the briefing."),
  situation: text.describe('The situation as the learner knows it at the start.'),
  customer: personaSchema,
  policy: policySchema,
  flow: flowSchema,
  beats: z.record(id, beatSchema),
  endings: z.record(id, endingSchema),
});

export type Scenario = z.output<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type Beat = Scenario['beats'][string];
export type Response = Beat['responses'][number];
export type Ending = Scenario['endings'][string];
export type Next = NonNullable<Response['next']>;
export type Reply = NonNullable<Response['reply']>;
/** What the customer says and shows at one moment. */
export type CustomerTurn = Beat['customer']['calm'];
