/**
 * The end of the record: the space for the assessor's decision and declaration (Pearson's BTEC
 * specification: the assessor declares the evidence is the learner's own, sources are referenced and
 * a false declaration is malpractice) — or, once the assessor has recorded it in the workspace, the
 * decision itself: each criterion met or not yet met with how, the overall decision, and who made
 * it — and the log's seal for the assessor to note on receipt.
 */
import {
  ASSESSOR_DECLARATION,
  CRITERION_DECISION_LABEL,
  OVERALL_DECISION_LABEL,
  type DecisionRecord,
} from '../../domain/assessor/decision-types';
import { dateTimeInWords } from '../../domain/evidence/dates';
import { exportFileName } from '../file-name';
import { html, type Html } from './html';
import type { RecordContext } from './record-input';

export { ASSESSOR_DECLARATION };

const line = (label: string) => html`<p class="sign-line">${label}</p>`;

/** The decision as recorded: criterion by criterion, then overall, then who declared it. */
function recordedDecision(ctx: RecordContext, d: DecisionRecord): Html {
  return html`<section class="assessor-decision">
    <h2>Assessor’s decision</h2>
    <p class="overall">
      <strong>Decision: ${OVERALL_DECISION_LABEL[d.overall.decision]}</strong> — ${d.unit.title}
    </p>
    ${d.overall.comment && html`<p class="overall-comment">${d.overall.comment}</p>`}
    <table class="decision-table">
      <colgroup>
        <col class="c-code" />
        <col class="c-decision" />
        <col class="c-comment" />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">Code</th>
          <th scope="col">Decision</th>
          <th scope="col">How it was met, or why it is not yet met</th>
        </tr>
      </thead>
      <tbody>
        ${d.criteria.map(
          (c) =>
            html`<tr>
              <th scope="row" class="code">${c.code}</th>
              <td>${CRITERION_DECISION_LABEL[c.decision]}</td>
              <td>${c.comment || '—'}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    <h3>Assessor’s declaration</h3>
    <blockquote>${d.assessor.declaration}</blockquote>
    <div class="decision">
      <p>Declared by: <strong>${d.assessor.name}</strong>, ${d.assessor.role}</p>
      <p>Date: ${dateTimeInWords(d.decidedAt, ctx.zone)}</p>
      <p class="small">
        Recorded in Defuse ${d.appVersion}. Before it is given to the learner, an internal verifier
        validates the decision.
      </p>
    </div>
  </section>`;
}

/** The assessor's section of the record. */
export function recordAssessor(ctx: RecordContext): Html {
  if (ctx.decision && !ctx.practice) return recordedDecision(ctx, ctx.decision);
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
