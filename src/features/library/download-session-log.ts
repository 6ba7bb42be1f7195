// Downloading a session's log (the evidence file: sealed JSON), from the debrief, the play screen or
// the removal dialog, noted as kept so that removing sessions can say which have not been.
import { runtime } from '../../app/runtime';
import type { SessionLog } from '../../domain/session/log-types';
import { downloadFile } from '../../export/download';
import { useExportedLogs } from '../../store/exported-logs';

/** Seals and downloads `log`; resolves with the file's seal once the browser has it. */
export async function downloadSessionLog(log: SessionLog, exportedAt = runtime.now()) {
  const { exportLogJson } = await import('../../export/log-json');
  const file = await exportLogJson(log, exportedAt);
  downloadFile(file.fileName, file.text, 'application/json');
  useExportedLogs.getState().mark(log.header.sessionId, log.entries.length);
  return file;
}
