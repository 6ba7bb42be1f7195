// One file checked against every scenario version and framework this build ships: what the
// verification worker runs for each file, and what the page runs itself where there is no Worker
// (component tests). Imports the verifier (and so zod): only the worker and a lazy import load it.
import { frameworks } from 'virtual:frameworks';
import { loadScenarioVersion } from 'virtual:scenarios';
import { checkLogFile } from '../../../domain/assessor/check-log-file';
import type { CheckedFile } from '../../../domain/assessor/checked-file';

/** The file's bytes; FileReader where Blob.arrayBuffer is missing (older engines, jsdom). */
function readBytes(file: Blob): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsArrayBuffer(file);
  });
}

export const checkFile = (file: Blob): Promise<CheckedFile> =>
  checkLogFile({ size: file.size, read: () => readBytes(file) }, loadScenarioVersion, frameworks);
