/**
 * The end of the record: the space for the assessor's decision and declaration (Pearson's BTEC
 * specification: the assessor declares the evidence is the learner's own, sources are referenced and
 * a false declaration is malpractice), and the log's seal for the assessor to note on receipt.
 */
import { dateTimeInWords } from '../../domain/evidence/dates';
import { exportFileName } from '../file-name';
import { html, type Html } from './html';
import type { RecordContext } from './record-input';

/** The assessor's declaration, from the points seed 003 ("Authenticity of learner work") lists. */
export const ASSESSOR_DECLARATION =
  'I declare that the evidence submitted for this assessment is the learner’s own, that the learner ' +
  'has clearly referenced any sources used in the work, and that I understand that false ' +
  'declaration is a form of malpractice.';

const line = (label: string) => html`<p class="sign-line">${label}</p>`;

/** The assessor's section of the record. */
export function recordAssessor(ctx: RecordContext): Html {
  if (ctx.practice)
    return html`<section class="assessor">
      <h2>Assessor’s decision</h2>
      <p>
        Not applicable: this is a practice session. It is not assessment evidence and no criterion
        may be credited from it.
      </p>
    </section>`;
  return html`<section class="assessor">
    <h2>Assessor’s decision</h2>
    <div class="decision">
      <p>Criteria met (codes):</p>
      <div class="write-in write-in-short"></div>
      <p>Decision:<span class="box"></span>Achieved<span class="box"></span>Not yet achieved</p>
      <p>Feedback to the learner:</p>
      <div class="write-in"></div>
    </div>
    <h3>Assessor’s declaration</h3>
    <blockquote>${ASSESSOR_DECLARATION}</blockquote>
    <div class="sign-lines">
      ${line('Assessor’s name')}${line('Role')}${line('Signature')}${line('Date')}
    </div>
  </section>`;
}

/** The integrity section: the seal in full, and what it does and does not prove. */
export function recordIntegrity(ctx: RecordContext): Html {
  const { header } = ctx.trace.log;
  return html`<section class="integrity">
    <h2>Integrity of the log</h2>
    <div class="hash-box">
      <p><strong>Seal (SHA-256) — note this on receipt:</strong></p>
      <p class="hash">${ctx.sealHash}</p>
    </div>
    <p class="small">
      The seal is a hash over the whole session log file ${exportFileName(header, 'json')} exported
      with this record (${dateTimeInWords(ctx.exportedAt, ctx.zone)}). Check the file you received
      with <code>npm run verify</code>: it recomputes the hash chain and the seal and replays every
      entry. A matching seal shows the file has not changed since it was exported; it does not show
      who made it.
    </p>
  </section>`;
}
