/**
 * Tells other tabs of this browser that a session changed, on BroadcastChannel('defuse-sessions'),
 * so each reads it again and every screen shows its latest state. Messages name the database, so
 * tabs (and tests) using another database ignore them.
 */
export const CHANNEL_NAME = 'defuse-sessions';

export interface ChannelLike {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent) => void) | null;
  close(): void;
}

export const browserChannel = (): ChannelLike | null =>
  typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL_NAME) : null;

export class TabChannel {
  constructor(
    private readonly channel: ChannelLike | null,
    private readonly dbName: string,
    onChange: (sessionId: string) => void,
  ) {
    if (channel)
      channel.onmessage = (event: MessageEvent) => {
        const data = event.data as { db?: unknown; sessionId?: unknown } | null;
        if (data?.db === dbName && typeof data.sessionId === 'string') onChange(data.sessionId);
      };
  }

  post(sessionId: string): void {
    try {
      this.channel?.postMessage({ db: this.dbName, sessionId });
    } catch {
      // A closed channel: other tabs learn of the change when they next write.
    }
  }

  close(): void {
    this.channel?.close();
  }
}
