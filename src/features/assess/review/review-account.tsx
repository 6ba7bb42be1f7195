// The reflective account as the assessor must read it: the learner's own words and the words kept
// from the generated draft told apart (marked, and named for screen readers), the share of each,
// the draft itself, and the declaration — signed, changed since signing, or not signed.
import { useMemo } from 'react';
import { isoDateInWords } from '../../../domain/evidence/dates';
import { authorshipSentence } from '../../../domain/evidence/words';
import { authoredSegments, authorship } from '../../../domain/reflection/authorship';
import type { Trace } from '../../../domain/session/trace';
import { unitLabelById } from '../../debrief/assessment-frameworks';

function Declaration({ trace: t }: { trace: Trace }) {
  const d = t.declaration;
  if (!d)
    return (
      <p>
        <strong>Not signed.</strong> The learner has not signed the authenticity declaration, so the
        account is not yet evidence (RA).
      </p>
    );
  return (
    <>
      <p>
        Signed by <bdi>{d.name}</bdi> on {isoDateInWords(d.date)} (log entry {d.seq}).
      </p>
      {!d.current && (
        <p className="notice notice-warning">
          The account was changed after it was signed (signed: entry {d.revision}; this text: entry{' '}
          {t.reflection?.revision}). The declaration covers an earlier text.
        </p>
      )}
    </>
  );
}

export function ReviewAccount({ trace: t }: { trace: Trace }) {
  const r = t.reflection;
  const segments = useMemo(() => (r ? authoredSegments(r.draft, r.text) : []), [r]);
  const share = useMemo(() => (r ? authorship(r.draft, r.text) : null), [r]);
  return (
    <section className="review-account card" aria-labelledby="account-heading">
      <h2 id="account-heading">Reflective account</h2>
      {!r || !share ? (
        <p>No reflective account was written for this session.</p>
      ) : (
        <>
          <p>
            Written for {unitLabelById(r.frameworkId)}; {r.revisions}{' '}
            {r.revisions === 1 ? 'revision' : 'revisions'} saved. {authorshipSentence(share)}.
          </p>
          <p className="account-key">
            <span className="own-words">The learner’s own words</span> are shown plainly;{' '}
            <mark className="from-draft">words kept from the generated draft</mark> are marked.
          </p>
          <div
            className="account-text"
            aria-label="The account, as the learner left it"
            role="group"
          >
            {segments.map((s, i) =>
              s.own ? (
                <span key={i} className="own-words">
                  {s.text}
                </span>
              ) : (
                <mark key={i} className="from-draft">
                  <span className="visually-hidden">[kept from the draft: </span>
                  {s.text}
                  <span className="visually-hidden">]</span>
                </mark>
              ),
            )}
          </div>
          <details className="account-draft">
            <summary>The draft Defuse generated</summary>
            <p className="account-text">{r.draft}</p>
          </details>
          <h3>Declaration</h3>
          <Declaration trace={t} />
        </>
      )}
    </section>
  );
}
