// Checks files on the page itself, for a browser without module workers (and for component tests,
// where jsdom has none): the same check the worker runs, loaded only when first needed.
import type { Verifier } from '../../../store/assess-batch';

export const inThreadVerifier: Verifier = {
  async check(file) {
    const { checkFile } = await import('./check-file');
    return checkFile(file);
  },
};
