/**
 * The page's side of the verification worker: sends each file, waits for its verdict, and survives
 * the worker failing. A worker that crashes (out of memory on a hostile file) or takes longer than
 * `timeoutMs` on one file is ended; that file's check fails with the reason, and the next file
 * starts a fresh worker, so one file can never stop the rest of a batch.
 */
import type { CheckedFile } from '../../../domain/assessor/checked-file';
import type { Verifier } from '../../../store/assess-batch';
import type { VerifyReply, VerifyRequest } from './verify-messages';

/** How long one file may take before its check is abandoned (a real log takes well under a second). */
export const CHECK_TIMEOUT_MS = 60_000;

/** The part of a Worker this client uses (tests give a fake). */
export interface WorkerLike {
  postMessage(message: VerifyRequest): void;
  terminate(): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<VerifyReply>) => void): void;
  addEventListener(type: 'error', listener: (e: ErrorEvent) => void): void;
  addEventListener(type: 'messageerror', listener: () => void): void;
}

export const startVerifyWorker = (): WorkerLike =>
  new Worker(new URL('./verify.worker.ts', import.meta.url), {
    type: 'module',
    name: 'defuse-verify',
  });

interface Pending {
  resolve(checked: CheckedFile): void;
  reject(error: Error): void;
  timer: ReturnType<typeof setTimeout>;
}

export function workerVerifier(
  start: () => WorkerLike = startVerifyWorker,
  timeoutMs = CHECK_TIMEOUT_MS,
): Verifier & { dispose(): void } {
  let worker: WorkerLike | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  /** Ends the worker and fails everything it still had. */
  function stop(reason: string) {
    worker?.terminate();
    worker = null;
    for (const [id, p] of pending) {
      clearTimeout(p.timer);
      p.reject(new Error(reason));
      pending.delete(id);
    }
  }

  function running(): WorkerLike {
    if (worker) return worker;
    const w = start();
    w.addEventListener('message', (e) => {
      const p = pending.get(e.data.id);
      if (!p) return;
      pending.delete(e.data.id);
      clearTimeout(p.timer);
      if ('checked' in e.data) p.resolve(e.data.checked);
      else p.reject(new Error(e.data.error));
    });
    w.addEventListener('error', (e) => {
      // Handled here: not an uncaught error of the page.
      e.preventDefault();
      stop(`the verification worker stopped: ${e.message || 'it could not run'}`);
    });
    w.addEventListener('messageerror', () => stop('the verdict could not be passed back'));
    worker = w;
    return w;
  }

  return {
    check(file) {
      const w = running();
      const id = nextId++;
      return new Promise<CheckedFile>((resolve, reject) => {
        const timer = setTimeout(
          () => stop(`it took longer than ${Math.round(timeoutMs / 1000)} s`),
          timeoutMs,
        );
        pending.set(id, { resolve, reject, timer });
        w.postMessage({ id, file });
      });
    },
    dispose: () => stop('the workspace was closed'),
  };
}
