// The presenter window (#/tutor/presenter), for the projector: what the class sees and nothing else.
// It shows the latest view the control panel sent (presenter-view.ts decides what that may hold) in
// type large enough to read from the back of a room, scaled down only as far as keeps it all in view.
import { useRef } from 'react';
import { MotionProvider } from '../../play/motion-provider';
import { usePresenterFeed } from '../sync/use-presenter-feed';
import type { OpenChannel } from '../sync/presenter-channel';
import { PresenterStageView } from './presenter-stage';
import { useFit } from './use-fit';
import './presenter.css';

export function PresenterScreen({ openChannel }: { openChannel?: OpenChannel }) {
  const feed = usePresenterFeed(openChannel);
  const frame = useRef<HTMLDivElement>(null);
  const view = feed.status === 'showing' ? feed.view : null;
  // Never below 0.64: the customer's line stays at 33 px or more on a 1080 p projector.
  useFit(frame, view, 0.64);
  return (
    <div className="presenter" ref={frame}>
      {view ? (
        <MotionProvider>
          <PresenterStageView view={view} />
        </MotionProvider>
      ) : (
        <div className="presenter-waiting">
          <h1>Defuse classroom</h1>
          <p role="status">
            {feed.status === 'closed'
              ? 'The class session was closed on the control panel. Open one there to carry on.'
              : 'Waiting for the control panel…'}
          </p>
          <p>Keep this window on the projector: it follows the tutor’s control panel.</p>
        </div>
      )}
    </div>
  );
}
