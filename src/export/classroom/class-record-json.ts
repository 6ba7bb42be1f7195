/**
 * The class record as a JSON file: every branch of the class session as its own sealed session log
 * (log-json.ts's format, each verifiable with `npm run verify` once saved on its own), in the order
 * of the branch tree. The record holds the logs and nothing derived: votes, choices, curveballs,
 * branches and endings are all read from them (class-record.ts).
 */
import { branchesOf, type BranchNode } from '../../domain/classroom/branch-tree';
import { sealLog } from '../../domain/session/chain';
import type { ExportedLog, SessionLog } from '../../domain/session/log-types';
import { exportFileName } from '../file-name';
import type { ExportFile } from '../log-json';

export const CLASS_RECORD_KIND = 'defuse.class-record';
export const CLASS_RECORD_FORMAT = 1;

export interface ClassRecordFile {
  kind: typeof CLASS_RECORD_KIND;
  format: typeof CLASS_RECORD_FORMAT;
  /** ms since the epoch when it was exported. */
  exportedAt: number;
  /** The session id of the class session's first branch. */
  runId: string;
  scenario: SessionLog['header']['scenario'];
  className: string;
  /** Every branch, in the tree's reading order (the first is the class session as started). */
  branches: ExportedLog[];
}

/** The file name: like a session log's, marked as a class record. */
export const classRecordFileName = (root: BranchNode, ext = 'json'): string =>
  exportFileName(root.log.header, ext, 'class-record');

/** The class session whose tree is `root`, sealed at `exportedAt`, as a JSON file. */
export async function exportClassRecordJson(
  root: BranchNode,
  exportedAt: number,
): Promise<ExportFile & { record: ClassRecordFile }> {
  const h = root.log.header;
  const record: ClassRecordFile = {
    kind: CLASS_RECORD_KIND,
    format: CLASS_RECORD_FORMAT,
    exportedAt,
    runId: h.sessionId,
    scenario: { ...h.scenario },
    className: h.learnerName,
    branches: await Promise.all(branchesOf(root).map((b) => sealLog(b.log, exportedAt))),
  };
  return {
    fileName: classRecordFileName(root),
    text: `${JSON.stringify(record, null, 2)}\n`,
    record,
  };
}
