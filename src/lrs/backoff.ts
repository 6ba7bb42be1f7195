/**
 * How long the sender waits before trying the LRS again after a failure it may recover from (no
 * answer, a server error): 2 s, doubling each time, never more than a minute. A minute keeps a
 * learner who comes back online waiting briefly, and costs an unreachable LRS one request a minute.
 */
export const FIRST_RETRY_MS = 2_000;
export const MAX_RETRY_MS = 60_000;

/** The wait after `failures` failures in a row (1 for the first). */
export const retryDelay = (failures: number): number =>
  Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, failures - 1));
