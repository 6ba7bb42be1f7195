/**
 * The sender's state as the learner reads it: how many statements are waiting and why, or that
 * everything was sent. "3 statements waiting to send", "Sent: the LRS stored all 8 statements."
 */
import type { OutboxStatus } from './outbox';

export const waitingWords = (n: number): string =>
  `${n} ${n === 1 ? 'statement' : 'statements'} waiting to send`;

export function statusInWords(s: OutboxStatus): string {
  if (s.state === 'sending')
    return `Sending ${s.waiting} ${s.waiting === 1 ? 'statement' : 'statements'} to the LRS…`;
  if (s.waiting === 0) return s.last?.ok ? s.last.message : 'Nothing is waiting to send.';
  const waiting = waitingWords(s.waiting);
  if (!s.configured) return `${waiting}: no LRS is set up, so they stay in this browser.`;
  if (!s.last || s.last.ok) return `${waiting}.`;
  if (s.state === 'retrying')
    return `${waiting}. ${s.last.message} Defuse tries again by itself, and as soon as this device is back online.`;
  return `${waiting}. ${s.last.message} Check the LRS settings, then send again.`;
}
