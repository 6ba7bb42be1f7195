// Classroom mode (#/tutor…), lazy-loaded: the start screen, a class session's control panel, and the
// presenter window for the projector. Class sessions are kept in the classroom's own storage.
import { useEffect, type ReactNode } from 'react';
import { Route, Switch } from 'wouter';
import { guardUnsaved } from '../../store/unsaved-guard';
import { ClassScreen } from './control/class-screen';
import { TutorHome } from './home/tutor-home';
import { PresenterScreen } from './presenter/presenter-screen';
import { ClassroomStorageNotice } from './store/classroom-storage-notice';
import { useClassroom } from './store/classroom-store';
import './tutor.css';

export default function TutorScreen() {
  return (
    <Switch>
      <Route path="/presenter">
        <PresenterScreen />
      </Route>
      <Route>
        <WithClassroom>
          <Switch>
            <Route path="/class/:sessionId">{(p) => <ClassScreen sessionId={p.sessionId} />}</Route>
            <Route path="/">
              <TutorHome />
            </Route>
            <Route>
              <h1>Page not found</h1>
              <p>
                <a href="#/tutor">Back to classroom mode</a>
              </p>
            </Route>
          </Switch>
        </WithClassroom>
      </Route>
    </Switch>
  );
}

/** Opens the classroom's storage, and asks before leaving while anything is unsaved. */
function WithClassroom({ children }: { children: ReactNode }) {
  const init = useClassroom((s) => s.init);
  useEffect(() => {
    void init();
    return guardUnsaved(useClassroom);
  }, [init]);
  return (
    <>
      <ClassroomStorageNotice />
      {children}
    </>
  );
}
