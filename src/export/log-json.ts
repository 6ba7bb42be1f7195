/**
 * The JSON log: the evidence file itself. The session log exactly as stored, sealed with a hash over
 * the whole (chain.ts), as 2-space-indented JSON so an assessor can read it. `npm run verify` reads it.
 */
import { sealLog } from '../domain/session/chain';
import type { ExportedLog, SessionLog } from '../domain/session/log-types';
import { exportFileName } from './file-name';

/** An exported file: its name and its text. */
export interface ExportFile {
  fileName: string;
  text: string;
}

/** The sealed log as a file. `seal` is what the printable record quotes for "note this on receipt". */
export interface LogJsonFile extends ExportFile {
  seal: ExportedLog['seal'];
}

/**
 * The log sealed at `exportedAt` (ms since the epoch, from the app's clock) as a JSON file. Throws
 * the hash module's HashError if the log holds a value that is not JSON (NaN, undefined…).
 */
export async function exportLogJson(log: SessionLog, exportedAt: number): Promise<LogJsonFile> {
  const sealed = await sealLog(log, exportedAt);
  return {
    fileName: exportFileName(log.header, 'json'),
    text: `${JSON.stringify(sealed, null, 2)}\n`,
    seal: sealed.seal,
  };
}
