// How a stored record that could not be opened is named in the list, its buttons and its file.
import type { BadRecord } from '../../store/session-store-types';
import { shortId } from '../../store/stored-session-check';

/** "Session 3f2a91c0…" (or "Record 2" without a readable id), unique within the list. */
export function badRecordTitles(bad: readonly BadRecord[]): string[] {
  const base = bad.map((r, i) =>
    r.sessionId ? `Session ${shortId(r.sessionId)}` : `Record ${i + 1}`,
  );
  const seen = new Map<string, number>();
  return base.map((title) => {
    const n = (seen.get(title) ?? 0) + 1;
    seen.set(title, n);
    const total = base.filter((t) => t === title).length;
    return total > 1 ? `${title} (${n} of ${total})` : title;
  });
}

/** `defuse-record-3f2a91c0-….json`: a file name that says what it is and is safe everywhere. */
export const badRecordFileName = (record: BadRecord, index: number): string =>
  `defuse-record-${(record.sessionId ?? String(index + 1)).replace(/[^A-Za-z0-9_-]+/g, '_')}.json`;
