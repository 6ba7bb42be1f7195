/**
 * For component tests: a BroadcastChannel stand-in shared by the control panel and the presenter
 * rendered in one document. As with BroadcastChannel, a message reaches every other open channel
 * (never the sender), later, as a copy; `messages` keeps everything posted, for assertions.
 */
import type { ChannelLike } from '../../../store/tab-channel';
import type { PresenterMessage } from '../sync/presenter-channel';

export function presenterHub() {
  const open = new Set<ChannelLike>();
  const messages: PresenterMessage[] = [];
  const openChannel = (): ChannelLike => {
    const channel: ChannelLike = {
      onmessage: null,
      postMessage(message: unknown) {
        messages.push(structuredClone(message) as PresenterMessage);
        for (const other of open)
          if (other !== channel)
            setTimeout(
              () => other.onmessage?.({ data: structuredClone(message) } as MessageEvent),
              0,
            );
      },
      close() {
        open.delete(channel);
      },
    };
    open.add(channel);
    return channel;
  };
  return { openChannel, messages, open };
}
