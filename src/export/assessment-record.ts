/**
 * The printable assessment record: one complete, self-contained HTML document (inline stylesheet
 * with an A4 print layout, no scripts, no external resources, a Content Security Policy that allows
 * neither) that an assessor can print or save as PDF. It gives what Pearson's BTEC specification asks
 * of an assessment record — the criteria met, cross-referenced to the evidence, with the type of
 * evidence and the date — plus the transcript, the tension chart, the reflective account with its
 * declaration, a space for the assessor's decision and the log's seal. A practice session is
 * labelled PRACTICE in the title and a banner, and is never presented as evidence.
 */
import { exportFileName } from './file-name';
import { html } from './record/html';
import { recordDocument } from './record/record-document';
import { recordAssessor, recordIntegrity } from './record/record-assessor';
import { recordChart } from './record/record-chart';
import { recordCriteria } from './record/record-criteria';
import { recordContext, type RecordInput } from './record/record-input';
import { recordReflection } from './record/record-reflection';
import { RECORD_STYLE } from './record/record-style';
import { recordBanners, recordDetails, recordTitle } from './record/record-summary';
import { recordTranscript } from './record/record-transcript';
import { dateTimeInWords } from '../domain/evidence/dates';

export type { RecordInput } from './record/record-input';

/** The record as an HTML document (see the file comment). */
export function assessmentRecordHtml(input: RecordInput): string {
  const ctx = recordContext(input);
  const { header } = ctx.trace.log;
  const title = recordTitle(ctx);
  const who = header.learnerName.trim();
  return recordDocument({
    title,
    source: 'Defuse role-play simulation',
    scenarioTitle: header.scenario.title,
    who,
    style: RECORD_STYLE,
    main: html`${recordBanners(ctx)} ${recordDetails(ctx)} ${recordCriteria(ctx)}
    ${recordChart(ctx)} ${recordTranscript(ctx)} ${recordReflection(ctx)} ${recordAssessor(ctx)}
    ${recordIntegrity(ctx)}`,
    madeBy: html`session ${header.sessionId} · made by Defuse ${header.appVersion} on
    ${dateTimeInWords(ctx.exportedAt, ctx.zone)}`,
  });
}

/** The record's file name (see file-name.ts). */
export const assessmentRecordFileName = (input: Pick<RecordInput, 'trace'>): string =>
  exportFileName(input.trace.log.header, 'html', 'record');
