/**
 * Turns zod's issues with a session log into lines an assessor can act on, each with its place in the
 * file: `entries[3].tensionAfter: expected an integer, got 40.5`. Worded here rather than taken from
 * zod so the messages stay the same when zod's wording changes.
 */
import type { z } from 'zod';
import { formatPath } from '../scenario/data-path';
import { didYouMean } from '../scenario/suggest';

type ZodIssue = z.core.$ZodIssue;

const EXPECTED: Readonly<Record<string, string>> = {
  int: 'an integer',
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
};

/** A value as the message shows it: short, and plainly data. */
function show(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): { found: boolean; value: unknown } {
  let cur: unknown = input;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object' || !Object.hasOwn(cur, key))
      return { found: false, value: undefined };
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return { found: true, value: cur };
}

/** One line per problem (an unknown-fields issue gives one per field). */
export function describeLogIssue(issue: ZodIssue, input: unknown): string[] {
  const where = (path: readonly PropertyKey[]) => (path.length > 0 ? formatPath(path) : 'the log');
  const at = where(issue.path);
  const { found, value } = valueAt(input, issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      return [
        found
          ? `${at}: expected ${expected}, got ${show(value)}`
          : `${at}: missing (expected ${expected})`,
      ];
    }
    case 'too_small':
    case 'too_big': {
      const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      const word = issue.code === 'too_small' ? 'at least' : 'at most';
      if (issue.origin === 'string')
        return [
          bound === 1 && issue.code === 'too_small'
            ? `${at}: must not be empty`
            : `${at}: must be ${word} ${String(bound)} characters`,
        ];
      if (issue.origin === 'array') return [`${at}: must have ${word} ${String(bound)} items`];
      return [`${at}: must be ${word} ${String(bound)}, got ${show(value)}`];
    }
    case 'invalid_format':
      return [`${at}: ${issue.message}, got ${show(value)}`];
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      if (!found)
        return [`${at}: missing (expected ${allowed.map((v) => JSON.stringify(v)).join(' or ')})`];
      const isTechnique = issue.path.includes('techniques');
      const hint = didYouMean(String(value), allowed);
      return allowed.length === 1
        ? [`${at}: expected ${JSON.stringify(allowed[0])}, got ${show(value)}`]
        : [
            `${at}: ${isTechnique ? 'unknown technique' : 'unknown value'} ${show(value)}${hint}; expected one of ${allowed.join(', ')}`,
          ];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => `${where([...issue.path, key])}: unknown field`);
    case 'invalid_union': {
      if ('discriminator' in issue && issue.discriminator !== undefined) {
        const options = ((issue as { options?: unknown[] }).options ?? []).map(String);
        return [
          found
            ? `${at}: unknown entry type ${show(value)}; expected one of ${options.join(', ')}`
            : `${at}: missing (expected one of ${options.join(', ')})`,
        ];
      }
      return [`${at}: ${issue.message}`];
    }
    default:
      return [`${at}: ${issue.message}`];
  }
}

/** Every problem zod found, capped so a wholly different file does not print thousands of lines. */
export function describeLogIssues(issues: readonly ZodIssue[], input: unknown, max = 20): string[] {
  const lines = issues.flatMap((i) => describeLogIssue(i, input));
  return lines.length <= max
    ? lines
    : [...lines.slice(0, max), `… and ${lines.length - max} more problems`];
}
