// How saved sessions are described in lists and accessible names: plain words, one place.
import { ENDING_KIND_LABEL, isAcceptableEnding } from '../../domain/escalation/ending-kinds';
import type { EndingKind } from '../../domain/scenario/schema';
import type { SessionMode, SessionRecord } from '../../domain/session/session-record';

export const modeWords: Record<SessionMode, string> = {
  practice: 'Practice',
  assessment: 'Assessment',
};

/** The kind of ending in words; `good` picks the tick or cross icon that travels with it. */
export const endingKindWords = (kind: EndingKind): { words: string; good: boolean } => ({
  words: ENDING_KIND_LABEL[kind],
  good: isAcceptableEnding(kind),
});

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** "14 Jun 2025, 10:24": the date a session was last played, as lists and accessible names show it. */
export const sessionDate = (record: Pick<SessionRecord, 'updatedAt'>) =>
  dateFormat.format(record.updatedAt);

export const turnsWords = (turns: number) =>
  turns === 0 ? 'Not started yet' : `${turns} turn${turns === 1 ? '' : 's'}`;

/** Still open: no ending yet, whether or not a turn has been taken. */
export const isUnfinished = (record: SessionRecord) => record.outcome === null;
