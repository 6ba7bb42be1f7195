/**
 * The control panel's side of the presenter channel: posts the view whenever it changes and in
 * answer to every hello, and follows whether a presenter window is open.
 */
import { useEffect, useRef, useState } from 'react';
import type { PresenterView } from '../presenter/presenter-view';
import {
  browserPresenterChannel,
  post,
  readPresenterMessage,
  type OpenChannel,
} from './presenter-channel';
import type { ChannelLike } from '../../../store/tab-channel';

export function usePresenterSync(
  view: PresenterView | null,
  openChannel: OpenChannel = browserPresenterChannel,
): { connected: boolean } {
  const [connected, setConnected] = useState(false);
  const channel = useRef<ChannelLike | null>(null);
  const latest = useRef(view);
  useEffect(() => {
    latest.current = view;
  });
  useEffect(() => {
    const c = openChannel();
    channel.current = c;
    if (!c) return;
    c.onmessage = (event: MessageEvent) => {
      const message = readPresenterMessage(event.data);
      if (message?.kind === 'hello') {
        setConnected(true);
        if (latest.current) post(c, { kind: 'view', view: latest.current });
      } else if (message?.kind === 'bye') setConnected(false);
    };
    // A presenter already open hears of this control panel at once.
    if (latest.current) post(c, { kind: 'view', view: latest.current });
    const leave = () => post(c, { kind: 'view', view: null });
    window.addEventListener('pagehide', leave);
    return () => {
      window.removeEventListener('pagehide', leave);
      leave();
      c.close();
      channel.current = null;
    };
  }, [openChannel]);
  useEffect(() => {
    if (view) post(channel.current, { kind: 'view', view });
  }, [view]);
  return { connected };
}
