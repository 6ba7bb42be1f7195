// "Load session logs": pick many files, pick a folder, or drop either onto the area. Every file is
// handed to the batch, which checks each one and gives it a verdict; nothing here reads a file.
import { useId, useState, type DragEvent } from 'react';
import { ASSESS_MAX_BYTES } from '../../../domain/assessor/checked-file';
import type { PickedFile } from '../../../store/assess-batch';
import { droppedFiles, dropEntries, pickedFromInput } from './picked-files';

const LIMIT_MB = ASSESS_MAX_BYTES / 1_000_000;

export function FileIntake({ onPick }: { onPick(files: PickedFile[]): void }) {
  const filesId = useId();
  const folderId = useId();
  const hintId = useId();
  const [over, setOver] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setOver(false);
    setProblem(null);
    // Entries must be taken now: the browser empties the drop's list once the event is over.
    const entries = dropEntries(e.dataTransfer);
    const files = [...e.dataTransfer.files];
    droppedFiles(entries, files).then(onPick, (err: unknown) =>
      setProblem(
        `Part of what was dropped could not be read (${err instanceof Error ? err.message : String(err)}). Try choosing the files or folder instead.`,
      ),
    );
  };

  return (
    <section className="assess-intake card" aria-labelledby="intake-heading">
      <h2 id="intake-heading">Load session logs</h2>
      <div
        className={`drop-area${over ? ' drop-over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          e.dataTransfer.dropEffect = 'copy';
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        data-testid="drop-area"
      >
        <p id={hintId}>
          Drop learners’ exported session logs (.json) or a folder of them here, or choose them
          below. Each file is checked on its own — one broken file never stops the others. Files of
          more than {LIMIT_MB} MB are refused unread.
        </p>
        <div className="intake-pickers">
          <div className="field">
            <label htmlFor={filesId}>Choose session log files</label>
            <input
              id={filesId}
              type="file"
              multiple
              aria-describedby={hintId}
              onChange={(e) => {
                onPick(pickedFromInput(e.target.files));
                // The same files can be chosen again (after clearing the workspace).
                e.target.value = '';
              }}
            />
          </div>
          <div className="field">
            <label htmlFor={folderId}>Choose a folder of session logs</label>
            <input
              id={folderId}
              type="file"
              multiple
              // React does not know the attribute; the empty string turns it on.
              {...{ webkitdirectory: '' }}
              onChange={(e) => {
                onPick(pickedFromInput(e.target.files));
                e.target.value = '';
              }}
            />
          </div>
        </div>
      </div>
      {problem && <p role="alert">{problem}</p>}
    </section>
  );
}
