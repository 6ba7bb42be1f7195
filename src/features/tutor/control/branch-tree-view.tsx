// The branches explored in this class session, as a tree: each with where it was rewound from, its
// turns and its ending; the one on screen is marked, and any other can be opened.
import type { BranchNode } from '../../../domain/classroom/branch-tree';
import type { SessionSummary } from '../../../store/session-store-types';
import { ControlButton } from './control-button';

interface BranchTreeProps {
  root: BranchNode;
  currentId: string;
  summaries: ReadonlyMap<string, SessionSummary>;
  active: boolean;
  onOpen(sessionId: string): void;
}

export function branchLabel(b: BranchNode): string {
  return b.parent === null
    ? `Branch ${b.number}`
    : `Branch ${b.number}: turn ${b.fromTurn} again, from branch ${b.parent.number}`;
}

export function BranchTreeView({ root, currentId, summaries, active, onOpen }: BranchTreeProps) {
  const item = (b: BranchNode) => {
    const summary = summaries.get(b.sessionId);
    const current = b.sessionId === currentId;
    const state = summary
      ? `${summary.turns} ${summary.turns === 1 ? 'turn' : 'turns'}${summary.outcome ? `, ended: ${summary.outcome.title}` : ''}`
      : '';
    return (
      <li key={b.sessionId}>
        <div className={current ? 'tutor-branch tutor-branch-current' : 'tutor-branch'}>
          {current ? (
            <span aria-current="true">
              <strong>{branchLabel(b)}</strong> (on screen)
            </span>
          ) : (
            <ControlButton
              className="tutor-link-button"
              active={active}
              onPress={() => onOpen(b.sessionId)}
            >
              {branchLabel(b)}
            </ControlButton>
          )}
          {state && <span className="tutor-branch-state"> — {state}</span>}
        </div>
        {b.children.length > 0 && <ul>{b.children.map(item)}</ul>}
      </li>
    );
  };
  return (
    <section className="tutor-card tutor-tree" aria-labelledby="tutor-tree-heading">
      <h2 id="tutor-tree-heading">Branches explored</h2>
      <ul className="tutor-tree-list">{item(root)}</ul>
    </section>
  );
}
