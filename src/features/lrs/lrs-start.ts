// The two moments the LRS sender is woken: when the app starts (to send what is still waiting) and
// when a session ends. Both do nothing, and load nothing, unless an LRS is set up in this browser:
// no request leaves a page that has none. Small enough for the first screen.
import type { Scenario } from '../../domain/scenario/schema';
import type { SessionLog } from '../../domain/session/log-types';
import { lrsConfigured } from '../../lrs/lrs-settings';

export function startLrsIfConfigured(): void {
  if (!lrsConfigured()) return;
  void import('../../lrs/lrs-service').then((m) => m.lrsOutbox());
}

/** Queues a finished session's statements for the LRS, if one is set up. */
export function sendFinishedSession(scenario: Scenario, log: SessionLog): void {
  if (!lrsConfigured()) return;
  void import('./queue-finished-session').then((m) => m.queueFinishedSession(scenario, log));
}
