// The batch of loaded files: each file is checked in turn, with the progress counted; a file over
// the limit never reaches the verifier; a verifier that fails on one file gives that file its own
// verdict and the rest go on; what is checked cannot be changed afterwards.
import { describe, expect, it } from 'vitest';
import { refused, type CheckedFile } from '../domain/assessor/checked-file';
import { createBatchStore, type PickedFile, type Verifier } from './assess-batch';

const picked = (name: string, size = 10): PickedFile => {
  const file = new File(['x'.repeat(Math.min(size, 10))], name);
  if (size > 10) Object.defineProperty(file, 'size', { value: size });
  return { file, name };
};

const ok: CheckedFile = { kind: 'verified', ok: true, practice: false, problems: [], notes: [] };

/** A verifier that answers when told, so the test can look at the batch in between. */
function controlled() {
  const seen: string[] = [];
  const waiting: ((result: CheckedFile | Error) => void)[] = [];
  const verifier: Verifier = {
    check: (file) =>
      new Promise((resolve, reject) => {
        seen.push(file.name);
        waiting.push((r) => (r instanceof Error ? reject(r) : resolve(r)));
      }),
  };
  const answer = async (r: CheckedFile | Error) => {
    while (waiting.length === 0) await new Promise((t) => setTimeout(t, 1));
    waiting.shift()!(r);
    await new Promise((t) => setTimeout(t, 1));
  };
  return { verifier, seen, answer };
}

describe('the batch', () => {
  it('checks files one at a time, counting progress, and one failure stops nothing', async () => {
    const c = controlled();
    const batch = createBatchStore(() => c.verifier);
    batch
      .getState()
      .add([picked('a.json'), picked('huge.json', 50_000_000), picked('b.json'), picked('c.json')]);
    expect(batch.getState().run).toEqual({ total: 4, done: 0 });
    await c.answer(ok);
    // The oversized file is refused unread, without the verifier.
    expect(batch.getState().run).toEqual({ total: 4, done: 2 });
    await c.answer(new Error('the verification worker stopped: out of memory'));
    expect(batch.getState().run).toEqual({ total: 4, done: 3 });
    await c.answer(refused('not-json', 'not JSON: the file looks truncated'));
    expect(c.seen).toEqual(['a.json', 'b.json', 'c.json']);
    expect(batch.getState().run).toBeNull();
    expect(
      batch.getState().files.map((f) => [f.name, f.checked?.kind, f.checked?.problems[0]]),
    ).toEqual([
      ['a.json', 'verified', undefined],
      [
        'huge.json',
        'too-large',
        'file is 50 MB; the assessor workspace reads session logs of at most 5 MB',
      ],
      [
        'b.json',
        'unreadable',
        'checking it failed (the verification worker stopped: out of memory)',
      ],
      ['c.json', 'not-json', 'not JSON: the file looks truncated'],
    ]);
  });

  it('adds files given while others are being checked to the same count', async () => {
    const c = controlled();
    const batch = createBatchStore(() => c.verifier);
    batch.getState().add([picked('a.json')]);
    batch.getState().add([picked('b.json'), picked('c.json')]);
    expect(batch.getState().run).toEqual({ total: 3, done: 0 });
    await c.answer(ok);
    expect(batch.getState().run).toEqual({ total: 3, done: 1 });
    await c.answer(ok);
    await c.answer(ok);
    expect(batch.getState().run).toBeNull();
    expect(batch.getState().files.map((f) => f.id)).toEqual([1, 2, 3]);
  });

  it('freezes what it checked: an imported log cannot be changed in the workspace', async () => {
    const c = controlled();
    const batch = createBatchStore(() => c.verifier);
    batch.getState().add([picked('a.json')]);
    await c.answer({ ...ok, problems: ['x'] });
    const checked = batch.getState().files[0]!.checked!;
    expect(Object.isFrozen(checked)).toBe(true);
    expect(() => (checked.problems as string[]).push('y')).toThrow(TypeError);
  });

  it('forgets the loaded files on clear', async () => {
    const c = controlled();
    const batch = createBatchStore(() => c.verifier);
    batch.getState().add([picked('a.json'), picked('b.json')]);
    batch.getState().clear();
    await c.answer(ok);
    expect(batch.getState().files).toEqual([]);
    expect(c.seen).toEqual(['a.json']);
  });

  it('with two lanes, gives each one file at a time; a lane that fails fails only its own file', async () => {
    // One controlled verifier per lane, answered in whatever order the test chooses.
    const lanes = [controlled(), controlled()];
    const batch = createBatchStore((lane) => lanes[lane]!.verifier, 2);
    batch.getState().add([picked('a.json'), picked('b.json'), picked('c.json'), picked('d.json')]);
    // Both lanes start at once, on the first two files in the order given; the rest wait.
    expect(lanes.map((l) => l.seen)).toEqual([['a.json'], ['b.json']]);
    // Lane 1 answers first, and its worker dies: only b fails, and lane 1 takes the next file.
    await lanes[1]!.answer(new Error('the verification worker stopped: out of memory'));
    expect(lanes.map((l) => l.seen)).toEqual([['a.json'], ['b.json', 'c.json']]);
    expect(batch.getState().run).toEqual({ total: 4, done: 1 });
    await lanes[0]!.answer(refused('not-json', 'not JSON: the file looks truncated'));
    expect(lanes.map((l) => l.seen)).toEqual([
      ['a.json', 'd.json'],
      ['b.json', 'c.json'],
    ]);
    await lanes[0]!.answer(ok);
    // One lane still busy: the batch is not done.
    expect(batch.getState().run).toEqual({ total: 4, done: 3 });
    await lanes[1]!.answer(ok);
    expect(batch.getState().run).toBeNull();
    expect(batch.getState().files.map((f) => [f.name, f.checked?.kind])).toEqual([
      ['a.json', 'not-json'],
      ['b.json', 'unreadable'],
      ['c.json', 'verified'],
      ['d.json', 'verified'],
    ]);
  });
});
