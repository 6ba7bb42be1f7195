// The assessor workspace (#/assess), lazy-loaded: the workspace page and the review of one verified
// log (#/assess/review/<seal hash>). Decisions are read from this browser's `defuse-assess` store
// once, when the workspace first opens.
import { useEffect } from 'react';
import { Route, Switch } from 'wouter';
import { useDecisions } from '../../store/decisions-store';
import { ReviewScreen } from './review/review-screen';
import { Workspace } from './workspace';
import '../debrief/debrief.css';
import '../debrief/assessment.css';
import './assess.css';

export default function AssessScreen() {
  const load = useDecisions((s) => s.load);
  const status = useDecisions((s) => s.status);
  useEffect(() => {
    if (status === 'idle') void load();
  }, [status, load]);
  return (
    <Switch>
      <Route path="/review/:seal">{(p) => <ReviewScreen key={p.seal} sealHash={p.seal} />}</Route>
      <Route path="/">
        <Workspace />
      </Route>
      <Route>
        <h1>Page not found</h1>
        <p>
          <a href="#/assess">Back to the assessor workspace</a>
        </p>
      </Route>
    </Switch>
  );
}
