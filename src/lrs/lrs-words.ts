/**
 * Every LRS answer in words a learner can act on: what happened, naming the LRS's own status, and
 * what Defuse does next. Text from the LRS is quoted as text, cut short, never as markup.
 */
import type { LrsAnswer } from './lrs-answer';
import type { ConnectionAnswer } from './lrs-client';

/** "lrs.example.org" from the endpoint, for "no answer from …". */
export function hostOf(endpoint: string): string {
  try {
    return new URL(endpoint).host;
  } catch {
    return endpoint;
  }
}

const status = (code: number, text = '') => `${code}${text ? ` ${text}` : ''}`;

/** What went wrong, or "Sent", in one sentence. */
export function answerInWords(a: LrsAnswer, endpoint: string): string {
  switch (a.kind) {
    case 'stored':
      return `Sent: the LRS stored ${a.count === 1 ? 'the statement' : `all ${a.count} statements`}.`;
    case 'refused':
      return a.status === 401
        ? 'The LRS refused the key and secret (401).'
        : 'The LRS accepted the key but does not allow it to do this (403).';
    case 'not-found':
      return `There is no xAPI service at ${endpoint} (404): check the endpoint (it often ends in /xAPI or /data/xAPI).`;
    case 'invalid':
      return `The LRS refused the statements as not valid (400${a.detail ? `: “${a.detail}”` : ''}).`;
    case 'conflict':
      return 'The LRS already holds different statements with these ids (409).';
    case 'lrs-error':
      return `The LRS had a problem of its own (${status(a.status, a.statusText)}).`;
    case 'not-xapi':
      return `The LRS answered with something that is not xAPI JSON (${a.detail}).`;
    case 'timeout':
      return `No answer from ${hostOf(endpoint)} within ${a.seconds} s.`;
    case 'unreachable':
      return `No answer from ${hostOf(endpoint)}: this device may be offline, the LRS may not be running, or it does not accept requests from this site.`;
  }
}

/** The result of "Test connection" in words. */
export function connectionInWords(a: ConnectionAnswer, endpoint: string): string {
  if (a.kind === 'connected') return 'Connected: the LRS accepted the credentials (xAPI 1.0.3).';
  if (a.kind === 'wrong-version')
    return `The LRS speaks xAPI ${a.versions.join(', ') || '(no version given)'}, not 1.0.3, so Defuse cannot send to it.`;
  return answerInWords(a, endpoint);
}
