// The workspace's one batch of loaded files. Its verifier is the verification worker, started when
// the first file is given; where Worker does not exist the files are checked on the page.
import { createBatchStore, type Verifier } from '../../../store/assess-batch';
import { inThreadVerifier } from './in-thread-verifier';
import { workerVerifier } from './worker-verifier';

let verifier: Verifier | null = null;

export const useBatch = createBatchStore(
  () => (verifier ??= typeof Worker === 'function' ? workerVerifier() : inThreadVerifier),
);
