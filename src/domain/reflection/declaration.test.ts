// The authenticity declaration and why it cannot be signed yet.
import { describe, it, expect } from 'vitest';
import {
  canSign,
  createDeclaration,
  DECLARATION_STATEMENT,
  validateDeclaration,
} from './declaration';

const finished = 'I felt nervous at first, but acknowledging her worry helped.';
const codes = (name: string, date: string, text: string) =>
  validateDeclaration(createDeclaration(name, date), text).map((e) => e.code);

describe('the authenticity declaration', () => {
  it('says the account is the learner’s own work, as the BTEC declaration requires', () => {
    expect(DECLARATION_STATEMENT).toMatch(
      /^I declare that this reflective account is my own work\./,
    );
    expect(DECLARATION_STATEMENT).toMatch(/false declaration is a form of malpractice/);
    expect(createDeclaration('Asha Patel', '2026-11-23')).toEqual({
      name: 'Asha Patel',
      date: '2026-11-23',
      statement: DECLARATION_STATEMENT,
    });
  });

  it('can be signed with a name, a real date and a finished account', () => {
    expect(validateDeclaration(createDeclaration('Asha Patel', '2024-02-29'), finished)).toEqual(
      [],
    );
    expect(canSign(createDeclaration('Asha Patel', '2026-11-23'), finished)).toBe(true);
  });

  it('gives a specific error for each problem', () => {
    expect(codes('  ', '2026-11-23', finished)).toEqual(['name-empty']);
    expect(codes('Asha', '', finished)).toEqual(['date-missing']);
    expect(codes('Asha', '23/11/2026', finished)).toEqual(['date-invalid']);
    expect(codes('Asha', '2023-02-29', finished)).toEqual(['date-invalid']);
    expect(codes('Asha', '2026-13-01', finished)).toEqual(['date-invalid']);
    expect(codes('Asha', '2026-11-23', ' \n')).toEqual(['text-empty']);
    expect(
      validateDeclaration(
        { ...createDeclaration('Asha', '2026-11-23'), statement: 'It is mostly mine.' },
        finished,
      ).map((e) => e.code),
    ).toEqual(['statement-changed']);
  });

  it('cannot be signed while the account still has unfilled prompts, even one missing its closing bracket', () => {
    const errors = validateDeclaration(
      createDeclaration('Asha', '2026-11-23'),
      `${finished}\n\n[Your words: How did you feel?]\n\n[Your words: What next?`,
    );
    expect(errors).toEqual([
      {
        code: 'prompts-unfilled',
        message: '2 parts marked “[Your words: …]” still need your own words before you can sign.',
      },
    ]);
    expect(
      canSign(createDeclaration('Asha', '2026-11-23'), '[Your words: How did you feel?]'),
    ).toBe(false);
  });
});
