/**
 * Turns zod's issues into messages an author can act on: the path inside the file, what is wrong,
 * and a suggestion where one is obvious (an unknown technique or key that is a near miss).
 */
import type { z } from 'zod';
import type { LoadIssue } from './data-path';
import { didYouMean } from './suggest';

type ZodIssue = z.core.$ZodIssue;

export function explainZodIssue(issue: ZodIssue, input: unknown): LoadIssue[] {
  const path = issue.path;
  switch (issue.code) {
    case 'invalid_value': {
      const got = valueAt(input, path);
      const allowed = issue.values.map(String);
      const isTechnique = path.some(
        (k) => k === 'techniques' || k === 'respondsMore' || k === 'respondsLess',
      );
      const what = isTechnique ? 'unknown technique' : 'unknown value';
      if (got === undefined)
        return [{ path, message: `missing; expected one of ${allowed.join(', ')}` }];
      return [
        {
          path,
          message: `${what} ${JSON.stringify(got)}${didYouMean(String(got), allowed)}; expected one of ${allowed.join(', ')}`,
        },
      ];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: [...path, key],
        message: `unknown field "${key}"${didYouMean(key, knownKeysHint(path))}`,
      }));
    case 'invalid_type': {
      const got = valueAt(input, path);
      if (got === undefined) return [{ path, message: `missing (expected ${issue.expected})` }];
      if (typeof got === 'number' && !Number.isFinite(got)) return [notFinite(path, got)];
      return [{ path, message: `expected ${issue.expected}, got ${describe(got)}` }];
    }
    case 'invalid_union':
      return [
        {
          path,
          message: 'expected a beat or ending id, or a map of moods to ids with a "default"',
        },
      ];
    default:
      return [{ path, message: issue.message }];
  }
}

function knownKeysHint(path: readonly PropertyKey[]): string[] {
  // Common misspellings worth catching; the full list is in the JSON Schema.
  const last = path[path.length - 1];
  if (typeof last === 'number') return ['id', 'text', 'techniques', 'effect', 'next', 'feedback'];
  return [
    'stage',
    'beyondAuthority',
    'customer',
    'next',
    'responses',
    'kind',
    'title',
    'text',
    'line',
    'cue',
  ];
}

/** YAML's `.nan` and `.inf` are numbers to a parser, but never a tension, a turn or an age. */
function notFinite(path: readonly PropertyKey[], value: number): LoadIssue {
  const what = Number.isNaN(value)
    ? '.nan (not a number) is not allowed'
    : `${value > 0 ? '' : '-'}.inf (infinity) is not allowed`;
  return { path, message: `${what} — write a finite number here` };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  return `${typeof value} ${JSON.stringify(value)}`;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = input;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object' || !Object.hasOwn(cur, key)) return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}
