/**
 * The assessor's decision as a file: the DecisionRecord (docs/assessment-decision.md) as 2-space
 * JSON, named like the log it decides on, so the two sort together.
 */
import type { DecisionRecord } from '../domain/assessor/decision-types';
import type { LogHeader } from '../domain/session/log-types';
import { exportFileName, slug } from './file-name';
import type { ExportFile } from './log-json';

/** The header fields a file name is made from, as the decision keeps them. */
const headerOf = (r: DecisionRecord): LogHeader =>
  ({
    scenario: r.log.scenario,
    mode: r.log.mode,
    startedAt: r.log.startedAt,
    timeZone: r.log.timeZone,
    learnerName: r.log.learnerName,
    sessionId: r.log.sessionId,
  }) as LogHeader;

/** `defuse-passport-delay-decision-btec-l2-unit7-conflict-2026-06-01-ana-learner-3f2a9c1b.json` */
export const decisionFileName = (r: DecisionRecord, ext = 'json'): string =>
  exportFileName(headerOf(r), ext, `decision-${slug(r.unit.frameworkId)}`);

export function decisionJson(record: DecisionRecord): ExportFile {
  return {
    fileName: decisionFileName(record),
    text: `${JSON.stringify(record, null, 2)}\n`,
  };
}
