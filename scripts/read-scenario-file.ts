/**
 * Node-only: reads one scenario file's text the way the checker, the build and the snapshot script
 * all must — a size limit before reading, UTF-8 or nothing — with one-line errors naming the file.
 */
import { readFileSync, statSync } from 'node:fs';
import {
  decodeScenarioBytes,
  MAX_SCENARIO_BYTES,
  tooBig,
  type DecodeResult,
} from '../src/domain/scenario/scenario-bytes';

/** `file` is read from disk; `shownAs` is how messages name it (a path relative to the project). */
export function readScenarioFile(file: string, shownAs = file): DecodeResult {
  try {
    const { size } = statSync(file);
    // Checked before reading, so a huge file is never read into memory at all.
    if (size > MAX_SCENARIO_BYTES) return { ok: false, error: tooBig(shownAs, size) };
    return decodeScenarioBytes(readFileSync(file), shownAs);
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(e);
    return {
      ok: false,
      error: `${shownAs}: cannot read the file (${why}) — check the path and that it is a file`,
    };
  }
}
