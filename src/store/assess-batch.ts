/**
 * The files an assessor has loaded into the workspace, in the order given, each with its verdict
 * once checked. Files are checked one at a time by the verifier the workspace supplies (a Web
 * Worker in the app), so the page stays responsive and the progress can be told ("Verifying 37 of
 * 120…"); whatever happens to one file becomes that file's verdict and the queue moves on. Loaded
 * files live in this tab only; what is checked is frozen, so nothing in the workspace can change an
 * imported log.
 */
import { create } from 'zustand';
import { refused, tooLargeProblem, type CheckedFile } from '../domain/assessor/checked-file';

/** Checks one file: the app's is a Web Worker (features/assess/intake). */
export interface Verifier {
  check(file: File): Promise<CheckedFile>;
}

/** A file as picked: the file and the name to show (its path inside a picked folder). */
export interface PickedFile {
  file: File;
  name: string;
}

export interface BatchFile {
  id: number;
  name: string;
  size: number;
  /** Null while waiting to be checked. */
  checked: CheckedFile | null;
}

export interface BatchState {
  files: BatchFile[];
  /** The files being checked since the queue was last empty: how many, and how many are done. */
  run: { total: number; done: number } | null;
  add(picked: readonly PickedFile[]): void;
  /** Forgets every loaded file (their decisions stay stored). */
  clear(): void;
}

/** `value` and everything in it made read-only. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** A batch over `verifier` (supplied lazily, so the worker starts only when a file is given). */
export function createBatchStore(verifier: () => Verifier) {
  let nextId = 1;
  const waiting: { id: number; file: File }[] = [];
  let running = false;

  return create<BatchState>()((set) => {
    const settle = (id: number, checked: CheckedFile) =>
      set((s) => ({
        files: s.files.map((f) => (f.id === id ? { ...f, checked: deepFreeze(checked) } : f)),
        run: s.run && { ...s.run, done: s.run.done + 1 },
      }));

    async function drain() {
      if (running) return;
      running = true;
      try {
        for (let job = waiting.shift(); job; job = waiting.shift()) {
          const { id, file } = job;
          // Refused from its size alone, before it is read or handed to the worker.
          const tooLarge = tooLargeProblem(file.size);
          if (tooLarge) {
            settle(id, refused('too-large', tooLarge));
            continue;
          }
          try {
            settle(id, await verifier().check(file));
          } catch (e) {
            settle(id, refused('unreadable', `checking it failed (${message(e)})`));
          }
        }
      } finally {
        running = false;
        set({ run: null });
      }
    }

    return {
      files: [],
      run: null,
      add(picked) {
        if (picked.length === 0) return;
        const added = picked.map(({ file, name }) => ({ id: nextId++, file, name }));
        waiting.push(...added.map(({ id, file }) => ({ id, file })));
        set((s) => ({
          files: [
            ...s.files,
            ...added.map(({ id, name, file }) => ({ id, name, size: file.size, checked: null })),
          ],
          run: { total: (s.run?.total ?? 0) + added.length, done: s.run?.done ?? 0 },
        }));
        void drain();
      },
      clear() {
        waiting.length = 0;
        set({ files: [], run: null });
      },
    };
  });
}
