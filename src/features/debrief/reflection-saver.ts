/**
 * Saves a session's reflective account to the sessions store. Typing schedules a save (debounced);
 * `flush` writes whatever is pending at once (on blur, page hide and unmount). Writes run one after
 * another, each merged into the latest stored record, so a slow write can never overwrite a newer
 * one and nothing else on the record is lost. A failed write stays pending and is retried on the
 * next change or flush.
 */
import type { ReflectionRecord } from '../../domain/session/session-record';
import { useSessions } from '../../store/sessions-store';

export const SAVE_DELAY_MS = 400;

export interface SaverEvents {
  onSaved(): void;
  onError(message: string): void;
}

export class ReflectionSaver {
  private pending: ReflectionRecord | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly sessionId: string,
    private readonly events: SaverEvents,
  ) {}

  /** Saves `reflection` after a pause in changes. */
  schedule(reflection: ReflectionRecord): void {
    this.pending = reflection;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
  }

  /** Saves `reflection` now; resolves once it is stored (or has failed and stays pending). */
  saveNow(reflection: ReflectionRecord): Promise<void> {
    this.pending = reflection;
    return this.flush();
  }

  /** Writes any pending change now. */
  flush(): Promise<void> {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    const reflection = this.pending;
    if (!reflection) return this.queue;
    this.pending = null;
    this.queue = this.queue.then(() => this.write(reflection));
    return this.queue;
  }

  private async write(reflection: ReflectionRecord): Promise<void> {
    const store = useSessions.getState();
    const latest = store.sessions.find((r) => r.id === this.sessionId);
    if (!latest) return;
    try {
      await store.save({ ...latest, reflection });
      this.events.onSaved();
    } catch (e) {
      // Keep it for the next attempt unless something newer is already waiting.
      this.pending ??= reflection;
      this.events.onError(e instanceof Error ? e.message : String(e));
    }
  }
}
