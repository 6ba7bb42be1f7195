/**
 * The reflective account (evidence code RA once signed): the learner's text as its latest revision
 * leaves it, their share of own words against the generated draft, and the authenticity declaration
 * with the name and the learner's local date. An account changed after signing is said to be
 * unsigned: the declaration covers an earlier text.
 */
import { isoDateInWords } from '../../domain/evidence/dates';
import { authorshipSentence } from '../../domain/evidence/words';
import { html, type Html } from './html';
import type { RecordContext } from './record-input';

function declaration(ctx: RecordContext): Html {
  const d = ctx.trace.declaration;
  const r = ctx.trace.reflection;
  if (!d)
    return html`<p>
      <strong>Not signed.</strong> The learner has not signed the declaration, so the account is not
      yet evidence (RA).
    </p>`;
  return html`<h3>Learner’s declaration</h3>
    <blockquote>${d.statement}</blockquote>
    <p>Signed: <strong>${d.name}</strong></p>
    <p>Date: ${isoDateInWords(d.date)} (${d.date}, the learner’s local date)</p>
    ${
      !d.current &&
      html`<p class="banner">
        The account was changed after it was signed (signed: log entry ${d.revision}; current text:
        log entry ${r?.revision ?? '?'}). The declaration covers an earlier text, so the account
        above is not signed evidence (RA) until the learner signs it again.
      </p>`
    }`;
}

/** The reflective-account section of the record. */
export function recordReflection(ctx: RecordContext): Html {
  const r = ctx.trace.reflection;
  if (!r)
    return html`<section class="reflection">
      <h2>Reflective account</h2>
      <p>No reflective account has been written for this session.</p>
    </section>`;
  const share = ctx.share;
  return html`<section class="reflection">
    <h2>Reflective account${ctx.signed && !ctx.practice ? ' (RA)' : ''}</h2>
    ${
      ctx.unit !== null &&
      r.frameworkId !== ctx.unit.framework.id &&
      html`<p class="small">Written for another unit (criteria framework “${r.frameworkId}”).</p>`
    }
    <div class="account">${r.text.trim()}</div>
    ${
      share &&
      html`<p>
        <strong>Authorship:</strong> ${authorshipSentence(share)}. The other words were kept from a
        draft generated from the simulation session.
      </p>`
    }
    ${declaration(ctx)}
  </section>`;
}
