// The recorded decision as files: the decision record (JSON), and the printable assessment record
// with the decision in it — printed from a hidden frame ("Save as PDF" is one of the printers) or
// downloaded as HTML. The record quotes the seal of the learner's file it was made from.
import { useState } from 'react';
import type { DecisionRecord } from '../../../domain/assessor/decision-types';
import type { Assessment } from '../../../domain/scoring/assessment-types';
import type { Framework } from '../../../domain/scoring/framework-schema';
import type { ExportedLog } from '../../../domain/session/log-types';
import type { Trace } from '../../../domain/session/trace';
import { downloadFile } from '../../../export/download';
import { printHtml } from '../../../export/print-html';
import { recordMarkup } from '../../../app/trusted-types';

interface DecisionExportsProps {
  record: DecisionRecord;
  /** The learner's file, as verified: the record quotes its seal. */
  log: ExportedLog;
  trace: Trace;
  assessment: Assessment;
  framework: Framework;
}

export function DecisionExports({
  record,
  log,
  trace,
  assessment,
  framework,
}: DecisionExportsProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const run = (job: () => Promise<void>) => () => {
    setProblem(null);
    job().catch((e: unknown) =>
      setProblem(`That could not be made (${e instanceof Error ? e.message : String(e)}).`),
    );
  };
  const recordHtml = async () => {
    const { assessmentRecordHtml } = await import('../../../export/assessment-record');
    // The record describes the file the learner exported: its seal and the moment it was sealed.
    return assessmentRecordHtml({
      trace,
      assessment,
      framework,
      sealHash: log.seal.hash,
      exportedAt: log.seal.exportedAt,
      decision: record,
    });
  };
  const json = run(async () => {
    const { decisionJson } = await import('../../../export/decision-json');
    const file = decisionJson(record);
    downloadFile(file.fileName, file.text, 'application/json');
  });
  const print = run(async () => printHtml(recordMarkup(await recordHtml())));
  const html = run(async () => {
    const { decisionFileName } = await import('../../../export/decision-json');
    downloadFile(decisionFileName(record, 'html'), await recordHtml(), 'text/html;charset=utf-8');
  });
  return (
    <div className="decision-exports">
      <div className="assess-actions">
        <button type="button" className="button" onClick={json}>
          Download the decision (JSON)
        </button>
        <button type="button" className="button button-secondary" onClick={print}>
          Print the record / Save as PDF
        </button>
        <button type="button" className="button button-secondary" onClick={html}>
          Download the printable record (HTML)
        </button>
      </div>
      {problem && <p role="alert">{problem}</p>}
    </div>
  );
}
