// One verdict per loaded file, in the order given: what it is, or exactly what is wrong with it and
// where (the first problem names the entry). Text from a file is shown as text in <bdi>, so a name
// written right to left (or with direction overrides) cannot reorder the line around it.
import { memo } from 'react';
import { FILE_KIND_LABEL, type CheckedFile } from '../../../domain/assessor/checked-file';
import { ENDING_KIND_LABEL } from '../../../domain/escalation/ending-kinds';
import { MODE_LABEL } from '../../../domain/evidence/words';
import type { BatchFile } from '../../../store/assess-batch';
import { reviewHref } from '../review/review-link';

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** Who and what the log says it is. */
function Claims({ checked }: { checked: CheckedFile }) {
  const h = checked.log?.header;
  if (!h) return null;
  const f = checked.facts;
  return (
    <p className="verdict-claims">
      {checked.ok ? '' : 'It says it is: '}
      <bdi>{h.learnerName || 'no learner name'}</bdi> · <bdi>{h.scenario.title}</bdi> ·{' '}
      {MODE_LABEL[h.mode]} · attempt {h.attempt}
      {f &&
        ` · ${plural(f.turns, 'turn')} · ${
          f.outcome ? `ended: ${ENDING_KIND_LABEL[f.outcome.kind]}` : 'not finished'
        }`}
    </p>
  );
}

/** The seal of a file that verified, which names exactly that file's content. */
const sealOf = (f: BatchFile) => (f.checked?.ok ? f.checked.log?.seal.hash : undefined);

/** Memoised: a batch's verdict list is redrawn as files are checked; a checked file never changes. */
const Verdict = memo(function Verdict({
  file,
  sameAs,
}: {
  file: BatchFile;
  sameAs: string | undefined;
}) {
  const { checked } = file;
  if (!checked)
    return (
      <li className="verdict verdict-waiting">
        <p className="verdict-file">
          <bdi>{file.name}</bdi>
        </p>
        <p className="verdict-line">Waiting to be checked…</p>
      </li>
    );
  const [first, ...rest] = checked.problems;
  const label =
    checked.ok && checked.practice
      ? 'Verified — practice session, not assessment evidence'
      : FILE_KIND_LABEL[checked.kind];
  const seal = checked.ok ? checked.log?.seal.hash : undefined;
  return (
    <li className={`verdict verdict-${checked.ok ? 'ok' : 'failed'}`}>
      <p className="verdict-file">
        <bdi>{file.name}</bdi>
      </p>
      <p className="verdict-line">
        <strong className={`verdict-badge badge-${checked.kind}`}>{label}</strong>
        {first && (
          <>
            {' — '}
            <bdi>{first}</bdi>
          </>
        )}
      </p>
      {rest.length > 0 && (
        <ul className="verdict-problems" aria-label={`Further problems with ${file.name}`}>
          {rest.map((p, i) => (
            <li key={i}>
              <bdi>{p}</bdi>
            </li>
          ))}
        </ul>
      )}
      <Claims checked={checked} />
      {sameAs && (
        <p className="verdict-same">
          The same log as <bdi>{sameAs}</bdi> (the same seal).
        </p>
      )}
      {seal && (
        <p>
          <a href={reviewHref(seal)}>
            Review <span className="visually-hidden">{file.name}</span>
          </a>
        </p>
      )}
    </li>
  );
});

/** Memoised: the workspace redraws on every verdict; this list only when the files it is given change. */
export const VerdictList = memo(function VerdictList({ files }: { files: readonly BatchFile[] }) {
  if (files.length === 0) return null;
  // A learner who sends the same file twice: say so, rather than count them as two sessions.
  const firstBySeal = new Map<string, string>();
  for (const f of files) {
    const seal = sealOf(f);
    if (seal && !firstBySeal.has(seal)) firstBySeal.set(seal, f.name);
  }
  return (
    <section className="assess-verdicts card" aria-labelledby="verdicts-heading">
      <h2 id="verdicts-heading">Verdicts</h2>
      <ol className="verdict-list">
        {files.map((f) => {
          const seal = sealOf(f);
          const first = seal ? firstBySeal.get(seal) : undefined;
          return <Verdict key={f.id} file={f} sameAs={first !== f.name ? first : undefined} />;
        })}
      </ol>
    </section>
  );
});
