// "Keep your evidence": the session log (JSON, the evidence file itself), the turns as CSV, the
// printable assessment record and the xAPI statements for a Learning Record Store. Each is made by a pure exporter in src/export from the log's trace;
// the exporters are loaded only when a button is pressed, so they cost the debrief nothing until then.
import { memo, useState } from 'react';
import { runtime } from '../../app/runtime';
import { recordMarkup } from '../../app/trusted-types';
import type { Assessment } from '../../domain/scoring/assessment-types';
import type { Framework } from '../../domain/scoring/framework-schema';
import type { Trace } from '../../domain/session/trace';
import { downloadFile } from '../../export/download';
import { printHtml } from '../../export/print-html';
import type { SessionRecord } from '../../store/session-view';
import { downloadSessionLog } from '../library/download-session-log';
import { SharedComputerNote } from '../library/shared-computer-note';
import { LrsPanel } from '../lrs/lrs-panel';

interface DebriefExportsProps {
  record: SessionRecord;
  trace: Trace;
  /** The unit chosen in the criteria matrix, when the scenario evidences any. */
  unit?: { framework: Framework; assessment: Assessment };
}

/** Memoised: it changes as the account is saved, not with every key typed. */
export const DebriefExports = memo(function DebriefExports({
  record,
  trace: t,
  unit,
}: DebriefExportsProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const practice = record.mode === 'practice';
  const run = (job: () => Promise<void>) => () => {
    setProblem(null);
    job().catch((e: unknown) =>
      setProblem(`That could not be made (${e instanceof Error ? e.message : String(e)}).`),
    );
  };

  const json = run(async () => {
    await downloadSessionLog(t.log);
  });
  const csv = run(async () => {
    const { turnsCsv, turnsCsvFileName } = await import('../../export/turns-csv');
    downloadFile(turnsCsvFileName(t), turnsCsv(t, unit?.assessment), 'text/csv;charset=utf-8');
  });
  const xapi = run(async () => {
    const { xapiFile } = await import('../../export/xapi/xapi-file');
    const file = await xapiFile({
      trace: t,
      homePage: runtime.homePage(),
      ...(unit ? { unit } : {}),
    });
    downloadFile(file.fileName, file.text, 'application/json');
  });
  // The record quotes the seal of the log file saved with it, so an assessor can check the pair.
  const printable = run(async () => {
    if (!unit) return;
    const { assessmentRecordHtml } = await import('../../export/assessment-record');
    const exportedAt = runtime.now();
    const file = await downloadSessionLog(t.log, exportedAt);
    const html = assessmentRecordHtml({
      trace: t,
      assessment: unit.assessment,
      framework: unit.framework,
      sealHash: file.seal.hash,
      exportedAt,
    });
    printHtml(recordMarkup(html));
  });

  return (
    <section className="debrief-exports card" aria-labelledby="exports-heading">
      <h2 id="exports-heading">Keep your evidence</h2>
      <p>
        {practice
          ? 'This was a practice session: its files are marked practice and are not assessment evidence.'
          : 'The session log is the simulation evidence (S) for your assessor, who can check it has not been changed. Export it again after signing your reflective account so the account (RA) goes with it.'}
      </p>
      <SharedComputerNote sessionId={record.id} entries={t.log.entries.length} />
      <div className="debrief-actions">
        <button type="button" className="button" onClick={json}>
          Download the session log (JSON)
        </button>
        <button type="button" className="button button-secondary" onClick={csv}>
          Download the turns (CSV)
        </button>
        <button
          type="button"
          className="button button-secondary"
          aria-describedby="xapi-hint"
          onClick={xapi}
        >
          Download the xAPI statements (JSON)
        </button>
        {unit && (
          <button
            type="button"
            className="button button-secondary"
            aria-describedby="print-hint"
            onClick={printable}
          >
            Print / Save as PDF
          </button>
        )}
      </div>
      {unit && (
        <p id="print-hint" className="field-hint">
          The printable assessment record for the unit chosen above. The session log it refers to is
          saved with it.
        </p>
      )}
      <p id="xapi-hint" className="field-hint">
        The session as xAPI 1.0.3 statements{unit ? ' for the unit chosen above' : ''}, for a
        Learning Record Store.
      </p>
      {problem && <p role="alert">{problem}</p>}
      <LrsPanel level={3} />
    </section>
  );
});
