/**
 * What an LRS answered, as data: the sender decides from it whether to keep statements and when to
 * try again, and lrs-words.ts says it in words. One kind for each thing a learner could act on.
 */
export type LrsAnswer =
  /** The LRS stored the statements (or already held them). */
  | { kind: 'stored'; count: number }
  /** 401 or 403: the key and secret were refused, or may not do this. */
  | { kind: 'refused'; status: number }
  /** 404: no xAPI resource at this endpoint. */
  | { kind: 'not-found'; status: number }
  /** 400: the LRS says the statements are not valid. */
  | { kind: 'invalid'; status: number; detail: string }
  /** 409: the LRS already holds statements with these ids. */
  | { kind: 'conflict'; status: number }
  /** 5xx, 429 and anything else unexpected: the LRS had a problem; it may pass. */
  | { kind: 'lrs-error'; status: number; statusText: string }
  /** A success status whose body is not what xAPI says it is. */
  | { kind: 'not-xapi'; detail: string }
  /** No answer within the time allowed. */
  | { kind: 'timeout'; seconds: number }
  /** No answer at all: offline, nothing listening, or the browser refused it (CORS, mixed content). */
  | { kind: 'unreachable'; detail: string };

/**
 * Answers that a later attempt may get past by itself; the others wait for the learner. An answer
 * that is not xAPI is usually something in between (a wifi sign-in page, a proxy), so it is retried.
 */
export const mayPass = (a: LrsAnswer): boolean =>
  a.kind === 'lrs-error' ||
  a.kind === 'timeout' ||
  a.kind === 'unreachable' ||
  a.kind === 'not-xapi';
