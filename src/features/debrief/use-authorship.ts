/**
 * The learner's share of their own words, counted off the keystroke path: after typing pauses, in a
 * Web Worker (authorship.worker.ts). Only the latest text matters, so a count still running when the
 * text changes again is abandoned (its worker is stopped) rather than queued. Where there is no
 * Worker (the unit tests' DOM), or its script cannot be loaded (offline with an incomplete cache),
 * the same function runs after the pause on the page.
 */
import { useEffect, useState } from 'react';
import { authorship, type Authorship } from '../../domain/reflection/authorship';
import AuthorshipWorker from './authorship.worker?worker';
import type { CountRequest } from './authorship.worker';

/** How long typing must pause before the share is counted again. */
export const COUNT_AFTER_MS = 250;

class ShareCounter {
  private worker: Worker | null = null;
  private running = false;
  private unavailable = typeof Worker === 'undefined';

  count(request: CountRequest): Promise<Authorship> {
    if (this.unavailable) return Promise.resolve(authorship(request.draft, request.text));
    if (this.running) {
      this.worker?.terminate();
      this.worker = null;
    }
    const worker = (this.worker ??= new AuthorshipWorker());
    this.running = true;
    return new Promise((resolve, reject) => {
      worker.onmessage = (e: MessageEvent<Authorship>) => {
        this.running = false;
        resolve(e.data);
      };
      worker.onerror = () => {
        // The worker could not start: count on the page from now on, rather than never.
        this.running = false;
        this.worker = null;
        this.unavailable = true;
        try {
          resolve(authorship(request.draft, request.text));
        } catch (e) {
          reject(e instanceof Error ? e : new Error(String(e)));
        }
      };
      worker.postMessage(request);
    });
  }
}

const counter = new ShareCounter();

/** The share for the latest text counted: null until the first count; then the last one. */
export function useAuthorship(draft: string, text: string): Authorship | null {
  const [share, setShare] = useState<Authorship | null>(null);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      counter.count({ draft, text }).then(
        (a) => live && setShare(a),
        () => undefined,
      );
    }, COUNT_AFTER_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [draft, text]);
  return share;
}
