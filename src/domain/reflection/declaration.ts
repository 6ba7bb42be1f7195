/**
 * The learner's authenticity declaration for a reflective account. Pearson's BTEC specification
 * (seed 003, "Authenticity of learner work") requires learners to "authenticate the evidence that
 * they provide for assessment by signing a declaration stating that it is their own work"; the
 * statement below adapts that wording and the assessor's declaration points (own work, sources
 * referenced, false declaration is malpractice) to an account that began as a generated draft.
 */
import { unfilledPrompts } from './plain-text';

/** The statement the learner signs. */
export const DECLARATION_STATEMENT =
  'I declare that this reflective account is my own work. Where I have kept words from the draft ' +
  'generated from my simulation session, I have checked that they describe what I did and thought, ' +
  'and I have clearly referenced any other sources I used. I understand that a false declaration is ' +
  'a form of malpractice.';

/** A signed declaration. */
export interface AuthenticityDeclaration {
  /** The learner's name as they sign it. */
  name: string;
  /** The date signed, an ISO calendar date (YYYY-MM-DD) supplied by the caller's clock. */
  date: string;
  /** The statement signed; must be DECLARATION_STATEMENT. */
  statement: string;
}

/** Why a declaration cannot be signed yet. */
export interface DeclarationError {
  code:
    | 'name-empty'
    | 'date-missing'
    | 'date-invalid'
    | 'statement-changed'
    | 'text-empty'
    | 'prompts-unfilled';
  message: string;
}

/** A declaration with the standard statement. */
export const createDeclaration = (name: string, date: string): AuthenticityDeclaration => ({
  name,
  date,
  statement: DECLARATION_STATEMENT,
});

function isCalendarDate(date: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
  return days !== undefined && d >= 1 && d <= days;
}

/** Every reason the learner cannot sign `declaration` for `finalText`; empty when they can. */
export function validateDeclaration(
  declaration: AuthenticityDeclaration,
  finalText: string,
): DeclarationError[] {
  const errors: DeclarationError[] = [];
  if (declaration.name.trim() === '')
    errors.push({ code: 'name-empty', message: 'Enter your name to sign the declaration.' });
  if (declaration.date.trim() === '')
    errors.push({ code: 'date-missing', message: 'The declaration needs the date it is signed.' });
  else if (!isCalendarDate(declaration.date.trim()))
    errors.push({
      code: 'date-invalid',
      message: `"${declaration.date}" is not a date in the form YYYY-MM-DD.`,
    });
  if (declaration.statement !== DECLARATION_STATEMENT)
    errors.push({
      code: 'statement-changed',
      message: 'The declaration statement must be signed as written.',
    });
  if (finalText.trim() === '')
    errors.push({ code: 'text-empty', message: 'The reflective account is empty.' });
  const prompts = unfilledPrompts(finalText);
  if (prompts.length > 0)
    errors.push({
      code: 'prompts-unfilled',
      message: `${prompts.length} part${prompts.length === 1 ? '' : 's'} marked “[Your words: …]” still need${prompts.length === 1 ? 's' : ''} your own words before you can sign.`,
    });
  return errors;
}

/** Whether the declaration can be signed for this text. */
export const canSign = (declaration: AuthenticityDeclaration, finalText: string): boolean =>
  validateDeclaration(declaration, finalText).length === 0;
