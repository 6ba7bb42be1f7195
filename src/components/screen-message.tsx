// A plain, full-screen message for a session or scenario that cannot be shown, with a way back.
import type { ReactNode } from 'react';

export function ScreenMessage({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="screen-message card">
      <h1>{title}</h1>
      {children}
      <p>
        <a href="#/">Back to the scenario library</a>
      </p>
    </div>
  );
}

/** Shown for a session id that is not in this browser's storage. */
export function MissingSession({ id }: { id: string }) {
  return (
    <ScreenMessage title="Session not found">
      <p>
        There is no saved session “{id}” in this browser. It may have been deleted, or started in
        another browser or a private window.
      </p>
    </ScreenMessage>
  );
}
