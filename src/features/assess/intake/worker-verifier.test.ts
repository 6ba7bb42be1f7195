// The page's side of the verification worker, with a fake worker: verdicts come back by id; a worker
// that crashes, or hangs on one file, fails only that file, and the next file gets a fresh worker.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CheckedFile } from '../../../domain/assessor/checked-file';
import type { VerifyReply, VerifyRequest } from './verify-messages';
import { workerVerifier, type WorkerLike } from './worker-verifier';

const ok: CheckedFile = { kind: 'verified', ok: true, practice: false, problems: [], notes: [] };

/** A worker the test drives: it records what it is sent and replies, errs or stays silent on cue. */
class FakeWorker implements WorkerLike {
  sent: VerifyRequest[] = [];
  terminated = false;
  private listeners = new Map<string, ((e: never) => void)[]>();
  addEventListener(type: string, listener: (e: never) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  postMessage(message: VerifyRequest) {
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  emit(type: string, event: object) {
    for (const l of this.listeners.get(type) ?? []) l(event as never);
  }
  reply(data: VerifyReply) {
    this.emit('message', { data });
  }
}

const file = (name: string) => new File(['{}'], name);

afterEach(() => vi.useRealTimers());

describe('workerVerifier', () => {
  it('sends each file with an id and resolves with the verdict that comes back for it', async () => {
    const workers: FakeWorker[] = [];
    const v = workerVerifier(() => {
      workers.push(new FakeWorker());
      return workers.at(-1)!;
    });
    const a = v.check(file('a.json'));
    const b = v.check(file('b.json'));
    const [w] = workers;
    expect(workers).toHaveLength(1);
    expect(w!.sent.map((m) => [m.id, m.file.name])).toEqual([
      [1, 'a.json'],
      [2, 'b.json'],
    ]);
    w!.reply({ id: 2, error: 'the check threw' });
    w!.reply({ id: 1, checked: ok });
    await expect(a).resolves.toEqual(ok);
    await expect(b).rejects.toThrow('the check threw');
  });

  it('ends a crashed worker, fails what it had, and starts a fresh one for the next file', async () => {
    const workers: FakeWorker[] = [];
    const v = workerVerifier(() => {
      workers.push(new FakeWorker());
      return workers.at(-1)!;
    });
    const lost = v.check(file('hostile.json'));
    workers[0]!.emit('error', { message: 'Out of memory', preventDefault() {} });
    await expect(lost).rejects.toThrow('the verification worker stopped: Out of memory');
    expect(workers[0]!.terminated).toBe(true);
    const next = v.check(file('next.json'));
    expect(workers).toHaveLength(2);
    workers[1]!.reply({ id: workers[1]!.sent[0]!.id, checked: ok });
    await expect(next).resolves.toEqual(ok);
  });

  it('gives up on a file that takes too long, and goes on with a fresh worker', async () => {
    vi.useFakeTimers();
    const workers: FakeWorker[] = [];
    const v = workerVerifier(() => {
      workers.push(new FakeWorker());
      return workers.at(-1)!;
    }, 1_000);
    const slow = v.check(file('slow.json'));
    const caught = slow.catch((e: Error) => e.message);
    vi.advanceTimersByTime(1_001);
    expect(await caught).toBe('it took longer than 1 s');
    expect(workers[0]!.terminated).toBe(true);
    void v.check(file('next.json'));
    expect(workers).toHaveLength(2);
  });
});
