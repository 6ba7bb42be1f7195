/**
 * The files an assessor has loaded into the workspace, in the order given, each with its verdict
 * once checked. Files are checked off the page by the verifiers the workspace supplies (Web Workers
 * in the app), so the page stays responsive and the progress can be told ("Verifying 37 of
 * 120…"). Each verifier (a lane) has one file at a time, so whatever happens to a file — a worker
 * that runs out of memory on it — becomes that file's verdict alone and its lane moves on; more
 * than one lane checks a large batch on every core the machine has. Loaded
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

/**
 * A batch over `lanes` verifiers, `verifier(lane)` for lane 0, 1, … (supplied lazily, so a worker
 * starts only when a file is given to its lane). Files start in the order given.
 */
export function createBatchStore(verifier: (lane: number) => Verifier, lanes = 1) {
  let nextId = 1;
  const waiting: { id: number; file: File }[] = [];
  /** The lanes checking a file now. */
  const busy = new Set<number>();

  return create<BatchState>()((set) => {
    const settle = (id: number, checked: CheckedFile) =>
      set((s) => ({
        files: s.files.map((f) => (f.id === id ? { ...f, checked: deepFreeze(checked) } : f)),
        run: s.run && { ...s.run, done: s.run.done + 1 },
      }));

    /** One lane: takes the next waiting file until none is left. */
    async function lane(n: number) {
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
            settle(id, await verifier(n).check(file));
          } catch (e) {
            settle(id, refused('unreadable', `checking it failed (${message(e)})`));
          }
        }
      } finally {
        busy.delete(n);
        if (busy.size === 0) set({ run: null });
      }
    }

    /** Starts the lanes that are idle, as many as there are files waiting. */
    function drain() {
      const idle = Array.from({ length: lanes }, (_, n) => n).filter((n) => !busy.has(n));
      for (const n of idle.slice(0, waiting.length)) {
        busy.add(n);
        void lane(n);
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
        drain();
      },
      clear() {
        waiting.length = 0;
        set({ files: [], run: null });
      },
    };
  });
}
