/**
 * Learning Locker's xAPI validator (@learninglocker/xapi-validation), for tests only: it cannot be
 * bundled for the browser, and nothing under src/ may import it (an ESLint rule says so). Each
 * warning becomes one readable line, "statement.context.registration: TypeWarning", so a failing
 * test names the field.
 */
import validateStatement from '@learninglocker/xapi-validation';

export function xapiProblems(statement: unknown): string[] {
  return validateStatement(statement).map((w) => {
    const where = (w.path as (string | number)[]).join('.');
    const detail = 'message' in w && w.message !== 'Validation Error' ? `: ${w.message}` : '';
    return `${where}: ${w.constructor.name}${detail}`;
  });
}

/** Every problem of every statement, each prefixed with the statement's index and verb. */
export function allXapiProblems(statements: readonly unknown[]): string[] {
  return statements.flatMap((s, i) => {
    const verb = (s as { verb?: { id?: string } }).verb?.id?.split('/').at(-1) ?? '?';
    return xapiProblems(s).map((p) => `[${i} ${verb}] ${p}`);
  });
}
