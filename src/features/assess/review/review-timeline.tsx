// The transcript as a timeline, read from the same rows the CSV and printable record use: for each
// turn the customer's line and cue, what the learner said, the customer's reply and its cue, the
// techniques and what the turn did, and the criteria that cite it; tutor overrides in their place.
// Each turn is the anchor (turn-N) the criteria's evidence links jump to.
import { MOOD_LABEL } from '../../../domain/escalation/mood';
import { timeInWords } from '../../../domain/evidence/dates';
import { TURN_QUALITY_LABEL } from '../../../domain/evidence/words';
import type { Assessment } from '../../../domain/scoring/assessment-types';
import type { Trace } from '../../../domain/session/trace';
import { transcriptRows, type OverrideRow, type TurnRow } from '../../../export/transcript-rows';
import { turnAnchor } from '../../debrief/criteria-jump';
import { TurnExchange } from '../../debrief/turn-exchange';

function overrideWords(row: OverrideRow): string {
  const what = [
    row.tension !== null ? `tension set to ${row.tension}` : null,
    row.beatId !== null ? `moved to “${row.beatId}”` : null,
  ].filter((w) => w !== null);
  return what.join(' and ') || 'no change';
}

function TurnItem({ row, customer, zone }: { row: TurnRow; customer: string; zone: string }) {
  return (
    <li id={turnAnchor(row.turn)} className={`timeline-item turn-${row.quality}`} tabIndex={-1}>
      <h3>
        Turn {row.turn}{' '}
        <span className="timeline-time">
          {timeInWords(row.at, zone)}
          {row.seconds !== null && `, after ${row.seconds} s`}
        </span>
      </h3>
      <TurnExchange
        customerName={customer}
        moodBefore={row.moodBefore}
        customerLine={row.customerLine}
        customerCue={row.customerCue}
        text={row.text}
        reply={row.reply}
        learner="Learner"
      />
      <p className="timeline-effect">
        {row.techniqueLabels.length > 0 ? row.techniqueLabels.join(', ') : 'No technique'} (
        {TURN_QUALITY_LABEL[row.quality].toLowerCase()}). Tension {row.tensionBefore} →{' '}
        {row.tensionAfter}, {MOOD_LABEL[row.moodAfter].toLowerCase()}.
      </p>
      {(row.citedFor.length > 0 || row.citedAgainst.length > 0) && (
        <p className="timeline-cited">
          {row.citedFor.length > 0 && `Cited for ${row.citedFor.join(', ')}. `}
          {row.citedAgainst.length > 0 && `Counts against ${row.citedAgainst.join(', ')}.`}
        </p>
      )}
    </li>
  );
}

export function ReviewTimeline({
  trace: t,
  assessment,
}: {
  trace: Trace;
  assessment?: Assessment;
}) {
  const rows = transcriptRows(t, assessment);
  const zone = t.log.header.timeZone;
  return (
    <section className="review-timeline card" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Transcript</h2>
      {rows.length === 0 ? (
        <p>No turns were taken.</p>
      ) : (
        <ol className="timeline">
          {rows.map((r) =>
            r.kind === 'turn' ? (
              <TurnItem key={r.seq} row={r} customer={t.scenario.customer.name} zone={zone} />
            ) : (
              <li key={r.seq} className="timeline-item timeline-override">
                <h3>
                  Tutor override <span className="timeline-time">{timeInWords(r.at, zone)}</span>
                </h3>
                <p>
                  {overrideWords(r)}. Reason given: “{r.reason}”. Tension {r.tensionBefore} →{' '}
                  {r.tensionAfter}.
                </p>
              </li>
            ),
          )}
        </ol>
      )}
    </section>
  );
}
