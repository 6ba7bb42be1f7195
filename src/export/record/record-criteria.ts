/**
 * The criteria cross-reference: each criterion of the chosen unit, its wording, its status for this
 * session, the turns of the transcript cited for and against it, and the type of evidence (S for a
 * credited criterion of an assessment session; the codes still needed otherwise). Criteria are grouped
 * under their learning outcome, as the unit lists them.
 */
import {
  codeInWords,
  EVIDENCE_CODE_NAME,
  orList,
  STATUS_LABEL,
  turnRefs,
  unitLabel,
} from '../../domain/evidence/words';
import type { CriterionAssessment, EvidenceCode } from '../../domain/scoring/assessment-types';
import { CRITERION_STATUSES } from '../../domain/scoring/assessment-types';
import { html, joinHtml, type Html } from './html';
import type { RecordContext, RecordUnit } from './record-input';

const turnsWith = (c: CriterionAssessment, bearing: 'for' | 'against') =>
  c.refs.filter((r) => r.bearing === bearing).map((r) => r.turn);

function evidenceCell(c: CriterionAssessment): Html {
  const forTurns = turnsWith(c, 'for');
  const against = turnsWith(c, 'against');
  return html`${forTurns.length > 0 && html`<p>For: ${turnRefs(forTurns)}</p>`}${
      against.length > 0 && html`<p>Against: ${turnRefs(against)}</p>`
    }${
      c.status === 'needs-other-evidence' &&
      c.evidenceCodes.length > 0 &&
      html`<p>Needs ${orList(c.evidenceCodes.map(codeInWords))}.</p>`
    }
    <p class="rationale">${c.rationale}</p>`;
}

/** The evidence type a criterion's row names: S only when an assessment session credits it. */
function typeCell(c: CriterionAssessment, ctx: RecordContext): string {
  if (c.status === 'needs-other-evidence') return `Other: ${c.evidenceCodes.join(', ')}`;
  if (ctx.practice) return '—';
  return c.evidenceCodes.includes('S') ? 'S' : '—';
}

function rows(ctx: RecordContext, unit: RecordUnit): Html[] {
  const out: Html[] = [];
  let outcome: string | null = null;
  const columns = ctx.practice ? 4 : 5;
  for (const c of unit.assessment.criteria) {
    if (c.outcome !== null && c.outcome !== outcome)
      out.push(
        html`<tr class="outcome-row">
          <th colspan="${columns}" scope="colgroup">Learning outcome ${c.outcome}</th>
        </tr>`,
      );
    outcome = c.outcome;
    out.push(
      html`<tr>
        <th scope="row" class="code">${c.code}</th>
        <td>${c.text}</td>
        <td class="status">${STATUS_LABEL[c.status]}</td>
        <td>${evidenceCell(c)}</td>
        ${!ctx.practice && html`<td class="type">${typeCell(c, ctx)}</td>`}
      </tr>`,
    );
  }
  return out;
}

/** The evidence codes the table uses, with the BTEC specification's names for them. */
function codeKey(ctx: RecordContext, unit: RecordUnit): Html {
  const used = new Set<EvidenceCode>(
    unit.assessment.criteria.flatMap((c) =>
      ctx.practice && c.status !== 'needs-other-evidence' ? [] : c.evidenceCodes,
    ),
  );
  const codes = (Object.keys(EVIDENCE_CODE_NAME) as EvidenceCode[]).filter((k) => used.has(k));
  if (codes.length === 0) return html``;
  return html`<p class="key">
    Evidence codes (Pearson BTEC):
    ${joinHtml(
      codes.map((k) => html`<strong>${k}</strong> ${EVIDENCE_CODE_NAME[k]}`),
      '; ',
    )}.
  </p>`;
}

/** The criteria section of the record. */
export function recordCriteria(ctx: RecordContext): Html {
  const heading = `Criteria cross-reference${ctx.practice ? ' (practice: feedback only)' : ''}`;
  if (!ctx.unit)
    return html`<section class="criteria">
      <h2>${heading}</h2>
      <p>
        No criteria framework was chosen: this scenario evidences no qualification unit in this
        version of Defuse, so the record has no criteria cross-reference.
      </p>
    </section>`;
  const { unit } = ctx;
  const { assessment, framework } = unit;
  const counts = CRITERION_STATUSES.filter((s) => assessment.counts[s] > 0).map(
    (s) => `${STATUS_LABEL[s]}: ${assessment.counts[s]}`,
  );
  return html`<section class="criteria">
    <h2>${heading}</h2>
    <p>
      ${unitLabel(framework)}. Turn numbers refer to the transcript below. ${counts.join('; ')}.
    </p>
    ${
      !assessment.declaredByScenario &&
      html`<p class="small">This scenario does not declare that it evidences this unit.</p>`
    }
    <table class="criteria-table${ctx.practice ? ' practice' : ''}">
      <colgroup>
        <col class="c-code" />
        <col class="c-text" />
        <col class="c-status" />
        <col class="c-evidence" />
        ${!ctx.practice && html`<col class="c-type" />`}
      </colgroup>
      <thead>
        <tr>
          <th scope="col">Code</th>
          <th scope="col">Criterion</th>
          <th scope="col">Status</th>
          <th scope="col">Evidence from this session</th>
          ${!ctx.practice && html`<th scope="col">Evidence type</th>`}
        </tr>
      </thead>
      <tbody>
        ${rows(ctx, unit)}
      </tbody>
    </table>
    ${codeKey(ctx, unit)}
  </section>`;
}
