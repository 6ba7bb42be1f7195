// The briefing's sections, each a heading and plain text (scenario text is never rendered as HTML).
import { CheckIcon, CrossIcon } from '../../components/icons';
import { QualificationList } from '../../components/qualification-list';
import type { CatalogueEntry } from '../../domain/scenario/catalogue';

export function TextSection({ id, title, text }: { id: string; title: string; text: string }) {
  return (
    <section className="briefing-section" aria-labelledby={`briefing-${id}`}>
      <h2 id={`briefing-${id}`}>{title}</h2>
      <p>{text}</p>
    </section>
  );
}

export function ContentNotes({ notes }: { notes: string[] }) {
  return (
    <section className="briefing-section content-notes" aria-labelledby="briefing-content-notes">
      <h2 id="briefing-content-notes">Content notes</h2>
      {notes.length > 0 ? (
        <>
          <p>This conversation includes:</p>
          <ul>
            {notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>This scenario has no content notes.</p>
      )}
      <p>You can stop at any time: your progress is saved after every turn.</p>
    </section>
  );
}

export function LimitsSection({
  mayOffer,
  mayNotOffer,
}: {
  mayOffer: string[];
  mayNotOffer: string[];
}) {
  return (
    <section className="briefing-section" aria-labelledby="briefing-limits">
      <h2 id="briefing-limits">What you can and cannot offer</h2>
      <div className="limits">
        <div className="limits-column limits-can">
          <h3>You can</h3>
          <ul className="icon-list">
            {mayOffer.map((item) => (
              <li key={item}>
                <CheckIcon />
                <span>{item}</span>
              </li>
            ))}
          </ul>
        </div>
        <div className="limits-column limits-cannot">
          <h3>You cannot</h3>
          <ul className="icon-list">
            {mayNotOffer.map((item) => (
              <li key={item}>
                <CrossIcon />
                <span>{item}</span>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}

export function StepBackSection({ behaviour }: { behaviour: string }) {
  return (
    <section className="briefing-section" aria-labelledby="briefing-step-back">
      <h2 id="briefing-step-back">When to step back</h2>
      <p>What your organisation does not expect you to put up with:</p>
      <p className="tolerance">{behaviour}</p>
      <p>
        If it happens, if you feel unsafe, or if the customer needs something beyond your authority,
        choose “Step back and get support”. It is on screen at every turn, and a colleague or
        manager takes over. Stepping back at the right moment is good practice, not a failure.
      </p>
    </section>
  );
}

interface AssessedProps {
  frameworks: CatalogueEntry['frameworks'];
  channel: CatalogueEntry['channel'];
}

export function AssessedSection({ frameworks, channel }: AssessedProps) {
  return (
    <section className="briefing-section" aria-labelledby="briefing-assessed">
      <h2 id="briefing-assessed">How this session is assessed</h2>
      {frameworks.length > 0 ? (
        <>
          <p>What you say at each turn is credited against these qualification units:</p>
          <QualificationList units={frameworks} />
        </>
      ) : (
        <p>
          This scenario is not mapped to a qualification; the debrief still explains every turn.
        </p>
      )}
      <p>
        <strong>Practice</strong> shows a tension meter and hints, and afterwards you can replay
        from any turn. <strong>Assessment</strong> shows neither — read the customer’s cues as you
        would {channel === 'telephone' ? 'on a real call' : 'at a real counter'} — and there is no
        replay: the log of the conversation is your evidence.
      </p>
    </section>
  );
}
