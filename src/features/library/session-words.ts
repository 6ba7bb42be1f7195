// How saved sessions are described in lists and accessible names: plain words, one place.
import { ENDING_KIND_LABEL, isAcceptableEnding } from '../../domain/escalation/ending-kinds';
import type { EndingKind } from '../../domain/scenario/schema';
import { dateTimeInWords } from '../../domain/evidence/dates';
import { MODE_LABEL } from '../../domain/evidence/words';
import type { SessionMode } from '../../domain/session/log-types';
import type { SessionRecord } from '../../store/session-view';

export const modeWords: Readonly<Record<SessionMode, string>> = MODE_LABEL;

/** The kind of ending in words; `good` picks the tick or cross icon that travels with it. */
export const endingKindWords = (kind: EndingKind): { words: string; good: boolean } => ({
  words: ENDING_KIND_LABEL[kind],
  good: isAcceptableEnding(kind),
});

/** "14 June 2025, 10:24 BST": when a session was last played, in its own time zone, named. */
export const sessionDate = (record: Pick<SessionRecord, 'updatedAt' | 'timeZone'>) =>
  dateTimeInWords(record.updatedAt, record.timeZone);

export const turnsWords = (turns: number) =>
  turns === 0 ? 'Not started yet' : `${turns} turn${turns === 1 ? '' : 's'}`;

/** Still open: no ending yet, whether or not a turn has been taken. */
export const isUnfinished = (record: SessionRecord) => record.outcome === null;
