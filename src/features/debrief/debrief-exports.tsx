// "Keep your evidence": the session log (JSON, the evidence file itself), the turns as CSV, and the
// printable assessment record. Each is made by a pure exporter in src/export from the log's trace;
// the exporters are loaded only when a button is pressed, so they cost the debrief nothing until then.
import { useState } from 'react';
import { runtime } from '../../app/runtime';
import type { Assessment } from '../../domain/scoring/assessment-types';
import type { Framework } from '../../domain/scoring/framework-schema';
import type { Trace } from '../../domain/session/trace';
import { downloadFile } from '../../export/download';
import type { SessionRecord } from '../../store/session-view';

interface DebriefExportsProps {
  record: SessionRecord;
  trace: Trace;
  /** The unit chosen in the criteria matrix, when the scenario evidences any. */
  unit?: { framework: Framework; assessment: Assessment };
}

export function DebriefExports({ record, trace: t, unit }: DebriefExportsProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const practice = record.mode === 'practice';
  const run = (job: () => Promise<void>) => () => {
    setProblem(null);
    job().catch((e: unknown) =>
      setProblem(`That could not be made (${e instanceof Error ? e.message : String(e)}).`),
    );
  };

  const json = run(async () => {
    const { exportLogJson } = await import('../../export/log-json');
    const file = await exportLogJson(t.log, runtime.now());
    downloadFile(file.fileName, file.text, 'application/json');
  });
  const csv = run(async () => {
    const [{ turnsCsv }, { exportLogJson }] = await Promise.all([
      import('../../export/turns-csv'),
      import('../../export/log-json'),
    ]);
    const base = (await exportLogJson(t.log, runtime.now())).fileName.replace(/\.json$/, '');
    downloadFile(`${base}-turns.csv`, turnsCsv(t, unit?.assessment), 'text/csv;charset=utf-8');
  });
  const printable = run(async () => {
    const [{ assessmentRecordHtml }, { sealLog }, { authorship }] = await Promise.all([
      import('../../export/assessment-record'),
      import('../../domain/session/chain'),
      import('../../domain/reflection/authorship'),
    ]);
    const exportedAt = runtime.now();
    const sealed = await sealLog(t.log, exportedAt);
    const html = assessmentRecordHtml({
      trace: t,
      ...(unit ? { assessment: unit.assessment, framework: unit.framework } : {}),
      sealHash: sealed.seal.hash,
      ...(t.reflection ? { authorship: authorship(t.reflection.draft, t.reflection.text) } : {}),
      exportedAt,
    });
    const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
    const opened = window.open(url, '_blank');
    if (!opened) {
      downloadFile(`assessment-record-${record.scenarioId}.html`, html, 'text/html;charset=utf-8');
      return;
    }
    opened.addEventListener('load', () => opened.print());
  });

  return (
    <section className="debrief-exports card" aria-labelledby="exports-heading">
      <h2 id="exports-heading">Keep your evidence</h2>
      <p>
        {practice
          ? 'This was a practice session: its files are marked practice and are not assessment evidence.'
          : 'The session log is the simulation evidence (S) for your assessor, who can check it has not been changed. Export it again after signing your reflective account so the account (RA) goes with it.'}
      </p>
      <div className="debrief-actions">
        <button type="button" className="button" onClick={json}>
          Download the session log (JSON)
        </button>
        <button type="button" className="button button-secondary" onClick={csv}>
          Download the turns (CSV)
        </button>
        <button type="button" className="button button-secondary" onClick={printable}>
          Print / Save as PDF
        </button>
      </div>
      {problem && <p role="alert">{problem}</p>}
    </section>
  );
}
