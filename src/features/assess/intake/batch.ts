// The workspace's one batch of loaded files. Its verifiers are verification workers, one per lane,
// each started when its lane is first given a file: two lanes where the machine has the cores for
// them (a batch of 1,000 is then checked on both cores of a classroom PC), else one. Where Worker
// does not exist the files are checked on the page, one at a time.
import { createBatchStore, type Verifier } from '../../../store/assess-batch';
import { inThreadVerifier } from './in-thread-verifier';
import { workerVerifier } from './worker-verifier';

const workers = typeof Worker === 'function';
const lanes = workers && (globalThis.navigator?.hardwareConcurrency ?? 1) >= 2 ? 2 : 1;
const verifiers: Verifier[] = [];

export const useBatch = createBatchStore(
  (lane) => (verifiers[lane] ??= workers ? workerVerifier() : inThreadVerifier),
  lanes,
);
