// "Sessions that could not be opened": each stored record that failed its checks, with what is
// wrong, to download exactly as stored or delete. Hidden when there are none.
import { useMemo, useRef, useState } from 'react';
import { downloadFile } from '../../export/download';
import { rawRecordJson } from '../../export/raw-record-json';
import type { BadRecord } from '../../store/session-store-types';
import { useSessions } from '../../store/sessions-store';
import { useVisible } from '../../store/use-session-record';
import { badRecordFileName, badRecordTitles } from './bad-record-words';
import { DeleteBadRecordDialog } from './delete-bad-record-dialog';
import { LIBRARY_TITLE_ID } from './use-delete-session';

export function BadRecords() {
  const all = useSessions((s) => s.bad);
  // Another learner's record on a shared computer is theirs, broken or not.
  const visible = useVisible();
  const bad = useMemo(
    () => all.filter((b) => b.sessionId === null || visible(b.sessionId)),
    [all, visible],
  );
  const removeBad = useSessions((s) => s.removeBad);
  const titles = useMemo(() => badRecordTitles(bad), [bad]);
  const heading = useRef<HTMLHeadingElement>(null);
  const [pending, setPending] = useState<{ record: BadRecord; title: string } | null>(null);
  const deleted = useRef(false);

  const dialog = pending && (
    <DeleteBadRecordDialog
      record={pending.record}
      title={pending.title}
      onKeep={() => setPending(null)}
      onDelete={async () => {
        deleted.current = true;
        try {
          await removeBad(pending.record.key);
        } catch (e) {
          deleted.current = false;
          throw e;
        }
        setPending(null);
      }}
      returnFocusTo={() =>
        !deleted.current
          ? null
          : heading.current?.isConnected
            ? heading.current
            : document.getElementById(LIBRARY_TITLE_ID)
      }
    />
  );

  if (bad.length === 0) return dialog || null;
  return (
    <section className="library-section bad-records" aria-labelledby="bad-records-title">
      <h2 id="bad-records-title" ref={heading} tabIndex={-1}>
        Sessions that could not be opened
      </h2>
      <p>
        These records are kept exactly as they were stored. Download one to keep it (your tutor can
        look at it), or delete it from this device.
      </p>
      <ul className="session-list">
        {bad.map((record, i) => {
          const title = titles[i]!;
          return (
            <li key={record.key} className="session card bad-record">
              <div className="session-main">
                <h3 className="session-title">{title}</h3>
                <p className="bad-record-problem">{record.problem}</p>
              </div>
              <div className="session-actions">
                <button
                  type="button"
                  className="button button-secondary button-small"
                  onClick={() =>
                    downloadFile(
                      badRecordFileName(record, i),
                      rawRecordJson(record.raw),
                      'application/json',
                    )
                  }
                >
                  Download as it is <span className="visually-hidden">{title}</span>
                </button>
                <button
                  type="button"
                  className="button button-secondary button-small"
                  onClick={() => {
                    deleted.current = false;
                    setPending({ record, title });
                  }}
                >
                  Delete <span className="visually-hidden">{title}</span>
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      {dialog}
    </section>
  );
}
