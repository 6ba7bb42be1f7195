// The start of a session: an optional name for the evidence record, the mode, and the start button.
// Signed in on a shared computer, the session is the signed-in learner's, under their name.
import { useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import type { SessionMode } from '../../domain/session/log-types';
import { ArrowRightIcon } from '../../components/icons';
import { useSharedComputer } from '../../store/shared-computer';
import { ModeChoice } from './mode-choice';
import { startSession } from './start-session';

export function StartForm({ scenarioId }: { scenarioId: string }) {
  const [, navigate] = useLocation();
  const [learnerName, setLearnerName] = useState('');
  const signedIn = useSharedComputer((s) => s.signedIn);
  const [mode, setMode] = useState<SessionMode>('practice');
  const [starting, setStarting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const start = async (e: FormEvent) => {
    e.preventDefault();
    if (starting) return;
    setStarting(true);
    setProblem(null);
    try {
      const id = await startSession({
        scenarioId,
        mode,
        learnerName: signedIn?.name ?? learnerName,
      });
      navigate(`/play/${id}`);
    } catch (err) {
      setProblem(
        `The session could not be started (${err instanceof Error ? err.message : String(err)}). Please try again.`,
      );
      setStarting(false);
    }
  };

  return (
    <section className="briefing-section start-panel card" aria-labelledby="briefing-start">
      <h2 id="briefing-start">Before you start</h2>
      <form onSubmit={(e) => void start(e)}>
        {signedIn ? (
          <p className="field signed-in-as">
            You are signed in as <strong>{signedIn.name}</strong> on a shared computer: this session
            will be yours, under your name.
          </p>
        ) : (
          <div className="field">
            <label htmlFor="learner-name">Your name (optional)</label>
            <p id="learner-name-hint" className="hint">
              Shown on the evidence record for this session. Leave it blank to stay anonymous.
            </p>
            <input
              id="learner-name"
              type="text"
              autoComplete="name"
              maxLength={80}
              value={learnerName}
              onChange={(e) => setLearnerName(e.target.value)}
              aria-describedby="learner-name-hint"
            />
            <p className="hint">
              On a computer other people use? <a href="#/">Sign in on the library page</a> first, so
              that only you see your sessions.
            </p>
          </div>
        )}
        <ModeChoice value={mode} onChange={setMode} />
        {problem && (
          <p className="start-problem" role="alert">
            {problem}
          </p>
        )}
        <button type="submit" className="button start-button" aria-disabled={starting || undefined}>
          Start the conversation
          <ArrowRightIcon />
        </button>
        <p className="hint">There is no time limit. Take each turn at your own pace.</p>
      </form>
    </section>
  );
}
