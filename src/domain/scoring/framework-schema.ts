/**
 * Criteria frameworks: the assessment criteria of the qualification units Defuse serves, held as data
 * in scenarios/frameworks/*.yaml and validated here. Assessors use session logs as simulation evidence
 * against these criteria, so each criterion's wording is copied verbatim from the awarding body's
 * document (shared/seeds) and each mapping from techniques to a criterion is stated and justified in
 * the file, not hidden in code. This module is pure TypeScript (zod + yaml only): it runs in the build,
 * in tests and in an assessor's verifier.
 */
import { z } from 'zod';
import { parseDocument } from 'yaml';
import { GOOD_TECHNIQUES, TECHNIQUES } from '../escalation/techniques';

/** The file format this version reads and writes. Files declare it as `format: 1`. */
export const FRAMEWORK_FORMAT = 1;

/**
 * How a criterion is evidenced. `performance`: shown by doing ("Listen patiently…"); `knowledge`:
 * Describe/Explain/State/Identify-type criteria, never inferred from performance (BTEC spec);
 * `reflection`: a reflective account (evidence code RA).
 */
export const EVIDENCE_KINDS = ['performance', 'knowledge', 'reflection'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

const rule = <const I extends string>(id: I, description: string) => ({ id, description });

/** The named rules a criterion may use, with what each checks; the scorer implements them. */
// prettier-ignore
export const SCORING_RULES = [
  rule('adapting-approach', 'At least two distinct good de-escalation techniques, and at least one adaptation event (changed approach after the customer’s mood changed).'),
  rule('recognise-mood-change', 'Changed approach in the turn after the customer’s mood changed (signs and signals noticed).'),
  rule('help-within-policy', 'Sought help from a colleague when the request was beyond their authority or behaviour crossed the tolerance limit, and not otherwise.'),
  rule('safety-when-needed', 'Took safety action (stepped back and got support) when behaviour crossed the tolerance limit.'),
  rule('way-forward-agreed', 'Reached a resolved or referred ending having agreed a way forward.'),
  rule('unresolvable-explained', 'Explained the organisation’s position in a session where the issue could not be resolved here (ending signposted).'),
  rule('signposted-when-unresolvable', 'Signposted the customer elsewhere when the issue could not be resolved here.'),
  rule('next-steps-summarised', 'Summarised next steps before the conversation closed.'),
  rule('calm-throughout', 'No poor techniques used (patience, calmness and non-threatening language throughout).'),
] as const;
/** The id of one named scoring rule. */
export type ScoringRule = (typeof SCORING_RULES)[number]['id'];
const RULE_IDS = SCORING_RULES.map((r) => r.id) as [ScoringRule, ...ScoringRule[]];

const quote = (v: unknown): string => JSON.stringify(v) ?? String(v);
const technique = z.enum(TECHNIQUES, { error: (iss) => `unknown technique ${quote(iss.input)}` });
const nonEmpty = z.string().trim().min(1, 'must not be empty');
type Ctx = z.core.$RefinementCtx;
const problem = (ctx: Ctx, path: PropertyKey[], message: string) =>
  ctx.addIssue({ code: 'custom', path, message });

/** How a simulated conversation shows a performance criterion. */
export const shownBySchema = z
  .strictObject({
    /** Responses using any of these (good) techniques count as evidence for the criterion. */
    techniques: z.array(technique).default([]),
    /** Responses using any of these count against the criterion. */
    underminedBy: z.array(technique).optional(),
    /** One named rule from SCORING_RULES that the session as a whole must satisfy. */
    rule: z
      .enum(RULE_IDS, {
        error: (iss) => `unknown rule ${quote(iss.input)} (known: ${RULE_IDS.join(', ')})`,
      })
      .optional(),
  })
  .superRefine((s, ctx) => {
    if (s.techniques.length === 0 && !s.rule)
      problem(ctx, ['techniques'], 'name at least one technique or a rule');
    s.techniques.forEach((t, i) => {
      if (!(GOOD_TECHNIQUES as readonly string[]).includes(t))
        problem(
          ctx,
          ['techniques', i],
          `poor technique "${t}" cannot count as evidence (put it in underminedBy)`,
        );
      if (s.techniques.indexOf(t) !== i)
        problem(ctx, ['techniques', i], `technique "${t}" is listed twice`);
      if (s.underminedBy?.includes(t))
        problem(
          ctx,
          ['underminedBy', s.underminedBy.indexOf(t)],
          `technique "${t}" is also listed in techniques`,
        );
    });
    s.underminedBy?.forEach((t, i) => {
      if (s.underminedBy?.indexOf(t) !== i)
        problem(ctx, ['underminedBy', i], `technique "${t}" is listed twice`);
    });
  });

/** One assessment criterion, quoted from the source document. */
export const criterionSchema = z
  .strictObject({
    /** The criterion's code as the document gives it ("2.1"), or an assigned code explained by codeNote. */
    code: z.string().regex(/^[A-Z]*\d+(\.\d+)*$/, 'must look like "2.1" or "AC1"'),
    /** The learning outcome it sits under, worded as in the document (omitted if the document has none). */
    outcome: nonEmpty.optional(),
    /** The criterion's wording, exactly as in the document (typos included). */
    text: nonEmpty,
    /** How the criterion is evidenced. */
    evidence: z.enum(EVIDENCE_KINDS, {
      error: (iss) => `must be one of ${EVIDENCE_KINDS.join(', ')} (got ${quote(iss.input)})`,
    }),
    /** Performance only: can a simulated conversation show it at all? */
    simulation: z.boolean().optional(),
    /** Required exactly when evidence is performance and simulation is true. */
    shownBy: shownBySchema.optional(),
    /** One sentence: why the techniques/rule evidence the criterion, or why it is classified as it is. */
    why: nonEmpty.optional(),
  })
  .superRefine((c, ctx) => {
    const at = (path: string, message: string) => problem(ctx, [path], message);
    if (c.evidence === 'performance') {
      if (c.simulation === undefined) at('simulation', 'required when evidence is performance');
      if (c.simulation === true && !c.shownBy)
        at('shownBy', 'required when evidence is performance and simulation is true');
      if (c.simulation === false && c.shownBy)
        at(
          'shownBy',
          'not allowed when simulation is false (a conversation cannot show this criterion)',
        );
      if (!c.why) at('why', 'required for performance criteria');
    } else {
      if (c.simulation !== undefined) at('simulation', `not allowed for ${c.evidence} criteria`);
      if (c.shownBy)
        at(
          'shownBy',
          `not allowed for ${c.evidence} criteria (they cannot be inferred from performance)`,
        );
    }
  });

/** One unit's criteria framework, as held in scenarios/frameworks/<id>.yaml. */
export const frameworkSchema = z
  .strictObject({
    /** File format version; must equal FRAMEWORK_FORMAT. */
    format: z.literal(FRAMEWORK_FORMAT),
    /** Kebab-case id, equal to the file name without .yaml. */
    id: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9 and single hyphens)'),
    /** The qualification's title. */
    qualification: nonEmpty,
    /** The qualification's level (RQF). */
    level: z.number().int().min(1).max(8),
    /** The awarding body as the document names it; omitted if the document does not name one. */
    awardingBody: nonEmpty.optional(),
    /** The unit the criteria belong to. */
    unit: z.strictObject({
      /** The unit's reference or number, if the document gives one. */
      code: nonEmpty.optional(),
      /** The unit's title as the document gives it. */
      title: nonEmpty,
      /** The unit's own level, where the document states it. */
      level: z.number().int().min(1).max(8).optional(),
    }),
    /** The source document, relative to the directory holding the repository (shared/seeds/…). */
    source: z
      .string()
      .regex(
        /^shared\/(?!.*\.\.)[\w./-]+$/,
        'must be a path under shared/, e.g. "shared/seeds/002_….txt"',
      ),
    /** How codes were assigned when the document does not number its criteria. */
    codeNote: nonEmpty.optional(),
    /** Anything an assessor should know about how the file was transcribed (scope, gaps, typos kept). */
    notes: nonEmpty.optional(),
    /** The criteria, in document order. */
    criteria: z.array(criterionSchema).min(1, 'must hold at least one criterion'),
  })
  .superRefine((f, ctx) => {
    const seen = new Map<string, number>();
    f.criteria.forEach((c, i) => {
      const first = seen.get(c.code);
      if (first === undefined) seen.set(c.code, i);
      else
        problem(
          ctx,
          ['criteria', i, 'code'],
          `duplicate code "${c.code}" (also criteria[${first}])`,
        );
    });
  });

