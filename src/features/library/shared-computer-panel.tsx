// At the start, the choice of a shared computer: sign in with your name for this visit, so that only
// your sessions are shown and they are removed when you sign out or close the browser. Signed in, it
// says so, how many assessment attempts are not yet downloaded, and offers "Sign out", which asks
// before it removes anything.
import { useId, useRef, useState, type FormEvent } from 'react';
import { runtime } from '../../app/runtime';
import { exportState, useExportedLogs } from '../../store/exported-logs';
import { useSharedComputer } from '../../store/shared-computer';
import { useSessionRecords } from '../../store/use-session-record';
import { RemoveSessionsDialog, sessionsWord } from './remove-sessions-dialog';

const HEADING_ID = 'shared-computer-heading';

function SignInForm({ onSignedIn }: { onSignedIn(): void }) {
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const inputId = useId();
  const signIn = (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) {
      setProblem('Enter your name to sign in.');
      document.getElementById(inputId)?.focus();
      return;
    }
    useSharedComputer.getState().signIn(name, runtime.newId(), runtime.now());
    onSignedIn();
  };
  return (
    <form className="shared-form" noValidate onSubmit={signIn}>
      <div className={`field${problem ? ' field-invalid' : ''}`}>
        <label htmlFor={inputId}>Your name</label>
        {problem && (
          <p id={`${inputId}-error`} className="field-error">
            <span className="visually-hidden">Error:</span> {problem}
          </p>
        )}
        <input
          id={inputId}
          type="text"
          // Never the name the browser remembers from the last person at this computer.
          autoComplete="off"
          maxLength={80}
          value={name}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${inputId}-error` : undefined}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <button type="submit" className="button">
        Sign in on a shared computer
      </button>
    </form>
  );
}

export function SharedComputerPanel() {
  const signedIn = useSharedComputer((s) => s.signedIn);
  const mine = useSessionRecords();
  const exported = useExportedLogs((s) => s.exported);
  const [asking, setAsking] = useState(false);
  const [said, setSaid] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const signedOut = useRef(false);
  const notKept = mine.filter(
    (s) => s.mode === 'assessment' && exportState(exported, s.id, s.log.entries.length) !== 'kept',
  ).length;

  const signOut = () => {
    useSharedComputer.getState().signOut();
    heading.current?.focus();
  };

  return (
    <section className="library-section shared-computer card" aria-labelledby={HEADING_ID}>
      <h2 id={HEADING_ID} ref={heading} tabIndex={-1}>
        {signedIn ? `Signed in as ${signedIn.name}` : 'On a shared computer?'}
      </h2>
      <p aria-live="polite" className="shared-said">
        {said}
      </p>
      {signedIn ? (
        <>
          <p>
            You are signed in on a shared computer: only your sessions are shown. They are removed
            from this computer when you sign out or close the browser, so download your evidence
            from each debrief before you go.
          </p>
          {notKept > 0 && (
            <p className="shared-not-kept">
              {notKept === 1
                ? 'One assessment attempt has not been downloaded yet.'
                : `${notKept} assessment attempts have not been downloaded yet.`}
            </p>
          )}
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              signedOut.current = false;
              if (mine.length > 0) return setAsking(true);
              // Nothing of this visit is stored: nothing to ask about.
              signOut();
              setSaid('Signed out.');
            }}
          >
            Sign out
          </button>
        </>
      ) : (
        <>
          <p>
            Sign in for this visit so that only your sessions are shown here, and nobody after you
            sees them. They stay on this computer until you sign out or close the browser: download
            your evidence before you go.
          </p>
          <SignInForm
            onSignedIn={() => {
              setSaid(null);
              heading.current?.focus();
            }}
          />
        </>
      )}
      {asking && signedIn && (
        <RemoveSessionsDialog
          title="Sign out and remove your sessions?"
          confirmLabel={`Sign out and remove ${sessionsWord(mine.length)}`}
          sessions={mine}
          onKeep={() => setAsking(false)}
          onRemoved={(n) => {
            signedOut.current = true;
            setAsking(false);
            signOut();
            setSaid(`Signed out. Removed ${sessionsWord(n)} from this computer.`);
          }}
          // Kept: back to "Sign out"; signed out: to the heading, which now offers signing in.
          returnFocusTo={() => (signedOut.current ? heading.current : null)}
        />
      )}
    </section>
  );
}
