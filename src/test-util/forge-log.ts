/**
 * What a forger with Defuse's source can do: change a log, then renumber, re-chain and re-seal it so
 * every hash is right again. Tests use it to show what the chain alone cannot catch and the replay can.
 */
import { entryHash, headerHash, sealLog } from '../domain/session/chain';
import type { ExportedLog, LogEntry, SessionLog } from '../domain/session/log-types';

/** `log` with every entry renumbered 1, 2, 3… and re-chained from its header. */
export async function rechain(log: SessionLog): Promise<SessionLog> {
  let prev = await headerHash(log.header);
  const entries: LogEntry[] = [];
  for (const [i, e] of log.entries.entries()) {
    const unhashed = { ...e, seq: i + 1, prev } as Omit<LogEntry, 'hash'> & { hash?: string };
    delete unhashed.hash;
    const entry = { ...unhashed, hash: await entryHash(unhashed) } as LogEntry;
    entries.push(entry);
    prev = entry.hash;
  }
  return { header: log.header, entries };
}

/** `log` changed by `edit`, then re-chained and re-sealed: every hash checks out. */
export async function forge(
  log: ExportedLog,
  edit: (copy: ExportedLog) => void,
): Promise<ExportedLog> {
  const copy = structuredClone(log);
  edit(copy);
  return sealLog(await rechain(copy), copy.seal.exportedAt);
}
