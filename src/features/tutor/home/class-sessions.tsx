// The class sessions saved in this browser, most recent first: each with its scenario, class, start
// date, branches and endings, and a link to carry on where it was last left.
import { useMemo } from 'react';
import { branchesOf, branchForest } from '../../../domain/classroom/branch-tree';
import { dateTimeInWords } from '../../../domain/evidence/dates';
import { useClassroom } from '../store/classroom-store';

export function ClassSessions() {
  const ready = useClassroom((s) => s.ready);
  const sessions = useClassroom((s) => s.sessions);
  const runs = useMemo(() => {
    const summary = new Map(sessions.map((s) => [s.log.header.sessionId, s.summary]));
    return branchForest(sessions.map((s) => s.log))
      .map((root) => {
        const branches = branchesOf(root);
        const latest = [...branches].sort(
          (a, b) =>
            (summary.get(b.sessionId)?.updatedAt ?? 0) - (summary.get(a.sessionId)?.updatedAt ?? 0),
        )[0]!;
        const endings = [
          ...new Set(branches.flatMap((b) => summary.get(b.sessionId)?.outcome?.title ?? [])),
        ];
        return {
          root,
          branches,
          latest,
          endings,
          updatedAt: summary.get(latest.sessionId)?.updatedAt ?? 0,
        };
      })
      .sort((a, b) => b.updatedAt - a.updatedAt);
  }, [sessions]);
  if (!ready) return <p role="status">Reading the saved class sessions…</p>;
  if (runs.length === 0) return null;
  return (
    <section aria-labelledby="class-sessions-heading" className="tutor-runs">
      <h2 id="class-sessions-heading">Class sessions in this browser</h2>
      <ul>
        {runs.map(({ root, branches, latest, endings }) => {
          const h = root.log.header;
          return (
            <li key={root.sessionId} className="card">
              <h3>
                {h.scenario.title}
                {h.learnerName && ` — ${h.learnerName}`}
              </h3>
              <p className="field-hint">
                Started {dateTimeInWords(h.startedAt, h.timeZone)} · {branches.length}{' '}
                {branches.length === 1 ? 'branch' : 'branches'}
                {endings.length > 0 && ` · endings reached: ${endings.join(', ')}`}
              </p>
              <a className="button button-secondary" href={`#/tutor/class/${latest.sessionId}`}>
                Carry on{' '}
                <span className="visually-hidden">
                  with {h.scenario.title}
                  {h.learnerName && `, ${h.learnerName}`}, started{' '}
                  {dateTimeInWords(h.startedAt, h.timeZone)}
                </span>
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
