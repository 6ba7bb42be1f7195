/**
 * What to do, after a reload, with the unsaved entries a tab copied to localStorage: entries
 * already stored are skipped; those that follow the stored log (numbered next and chained to its
 * last hash, every hash checked) are saved; those that conflict with it (the session moved on in
 * another tab) are set aside for download. A damaged copy is a bad record; a deleted session's
 * copy is dropped with it.
 */
import { headerHash } from '../domain/session/chain';
import { canonicalJson } from '../domain/session/hash';
import type { StoredSession } from './session-store-types';
import { chainProblems } from './stored-session-check';
import { mirrorProblems, type UnsavedAppend, type UnsavedMirror } from './unsaved-mirror';

export type RestorePlan =
  | { kind: 'drop' }
  | { kind: 'bad'; problem: string; raw: unknown }
  | {
      kind: 'restore';
      /** The session to create first, when even its start is not stored. */
      create: StoredSession | null;
      /** The entries to save, in order. */
      appends: UnsavedAppend[];
      /** Entries the stored log has moved past. */
      conflicting: UnsavedAppend[];
    };

export async function planRestore(
  sessionId: string,
  text: string,
  stored: StoredSession | null,
  { deleted, storedIsBad }: { deleted: boolean; storedIsBad: boolean },
): Promise<RestorePlan> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: 'bad', problem: 'the copy is not JSON', raw: text };
  }
  const bad = (problem: string): RestorePlan => ({ kind: 'bad', problem, raw: value });
  const problems = mirrorProblems(value);
  if (problems.length > 0) return bad(problems.slice(0, 3).join('; '));
  const mirror = value as UnsavedMirror;
  if (mirror.sessionId !== sessionId)
    return bad(`the copy names another session (${mirror.sessionId})`);
  // The learner deleted the session (perhaps in another tab): its unsaved entries go with it.
  if (deleted) return { kind: 'drop' };
  if (storedIsBad)
    return bad('the stored session they belong to cannot be read (see its own record)');

  const created = mirror.create;
  if (!stored && !created) return bad('the session they belong to is not stored');
  if (stored && created && canonicalJson(created.log.header) !== canonicalJson(stored.log.header))
    return bad('a different session is stored under the same id');
  const base: StoredSession = stored ?? {
    log: { header: created!.log.header, entries: [] },
    summary: created!.summary,
  };
  const candidates: UnsavedAppend[] = [
    ...(created?.log.entries.map((entry) => ({ entry, summary: created.summary })) ?? []),
    ...mirror.appends,
  ];

  const entries = [...base.log.entries];
  const follow: UnsavedAppend[] = [];
  const conflicting: UnsavedAppend[] = [];
  for (const a of candidates) {
    if (entries[a.entry.seq - 1]?.hash === a.entry.hash) continue; // stored already
    const last = entries.at(-1);
    const tip = last ? last.hash : await headerHash(base.log.header);
    if (a.entry.seq === entries.length + 1 && a.entry.prev === tip) {
      entries.push(a.entry);
      follow.push(a);
    } else conflicting.push(a);
  }
  // Nothing is stored to conflict with: entries that do not follow one another are damage.
  if (!stored && conflicting.length > 0) return bad('they do not follow one another');
  const chain = await chainProblems({
    log: { header: base.log.header, entries },
    summary: base.summary,
  });
  if (chain.length > 0) return bad(chain[0]!);

  if (stored) return { kind: 'restore', create: null, appends: follow, conflicting };
  const n = created!.log.entries.length;
  return {
    kind: 'restore',
    create: {
      log: { header: base.log.header, entries: entries.slice(0, n) },
      summary: created!.summary,
    },
    appends: follow.slice(n),
    conflicting,
  };
}
