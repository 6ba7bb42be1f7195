/**
 * The signed reflective account as a plain-text file for the learner's portfolio: the session, the
 * unit, the learner's final text, how much of it is their own words, and the declaration. The
 * generated draft is not the learner's text, so it is never included as theirs.
 */
import type { Authorship } from '../../domain/reflection/authorship';
import type { AuthenticityDeclaration } from '../../domain/reflection/declaration';
import type { SessionRecord } from '../../domain/session/session-record';
import { frameworkById } from './assessment-frameworks';
import { dateInWords } from './declaration-dates';
import { shareSentence } from './reflection-authorship';

export interface AccountFile {
  record: SessionRecord;
  frameworkId: string;
  text: string;
  share: Authorship;
  declaration: AuthenticityDeclaration;
}

const sessionDate = (ms: number) =>
  new Date(ms).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** The file's text. */
export function accountFileText({
  record,
  frameworkId,
  text,
  share,
  declaration,
}: AccountFile): string {
  const framework = frameworkById(frameworkId);
  const unit = framework
    ? [
        `Qualification: ${framework.qualification} (Level ${framework.level})`,
        `Unit: ${framework.unit.code ? `${framework.unit.code} ` : ''}${framework.unit.title}`,
      ]
    : [`Unit: ${frameworkId}`];
  const own = shareSentence(share).replace('your own words', 'the learner’s own words');
  return [
    'Reflective account',
    '',
    `Scenario: ${record.scenarioTitle}`,
    `Session: ${sessionDate(record.startedAt)}, ${record.mode === 'assessment' ? 'assessment' : 'practice'} mode (simulation evidence, S)`,
    ...unit,
    `Learner: ${declaration.name}`,
    '',
    '----',
    '',
    text.trim(),
    '',
    '----',
    '',
    `Authorship: ${own}. The other words were kept from a draft generated from the simulation session.`,
    '',
    'Declaration',
    declaration.statement,
    `Signed: ${declaration.name}`,
    `Date: ${dateInWords(declaration.date)} (${declaration.date})`,
    '',
  ].join('\n');
}

/** "reflective-account-passport-delay-2025-03-14.txt" */
export const accountFileName = (scenarioId: string, date: string): string =>
  `reflective-account-${scenarioId}-${date}.txt`;

/** Offers `text` as a download through a Blob and an object URL. */
export function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; release the file on the next task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
