// The class record, for the tutor's records and the next lesson's plan: every branch's log in one
// JSON file, and the printable summary (votes per turn, choices, branches, curveballs, endings). The
// exporters are loaded when a button (or its shortcut) is pressed.
import { useCallback, useState } from 'react';
import { runtime } from '../../../app/runtime';
import type { BranchNode } from '../../../domain/classroom/branch-tree';
import { classRecord } from '../../../domain/classroom/class-record';
import type { Scenario } from '../../../domain/scenario/schema';
import { downloadFile } from '../../../export/download';

export interface ClassExports {
  json(): void;
  summary(): void;
  /** What was last downloaded, or why it could not be made. */
  status: { kind: 'done' | 'problem'; text: string } | null;
}

export function useClassExports(scenario: Scenario, root: BranchNode): ClassExports {
  const [status, setStatus] = useState<ClassExports['status']>(null);
  const run = useCallback(
    (job: () => Promise<string>) => () => {
      setStatus(null);
      job().then(
        (text) => setStatus({ kind: 'done', text }),
        (e: unknown) =>
          setStatus({
            kind: 'problem',
            text: `That could not be made (${e instanceof Error ? e.message : String(e)}).`,
          }),
      );
    },
    [],
  );
  const json = run(async () => {
    const { exportClassRecordJson } = await import('../../../export/classroom/class-record-json');
    const file = await exportClassRecordJson(root, runtime.now());
    downloadFile(file.fileName, file.text, 'application/json');
    return `Downloaded ${file.fileName}.`;
  });
  const summary = run(async () => {
    const [{ classSummaryHtml }, { classRecordFileName }] = await Promise.all([
      import('../../../export/classroom/class-summary-html'),
      import('../../../export/classroom/class-record-json'),
    ]);
    const doc = classSummaryHtml(classRecord(scenario, root), {
      exportedAt: runtime.now(),
      appVersion: runtime.appVersion,
    });
    const fileName = classRecordFileName(root, 'html');
    downloadFile(fileName, doc, 'text/html;charset=utf-8');
    return `Downloaded ${fileName}: open it to print it or save it as PDF.`;
  });
  return { json, summary, status };
}

export function ClassExportsCard({ exports }: { exports: ClassExports }) {
  return (
    <section className="tutor-card tutor-exports" aria-labelledby="tutor-exports-heading">
      <h2 id="tutor-exports-heading">Class record</h2>
      <p>
        Saved as you go, every branch kept. Download them all as one JSON file, or a printable
        summary of the votes, choices, branches, curveballs and endings.
      </p>
      <div className="tutor-actions">
        <button
          type="button"
          className="button button-secondary"
          aria-keyshortcuts="J"
          onClick={exports.json}
        >
          Download the class record (JSON)
        </button>
        <button
          type="button"
          className="button button-secondary"
          aria-keyshortcuts="S"
          onClick={exports.summary}
        >
          Download the printable summary
        </button>
      </div>
      <p role="status" className="field-hint">
        {exports.status?.kind === 'done' ? exports.status.text : ''}
      </p>
      {exports.status?.kind === 'problem' && <p role="alert">{exports.status.text}</p>}
    </section>
  );
}
