// "Learning Record Store": whether one is set up, what is waiting to send, and the settings. On the
// library and in the debrief's "Keep your evidence". Only this and the settings check are on the
// first screen; the status (which starts the sender) and the dialog are loaded when needed.
import { lazy, Suspense, useEffect, useId, useState } from 'react';
import { loadLrsSettings, SETTINGS_KEY } from '../../lrs/lrs-settings';
import './lrs.css';

const LrsStatus = lazy(() => import('./lrs-status'));
const LrsSettingsDialog = lazy(() => import('./lrs-settings-dialog'));

export function LrsPanel({ level = 2 }: { level?: 2 | 3 }) {
  const [loaded, setLoaded] = useState(loadLrsSettings);
  const [open, setOpen] = useState(false);
  const headingId = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  // Settings saved or removed in another tab.
  useEffect(() => {
    const changed = (e: StorageEvent) => {
      if (e.key === SETTINGS_KEY) setLoaded(loadLrsSettings());
    };
    addEventListener('storage', changed);
    return () => removeEventListener('storage', changed);
  }, []);
  const configured = loaded.settings !== null;

  return (
    <section className="lrs-panel" aria-labelledby={headingId}>
      <Heading id={headingId}>Learning Record Store</Heading>
      {configured ? (
        <Suspense fallback={<p>Reading what is waiting to send…</p>}>
          <LrsStatus />
        </Suspense>
      ) : (
        <p>
          Not set up: your sessions stay in this browser. If your college keeps learning records in
          an LRS (xAPI), it can give you an address and a key to send finished sessions there.
        </p>
      )}
      {loaded.problem && (
        <p role="alert">The LRS is off: {loaded.problem}. Enter the settings again.</p>
      )}
      <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
        LRS settings
      </button>
      {open && (
        <Suspense fallback={null}>
          <LrsSettingsDialog
            onClose={() => {
              setOpen(false);
              setLoaded(loadLrsSettings());
            }}
          />
        </Suspense>
      )}
    </section>
  );
}
