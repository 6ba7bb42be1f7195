// What is on the projected screen now, in brief, and how the customer is: mood and tension, which
// only the tutor sees.
import { endingOf } from '../../../domain/scenario/lookup';
import { customerNow } from '../../../domain/escalation/engine';
import { MOOD_LABEL, TENSION_MAX } from '../../../domain/escalation/mood';
import type { EngineState } from '../../../domain/escalation/types';
import type { Scenario } from '../../../domain/scenario/schema';
import type { ClassStage } from '../../../machines/tutor.machine';

const ON_SCREEN: Partial<Record<ClassStage, string>> = {
  voting: 'the customer’s line and the options, numbered for voting',
  discussing: 'the discussion prompts, with the options',
  chosen: 'the class’s choice and the customer’s reply',
  revealed: 'what the choice did and why',
  ended: 'the ending',
};

interface ClassNowProps {
  scenario: Scenario;
  engine: EngineState;
  stage: ClassStage;
}

export function ClassNow({ scenario, engine, stage }: ClassNowProps) {
  const last = engine.history.at(-1);
  const open = stage === 'voting' || stage === 'discussing';
  const now = !engine.ending && open ? customerNow(scenario, engine) : null;
  const ending = engine.ending ? endingOf(scenario, engine.ending.id) : undefined;
  const text = `Tension ${engine.tension} of ${TENSION_MAX}`;
  return (
    <section className="tutor-card tutor-now" aria-labelledby="tutor-now-heading">
      <h2 id="tutor-now-heading">Now</h2>
      {ON_SCREEN[stage] && <p className="tutor-on-screen">On the projector: {ON_SCREEN[stage]}.</p>}
      <div className="tutor-customer-state">
        <p>
          <strong>Mood:</strong> {MOOD_LABEL[engine.mood]}
        </p>
        <div className="tutor-tension">
          <span aria-hidden="true">{text}</span>
          <div
            role="meter"
            aria-label="Tension"
            aria-valuemin={0}
            aria-valuemax={TENSION_MAX}
            aria-valuenow={engine.tension}
            aria-valuetext={text}
            className="tutor-tension-track"
          >
            <div className="tutor-tension-fill" style={{ width: `${engine.tension}%` }} />
          </div>
        </div>
      </div>
      {now && (
        <blockquote className="tutor-line">
          <p>
            <strong>{scenario.customer.name}:</strong> {now.line}
          </p>
          <p className="tutor-cue">{now.cue}</p>
        </blockquote>
      )}
      {!open && last && (
        <div className="tutor-last">
          <p>
            <strong>The class said:</strong> {last.text}
          </p>
          {last.reply && (
            <p>
              <strong>{scenario.customer.name}:</strong> {last.reply.line}{' '}
              <span className="tutor-cue">{last.reply.cue}</span>
            </p>
          )}
          <p>
            Tension {last.tensionBefore} → {last.tensionAfter}; {MOOD_LABEL[last.moodBefore]} →{' '}
            {MOOD_LABEL[last.moodAfter]}.
          </p>
        </div>
      )}
      {stage === 'ended' && ending && (
        <p>
          <strong>Ending:</strong> {ending.title}. {ending.text}
        </p>
      )}
    </section>
  );
}
