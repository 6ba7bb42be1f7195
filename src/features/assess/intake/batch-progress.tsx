// How the batch is going, announced politely: "Verifying 37 of 120…" while files are checked, then
// how many verified and how many did not.
import type { BatchFile, BatchState } from '../../../store/assess-batch';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function batchSummary(files: readonly BatchFile[]): string {
  const checked = files.filter((f) => f.checked);
  const verified = checked.filter((f) => f.checked!.ok);
  const practice = verified.filter((f) => f.checked!.practice).length;
  const failed = checked.length - verified.length;
  return `Checked ${plural(checked.length, 'file')}: ${verified.length} verified${
    practice > 0 ? ` (${practice} practice, not evidence)` : ''
  }, ${failed} failed.`;
}

export function BatchProgress({ files, run }: Pick<BatchState, 'files' | 'run'>) {
  const text = run
    ? `Verifying ${Math.min(run.done + 1, run.total)} of ${run.total}…`
    : files.length > 0
      ? batchSummary(files)
      : 'No files loaded yet.';
  return (
    <div className="batch-progress">
      <p role="status">{text}</p>
      {run && (
        <progress max={run.total} value={run.done} aria-label="Files verified so far">
          {run.done} of {run.total}
        </progress>
      )}
    </div>
  );
}
