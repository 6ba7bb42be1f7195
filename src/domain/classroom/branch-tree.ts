/**
 * The branches of class sessions as trees, derived from the logs alone: a log whose header says it
 * branched from another is that log's child, rewound to the turn after the last one it kept. A class
 * session is one tree (its first log is the root). Branches are numbered in the order the tree is
 * read — depth first, the roads not taken at earlier turns first — so "branch 3" means the same in
 * the control panel, the printable summary and the JSON. Stored logs are input too: a branch whose
 * source is missing starts a tree of its own, and nothing loops on a cycle.
 */
import { headerHash } from '../session/chain';
import { canonicalJson } from '../session/hash';
import { isConversation, type LogEntry, type SessionLog } from '../session/log-types';

export interface BranchNode {
  log: SessionLog;
  sessionId: string;
  /** 1 for the root, then in reading order. */
  number: number;
  /** The branch this one was rewound from; null for the root. */
  parent: BranchNode | null;
  /** The learner turn it takes again (1-based); null for the root. */
  fromTurn: number | null;
  children: BranchNode[];
}

/** Learner turns in the first `entries` entries of `log` (all of them by default). */
export function learnerTurns(log: SessionLog, entries = log.entries.length): number {
  return log.entries
    .slice(0, entries)
    .filter((e) => isConversation(e) && e.type !== 'tutor.override').length;
}

/** The time of the first entry a branch wrote itself (after those it copied), for ordering. */
const ownStart = (log: SessionLog): number => {
  const kept = log.header.branchedFrom?.entry ?? 0;
  return log.entries[kept]?.at ?? Number.POSITIVE_INFINITY;
};

/** Every tree the logs form, roots in order of their start, each numbered from 1. */
export function branchForest(logs: readonly SessionLog[]): BranchNode[] {
  const byId = new Map(logs.map((l) => [l.header.sessionId, l]));
  const childrenOf = new Map<string, SessionLog[]>();
  const roots: SessionLog[] = [];
  for (const log of byId.values()) {
    const parentId = log.header.branchedFrom?.sessionId;
    if (parentId === undefined || !byId.has(parentId) || parentId === log.header.sessionId)
      roots.push(log);
    else childrenOf.set(parentId, [...(childrenOf.get(parentId) ?? []), log]);
  }
  const visited = new Set<string>();
  const build = (log: SessionLog, parent: BranchNode | null, counter: { n: number }) => {
    visited.add(log.header.sessionId);
    const kept = log.header.branchedFrom?.entry ?? 0;
    const node: BranchNode = {
      log,
      sessionId: log.header.sessionId,
      number: ++counter.n,
      parent,
      fromTurn: parent ? learnerTurns(parent.log, keptIndex(parent.log, kept)) + 1 : null,
      children: [],
    };
    const kids = (childrenOf.get(node.sessionId) ?? [])
      .filter((c) => !visited.has(c.header.sessionId))
      .map((c) => ({
        c,
        turn: learnerTurns(node.log, keptIndex(node.log, c.header.branchedFrom!.entry)),
      }))
      .sort(
        (a, b) =>
          a.turn - b.turn ||
          ownStart(a.c) - ownStart(b.c) ||
          a.c.header.sessionId.localeCompare(b.c.header.sessionId),
      );
    for (const { c } of kids) node.children.push(build(c, node, counter));
    return node;
  };
  const forest = roots
    .sort(
      (a, b) =>
        a.header.startedAt - b.header.startedAt ||
        a.header.sessionId.localeCompare(b.header.sessionId),
    )
    .map((root) => build(root, null, { n: 0 }));
  // Logs only reachable through a cycle (each names another as its source) start trees of their own.
  for (const log of byId.values())
    if (!visited.has(log.header.sessionId)) forest.push(build(log, null, { n: 0 }));
  return forest;
}

/** How many of `log`'s entries come up to and including entry number `seq`. */
const keptIndex = (log: SessionLog, seq: number): number =>
  log.entries.filter((e) => e.seq <= seq).length;

/** Every branch of a tree in reading order (the root first). */
export function branchesOf(root: BranchNode): BranchNode[] {
  return [root, ...root.children.flatMap(branchesOf)];
}

/** The tree in `forest` that holds the branch `sessionId`, with that branch; undefined if none. */
export function findBranch(
  forest: readonly BranchNode[],
  sessionId: string,
): { root: BranchNode; branch: BranchNode } | undefined {
  for (const root of forest) {
    const branch = branchesOf(root).find((b) => b.sessionId === sessionId);
    if (branch) return { root, branch };
  }
  return undefined;
}

/**
 * Where a branch's copy of its source disagrees with the source; empty when it is a faithful copy:
 * it names the source's entry and hash (the header's hash when it kept nothing), and begins with
 * every conversation entry the source had up to there, each exactly as it was (time included).
 */
export async function branchProblems(branch: SessionLog, source: SessionLog): Promise<string[]> {
  const from = branch.header.branchedFrom;
  if (!from || from.sessionId !== source.header.sessionId)
    return [`${branch.header.sessionId} is not a branch of ${source.header.sessionId}`];
  const problems: string[] = [];
  const sourceEntry = source.entries.find((e) => e.seq === from.entry);
  const sourceHash = from.entry === 0 ? await headerHash(source.header) : sourceEntry?.hash;
  if (sourceHash === undefined)
    problems.push(`branched from entry ${from.entry}, which the source does not have`);
  else if (sourceHash !== from.hash)
    problems.push(`branched from entry ${from.entry}, but its hash is not the source's`);
  const bodyOf = (e: LogEntry | undefined) => {
    if (!e) return '';
    const { seq: _seq, prev: _prev, hash: _hash, ...body } = e;
    return canonicalJson(body);
  };
  source.entries
    .filter((e) => e.seq <= from.entry && isConversation(e))
    .forEach((e, i) => {
      if (bodyOf(e) !== bodyOf(branch.entries[i]))
        problems.push(`entry ${i + 1} is not a copy of the source's entry ${e.seq}`);
    });
  return problems;
}
