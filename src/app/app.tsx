// The app shell: skip link, header, storage notice, and the current screen. Screens other than the
// library are lazy-loaded so the first screen stays small.
import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { Route, Router, Switch, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { ScreenBoundary } from '../components/screen-boundary';
import { StorageNotice } from '../components/storage-notice';
import { LibraryScreen } from '../features/library/library-screen';
import { useSessions } from '../store/sessions-store';
import { guardUnsaved } from '../store/unsaved-guard';
import { UpdateNotice } from './offline/update-notice';
import { screens } from './preload-route';

const BriefingScreen = lazy(screens.briefing);
const PlayScreen = lazy(screens.play);
const DebriefScreen = lazy(screens.debrief);
const AssessScreen = lazy(() => import('../features/assess/assess-screen'));
const TutorScreen = lazy(() => import('../features/tutor/tutor-screen'));

export function App() {
  const init = useSessions((s) => s.init);
  useEffect(() => {
    void init();
    // While changes wait for storage, leaving the page asks first.
    return guardUnsaved(useSessions);
  }, [init]);

  return (
    <Router hook={useHashLocation}>
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        Skip to content
      </a>
      <Chrome>
        <header className="app-header">
          <a className="app-name" href="#/">
            Defuse
          </a>
          <span className="app-tagline">Practise handling difficult customers</span>
        </header>
        <StorageNotice />
        <UpdateNotice />
      </Chrome>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p role="status">Loading…</p>}>
          <Switch>
            <Route path="/briefing/:scenarioId">
              {(p) => (
                <ScreenBoundary key={p.scenarioId} doing="showing the briefing">
                  <BriefingScreen scenarioId={p.scenarioId} />
                </ScreenBoundary>
              )}
            </Route>
            <Route path="/play/:sessionId">
              {(p) => (
                <ScreenBoundary key={p.sessionId} doing="running the conversation">
                  <PlayScreen sessionId={p.sessionId} />
                </ScreenBoundary>
              )}
            </Route>
            <Route path="/debrief/:sessionId">
              {(p) => (
                <ScreenBoundary key={p.sessionId} doing="showing the debrief">
                  <DebriefScreen sessionId={p.sessionId} />
                </ScreenBoundary>
              )}
            </Route>
            <Route path="/assess" nest>
              <ScreenBoundary doing="running the assessor workspace">
                <AssessScreen />
              </ScreenBoundary>
            </Route>
            <Route path="/tutor" nest>
              <ScreenBoundary doing="running classroom mode">
                <TutorScreen />
              </ScreenBoundary>
            </Route>
            <Route path="/">
              <ScreenBoundary doing="showing the scenario library">
                <LibraryScreen />
              </ScreenBoundary>
            </Route>
            <Route>
              <h1>Page not found</h1>
              <p>
                <a href="#/">Back to the scenario library</a>
              </p>
            </Route>
          </Switch>
        </Suspense>
      </main>
    </Router>
  );
}

/** The header and notices, everywhere but the projected screen of classroom mode (the whole window). */
function Chrome({ children }: { children: ReactNode }) {
  const [path] = useLocation();
  return path.startsWith('/tutor/presenter') ? null : children;
}
