/**
 * A verdict in words, one line per file and then its further problems: what `npm run verify` prints,
 * and what a screen can show. Text from the file (the learner's name) is shown as plain data: control
 * and bidirectional-override characters are written as escapes, so a name cannot forge a line or
 * restyle a terminal. Imports only types from verify-log.ts, so a screen can use it without zod.
 */
import { ENDING_KIND_LABEL } from '../escalation/ending-kinds';
import type { Verdict, VerdictKind } from './verify-log';

/** Each verdict kind as the first word of its line: failures in capitals, to stand out in a list. */
export const KIND_HEADLINE: Readonly<Record<VerdictKind, string>> = {
  verified: 'verified',
  tampered: 'TAMPERED',
  'unknown-scenario-version': 'UNKNOWN SCENARIO VERSION',
  'not-a-log': 'NOT A SESSION LOG',
  'unsupported-format': 'UNSUPPORTED FORMAT',
  'too-large': 'TOO LARGE',
  'not-json': 'NOT JSON',
};

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** A hash as messages show it: enough to find its snapshot file (scenarios/versions/<id>.<12 hex>.json). */
export const shortHash = (hash: string): string => `${hash.slice(0, 12)}…`;

/** `text` with every character that could move the cursor or reorder a line written as \u{…}. */
export const plainText = (text: string): string =>
  text.replace(UNSAFE, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);

/** "verified", "TAMPERED", … and the practice label where it applies. */
export function verdictHeadline(v: Verdict): string {
  return v.ok && v.practice
    ? 'verified (practice: not simulation evidence S)'
    : KIND_HEADLINE[v.kind];
}

/** What the log is: "Ana Learner, passport-delay v3f2a1c…, 7 turns, ended: Resolved (…)". */
export function logSummary(v: Verdict): string | undefined {
  if (!v.log) return undefined;
  const { header } = v.log;
  const parts = [
    header.learnerName ? plainText(header.learnerName) : 'no learner name',
    `${header.scenario.id} v${shortHash(header.scenario.hash)}`,
  ];
  const t = v.trace;
  if (t) {
    parts.push(`${t.turns.length} turn${t.turns.length === 1 ? '' : 's'}`);
    parts.push(
      t.outcome
        ? `ended: ${ENDING_KIND_LABEL[t.outcome.kind]} (“${plainText(t.outcome.title)}”)`
        : 'not finished',
    );
    if (t.declaration)
      parts.push(
        t.declaration.current
          ? `account signed ${plainText(t.declaration.date)}`
          : `account signed ${plainText(t.declaration.date)} but changed since`,
      );
  }
  return parts.join(', ');
}

/** The verdict for `file`: its line, then one indented line per further problem. */
export function verdictLines(file: string, v: Verdict): string[] {
  const [first, ...rest] = v.problems;
  const detail = v.ok ? logSummary(v) : first && plainText(first);
  return [
    `${plainText(file)}: ${verdictHeadline(v)}${detail ? ` — ${detail}` : ''}`,
    ...rest.map((p) => `  - ${plainText(p)}`),
  ];
}