/** A validated criteria framework. */
export type Framework = z.infer<typeof frameworkSchema>;
/** One validated criterion. */
export type Criterion = z.infer<typeof criterionSchema>;
/** How a simulated conversation shows a performance criterion. */
export type ShownBy = z.infer<typeof shownBySchema>;

const formatPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>(
    (acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)),
    '',
  );

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys')
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map(quote).join(', ')}`;
  if (issue.code === 'invalid_type' && issue.input === undefined)
    return 'required field is missing';
  if (issue.code === 'invalid_type') return `expected ${issue.expected}, got ${quote(issue.input)}`;
  return issue.message;
}

/**
 * Parses and validates one framework file. Throws an Error whose message has one line per problem:
 * `<file>: <path inside it>: <what is wrong>`. A missing or unsupported `format` is refused outright.
 */
export function parseFramework(text: string, file: string): Framework {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) {
    const line = (e: (typeof doc.errors)[number]) => {
      const at = e.linePos?.[0];
      const what = (e.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
      return `${file}: ${at ? `line ${at.line}, column ${at.col}` : '(YAML)'}: YAML syntax error: ${what}`;
    };
    throw new Error(doc.errors.map(line).join('\n'));
  }
  const data: unknown = doc.toJS();
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new Error(`${file}: expected a mapping (format, id, qualification, …) at the top level`);
  }
  const format = (data as Record<string, unknown>).format;
  if (format !== FRAMEWORK_FORMAT) {
    const has = format === undefined ? 'has no format field' : `has format ${quote(format)}`;
    throw new Error(
      `${file}: format: the file ${has}; this version supports format ${FRAMEWORK_FORMAT} only`,
    );
  }
  const result = frameworkSchema.safeParse(data, { reportInput: true });
  const problems = result.success
    ? []
    : result.error.issues.map(
        (i) => `${file}: ${formatPath(i.path) || '(top level)'}: ${describeIssue(i)}`,
      );
  const expectedId = /([^/\\]+)\.ya?ml$/.exec(file)?.[1];
  if (result.success && expectedId !== undefined && result.data.id !== expectedId) {
    problems.push(
      `${file}: id: "${result.data.id}" does not match the file name (expected "${expectedId}")`,
    );
  }
  if (!result.success || problems.length > 0) throw new Error(problems.join('\n'));
  return result.data;
}
