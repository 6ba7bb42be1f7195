// What the class sees at each stage: the customer and their line with the options numbered for
// voting (and the discussion prompts when paused), the class's choice and the customer's reply, what
// it did and why once revealed, and the ending. Plain React text throughout.
import { CustomerFigure } from '../../play/customer-figure';
import { TelephoneFigure } from '../../play/telephone-figure';
import type { PresenterView } from './presenter-view';

export function PresenterStageView({ view }: { view: PresenterView }) {
  const phone = view.channel === 'telephone';
  const open = view.stage === 'voting' || view.stage === 'discussing';
  return (
    <div className={`presenter-stage presenter-stage-${view.stage}`}>
      <header className="presenter-bar">
        <h1 className="presenter-title">{view.scenarioTitle}</h1>
        <p className="presenter-turn">
          {view.stage === 'ended'
            ? 'The conversation has ended'
            : `Turn ${view.turn} of at most ${view.maxTurns}`}
        </p>
      </header>
      <div className="presenter-top">
        <div className="presenter-customer">
          {phone ? <TelephoneFigure mood={view.mood} /> : <CustomerFigure mood={view.mood} />}
          <p className="presenter-name">
            {phone ? `${view.customerName}, on the phone` : view.customerName}
          </p>
        </div>
        <div className="presenter-words">
          {open && view.customer && (
            <>
              <blockquote className="presenter-line" aria-label={`${view.customerName} says`}>
                {view.customer.line}
              </blockquote>
              <p className="presenter-cue">
                <span className="presenter-cue-label">{phone ? 'You hear: ' : 'You notice: '}</span>
                {view.customer.cue}
              </p>
            </>
          )}
          {!open && view.choice && (
            <div className="presenter-choice">
              <h2 className="presenter-label">The class chose</h2>
              <p className="presenter-chosen">
                <span className="presenter-number" aria-hidden="true">
                  {view.choice.number}
                </span>
                <span className="visually-hidden">Option {view.choice.number}: </span>
                {view.choice.text}
              </p>
              {view.customer && (
                <>
                  <blockquote
                    className="presenter-line presenter-reply"
                    aria-label={`${view.customerName} replies`}
                  >
                    {view.customer.line}
                  </blockquote>
                  <p className="presenter-cue">
                    <span className="presenter-cue-label">
                      {phone ? 'You hear: ' : 'You notice: '}
                    </span>
                    {view.customer.cue}
                  </p>
                </>
              )}
            </div>
          )}
        </div>
      </div>
      {view.curveball && open && (
        <p className="presenter-curveball" role="status">
          <strong>Meanwhile: </strong>
          {view.curveball}
        </p>
      )}
      {view.stage === 'discussing' && (
        <section className="presenter-discussion" aria-labelledby="presenter-discuss">
          <h2 id="presenter-discuss" className="presenter-label">
            Discuss
          </h2>
          <ul>
            {view.discussion.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        </section>
      )}
      {open && (
        <section className="presenter-options" aria-labelledby="presenter-options-heading">
          <h2 id="presenter-options-heading" className="presenter-label">
            What would you say? Vote by number
          </h2>
          <ol>
            {view.options.map((o) => (
              <li
                key={o.number}
                className={o.number === view.options.length ? 'presenter-step-back' : undefined}
              >
                <span className="presenter-number" aria-hidden="true">
                  {o.number}
                </span>
                <span className="presenter-option-text">{o.text}</span>
              </li>
            ))}
          </ol>
        </section>
      )}
      {view.reveal && (
        <section className="presenter-reveal" aria-labelledby="presenter-reveal-heading">
          <h2 id="presenter-reveal-heading" className="presenter-label">
            What it did
          </h2>
          <p>{view.reveal.whatItDid}</p>
          <p className="presenter-change">{view.reveal.change}</p>
          <h2 className="presenter-label">Why</h2>
          <p>{view.reveal.why}</p>
        </section>
      )}
      {view.ending && (
        <section className="presenter-ending" aria-labelledby="presenter-ending-heading">
          <h2 id="presenter-ending-heading" className="presenter-ending-title">
            {view.ending.title}
          </h2>
          <p>{view.ending.text}</p>
        </section>
      )}
    </div>
  );
}
