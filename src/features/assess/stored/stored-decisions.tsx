// "Decisions recorded in this browser": every decision kept in `defuse-assess`, each downloadable as
// JSON even when its log is not loaded, and every stored record that does not read back as a
// decision, with what is wrong — reported, downloadable as it is and deletable, never hidden.
import { useState } from 'react';
import { ConfirmDeleteDialog } from '../../../components/confirm-delete-dialog';
import { dateTimeInWords } from '../../../domain/evidence/dates';
import {
  OVERALL_DECISION_LABEL,
  type DecisionRecord,
} from '../../../domain/assessor/decision-types';
import { downloadFile } from '../../../export/download';
import { rawRecordJson } from '../../../export/raw-record-json';
import type { BadDecision } from '../../../store/decision-db';
import { useDecisions } from '../../../store/decisions-store';

async function downloadDecision(record: DecisionRecord) {
  const { decisionJson } = await import('../../../export/decision-json');
  const file = decisionJson(record);
  downloadFile(file.fileName, file.text, 'application/json');
}

function BadDecisions({ bad }: { bad: readonly BadDecision[] }) {
  const removeBad = useDecisions((s) => s.removeBad);
  const [pending, setPending] = useState<BadDecision | null>(null);
  return (
    <div className="notice notice-warning" role="alert">
      <p>
        {bad.length === 1
          ? '1 stored decision could not be read'
          : `${bad.length} stored decisions could not be read`}
        . They are kept exactly as stored:
      </p>
      <ul>
        {bad.map((b, i) => (
          <li key={b.label}>
            <bdi>{b.label}</bdi>: {b.problems.slice(0, 3).join('; ')}
            {b.problems.length > 3 && ` (and ${b.problems.length - 3} more)`}{' '}
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() =>
                downloadFile(
                  `defuse-bad-decision-${i + 1}.json`,
                  rawRecordJson(b.raw),
                  'application/json',
                )
              }
            >
              Download as it is <span className="visually-hidden">{b.label}</span>
            </button>{' '}
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => setPending(b)}
            >
              Delete <span className="visually-hidden">{b.label}</span>
            </button>
          </li>
        ))}
      </ul>
      {pending && (
        <ConfirmDeleteDialog
          title="Delete this stored decision?"
          onKeep={() => setPending(null)}
          onDelete={async () => {
            await removeBad(pending.key);
            setPending(null);
          }}
          returnFocusTo={() => document.getElementById('stored-heading')}
        >
          <p>
            <bdi>{pending.label}</bdi>: {pending.problems[0]}
          </p>
          <p>This removes it from this browser for good. Download it first if it may be needed.</p>
        </ConfirmDeleteDialog>
      )}
    </div>
  );
}

export function StoredDecisions() {
  const status = useDecisions((s) => s.status);
  const problem = useDecisions((s) => s.problem);
  const records = useDecisions((s) => s.records);
  const bad = useDecisions((s) => s.bad);
  const [failed, setFailed] = useState<string | null>(null);
  const download = (r: DecisionRecord) => {
    setFailed(null);
    downloadDecision(r).catch((e: unknown) =>
      setFailed(`That could not be downloaded (${e instanceof Error ? e.message : String(e)}).`),
    );
  };
  if (status === 'unavailable')
    return (
      <p className="notice notice-warning" role="alert">
        {problem} You can still verify and review logs; download each decision as you record it.
      </p>
    );
  if (records.length === 0 && bad.length === 0) return null;
  const sorted = [...records].sort((a, b) => b.decidedAt - a.decidedAt);
  return (
    <section className="assess-stored card" aria-labelledby="stored-heading">
      <h2 id="stored-heading" tabIndex={-1}>
        Decisions recorded in this browser
      </h2>
      {bad.length > 0 && <BadDecisions bad={bad} />}
      {sorted.length > 0 && (
        <ul className="stored-list">
          {sorted.map((r) => {
            const who = r.log.learnerName || 'No learner name';
            return (
              <li key={`${r.log.sealHash}/${r.unit.frameworkId}`}>
                <bdi>{who}</bdi> · <bdi>{r.log.scenario.title}</bdi> · attempt {r.log.attempt} ·{' '}
                {r.unit.title}: <strong>{OVERALL_DECISION_LABEL[r.overall.decision]}</strong>, by{' '}
                <bdi>{r.assessor.name}</bdi> on {dateTimeInWords(r.decidedAt, r.log.timeZone)}{' '}
                <button
                  type="button"
                  className="button button-secondary button-small"
                  onClick={() => download(r)}
                >
                  Download the decision (JSON){' '}
                  <span className="visually-hidden">
                    for {who}, {r.unit.title}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {failed && <p role="alert">{failed}</p>}
    </section>
  );
}
