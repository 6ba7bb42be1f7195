/**
 * The presenter window's side of the channel: says hello on opening (so the control panel sends
 * the current view at once) and bye on closing, and keeps the latest view it was sent.
 */
import { useEffect, useState } from 'react';
import type { PresenterView } from '../presenter/presenter-view';
import {
  browserPresenterChannel,
  post,
  readPresenterMessage,
  type OpenChannel,
} from './presenter-channel';

export type Feed =
  { status: 'waiting' } | { status: 'closed' } | { status: 'showing'; view: PresenterView };

export function usePresenterFeed(openChannel: OpenChannel = browserPresenterChannel): Feed {
  const [feed, setFeed] = useState<Feed>({ status: 'waiting' });
  useEffect(() => {
    const c = openChannel();
    if (!c) return;
    c.onmessage = (event: MessageEvent) => {
      const message = readPresenterMessage(event.data);
      if (message?.kind !== 'view') return;
      setFeed(message.view ? { status: 'showing', view: message.view } : { status: 'closed' });
    };
    post(c, { kind: 'hello' });
    const bye = () => post(c, { kind: 'bye' });
    window.addEventListener('pagehide', bye);
    return () => {
      window.removeEventListener('pagehide', bye);
      bye();
      c.close();
    };
  }, [openChannel]);
  return feed;
}
