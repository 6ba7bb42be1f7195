/**
 * The transcript: every turn as it happened (what the customer said and showed, what the learner
 * said and the customer's reply, the techniques it showed and what it did to tension and mood), each tutor override in its
 * place, and the ending. Turn numbers are the ones the criteria table cites.
 */
import { timeInWords } from '../../domain/evidence/dates';
import { TURN_QUALITY_LABEL } from '../../domain/evidence/words';
import { ENDING_KIND_LABEL } from '../../domain/escalation/ending-kinds';
import { MOOD_LABEL } from '../../domain/escalation/mood';
import { transcriptRows, type OverrideRow, type TurnRow } from '../transcript-rows';
import { html, type Html } from './html';
import type { RecordContext } from './record-input';
import { endingOf } from '../../domain/scenario/lookup';

/** "50 → 35 (down 15)" */
export function tensionChange(before: number, after: number): string {
  const change =
    after === before
      ? 'no change'
      : after > before
        ? `up ${after - before}`
        : `down ${before - after}`;
  return `${before} → ${after} (${change})`;
}

function turnItem(row: TurnRow, ctx: RecordContext): Html {
  const customer = ctx.trace.scenario.customer.name;
  const cited = [
    row.citedFor.length > 0 ? `cited for ${row.citedFor.join(', ')}` : '',
    row.citedAgainst.length > 0 ? `cited against ${row.citedAgainst.join(', ')}` : '',
  ].filter((s) => s !== '');
  return html`<li class="turn" id="turn-${row.turn}">
    <h3>
      Turn ${row.turn} · ${timeInWords(row.at, ctx.zone)} · ${TURN_QUALITY_LABEL[row.quality]}
    </h3>
    <p>
      <span class="said">${customer} (${MOOD_LABEL[row.moodBefore].toLowerCase()}):</span>
      “${row.customerLine}”
    </p>
    <p class="cue">${row.customerCue}</p>
    <p><span class="said">Learner:</span> “${row.text}”</p>
    ${
      row.reply &&
      html`<p><span class="said">${customer} replied:</span> “${row.reply.line}”</p>
        <p class="cue">${row.reply.cue}</p>`
    }
    <p class="small">
      Techniques: ${row.techniqueLabels.join(', ') || 'none'}. Tension
      ${tensionChange(row.tensionBefore, row.tensionAfter)}; mood ${MOOD_LABEL[row.moodBefore]} →
      ${MOOD_LABEL[row.moodAfter]}.${
        row.seconds !== null && ` Answered in ${row.seconds} s.`
      }${cited.length > 0 && ` Criteria: ${cited.join('; ')}.`}
    </p>
  </li>`;
}

function overrideItem(row: OverrideRow, ctx: RecordContext): Html {
  const what = [
    row.tension !== null ? `set tension to ${row.tension}` : '',
    row.beatId !== null ? `moved the conversation to beat “${row.beatId}”` : '',
  ].filter((s) => s !== '');
  return html`<li class="override">
    <strong>Tutor override</strong> (log entry ${row.seq}, ${timeInWords(row.at, ctx.zone)}): the
    tutor ${what.join(' and ') || 'changed nothing'}. Reason given: “${row.reason}”. Tension
    ${tensionChange(row.tensionBefore, row.tensionAfter)}.
  </li>`;
}

function ending(ctx: RecordContext): Html {
  const o = ctx.trace.outcome;
  if (!o)
    return html`<p class="ending">
      <strong>No ending:</strong> the conversation was not finished.
    </p>`;
  const text = endingOf(ctx.trace.scenario, o.endingId)?.text;
  return html`<p class="ending">
    <strong>Ending: ${o.title}</strong> (${ENDING_KIND_LABEL[o.kind]}).${text && html` ${text}`}
  </p>`;
}

/** The transcript section of the record. */
export function recordTranscript(ctx: RecordContext): Html {
  const rows = transcriptRows(ctx.trace, ctx.unit?.assessment);
  return html`<section class="transcript-section">
    <h2>Transcript</h2>
    ${rows.length === 0 && html`<p>No turns were taken.</p>`}
    <ol class="transcript">
      ${rows.map((r) => (r.kind === 'turn' ? turnItem(r, ctx) : overrideItem(r, ctx)))}
    </ol>
    ${ending(ctx)}
  </section>`;
}
