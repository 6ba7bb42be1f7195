// Classroom mode's start (#/tutor): what it is, a scenario and an optional class name to start a
// class session with, and the class sessions already saved in this browser to carry on with.
import { useRef, useState, type FormEvent } from 'react';
import { catalogue } from 'virtual:scenarios';
import { useLocation } from 'wouter';
import { ClassSessions } from './class-sessions';
import { startClass } from './start-class';

export function TutorHome() {
  const [, navigate] = useLocation();
  const [scenarioId, setScenarioId] = useState(catalogue[0]?.id ?? '');
  const [className, setClassName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const starting = useRef(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (starting.current) return;
    starting.current = true;
    setProblem(null);
    startClass(scenarioId, className.trim())
      .then((id) => navigate(`/class/${id}`))
      .catch((err: unknown) =>
        setProblem(`The class session could not be started (${String(err)}).`),
      )
      .finally(() => (starting.current = false));
  };
  return (
    <div className="tutor-home">
      <h1>Classroom mode</h1>
      <p className="tutor-lead">
        Run a scenario with a whole class. The projector shows the customer and the options in large
        type; your control panel, on this screen, shows your notes, each option’s techniques and
        what it would do, and the class’s votes. Choose for the class, pause for discussion, reveal
        what a choice did, rewind to explore the road not taken, and throw in a curveball.
      </p>
      <form className="card tutor-start" onSubmit={submit}>
        <fieldset>
          <legend>Scenario</legend>
          {catalogue.map((s) => (
            <label key={s.id} className="tutor-scenario">
              <input
                type="radio"
                name="scenario"
                value={s.id}
                checked={scenarioId === s.id}
                onChange={() => setScenarioId(s.id)}
              />
              <span>
                <strong>{s.title}</strong>
                <span className="field-hint">
                  {' '}
                  {s.setting} · about {s.minutes} minutes
                </span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="tutor-field">
          <label htmlFor="class-name">Class or group (optional)</label>
          <input
            id="class-name"
            type="text"
            autoComplete="off"
            value={className}
            onChange={(e) => setClassName(e.target.value)}
          />
        </div>
        <button type="submit" className="button">
          Start the class session
        </button>
        {problem && <p role="alert">{problem}</p>}
      </form>
      <ClassSessions />
    </div>
  );
}
