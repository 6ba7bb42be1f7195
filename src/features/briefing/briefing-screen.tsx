// The briefing route: loads the scenario, then shows its briefing, or says plainly that it is missing.
import { useScenario } from '../../app/use-scenario';
import { Briefing } from './briefing';
import './briefing.css';

export default function BriefingScreen({ scenarioId }: { scenarioId: string }) {
  const load = useScenario(scenarioId);
  if (load.status === 'loading') return <p role="status">Loading the briefing…</p>;
  if (load.status === 'missing') {
    return (
      <div className="briefing">
        <h1>Scenario not found</h1>
        <p>{load.message}</p>
        <p>It may have been renamed or removed. Choose another scenario from the library.</p>
        <p>
          <a href="#/">Back to the scenario library</a>
        </p>
      </div>
    );
  }
  return <Briefing scenario={load.scenario} />;
}
