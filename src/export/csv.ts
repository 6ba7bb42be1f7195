/**
 * The one way Defuse writes a CSV, for every spreadsheet it exports: papaparse for the quoting of
 * commas, quotes and newlines; a UTF-8 byte order mark and CRLF line ends so Excel opens it as
 * UTF-8; and cells a spreadsheet would run as a formula (beginning with =, +, -, @, tab or carriage
 * return) prefixed with a single quote, as OWASP advises.
 */
import Papa from 'papaparse';

/** Excel reads a CSV as UTF-8 only when it starts with this. */
export const UTF8_BOM = '\uFEFF';

/**
 * Starts a cell that a spreadsheet would evaluate. Papaparse's own `escapeFormulae: true` pattern
 * ends in `.*$` without the `s` flag, so a cell like "=HYPERLINK(…)\nmore" (a newline after the
 * formula) would slip through; this one looks at the first character only.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** The CSV text of a header row `fields` and the rows `data` (see the file comment). */
export function csvText(
  fields: readonly string[],
  data: readonly (readonly (string | number)[])[],
): string {
  return (
    UTF8_BOM +
    Papa.unparse(
      { fields: [...fields], data: data.map((r) => [...r]) },
      { newline: '\r\n', escapeFormulae: FORMULA_START, quotes: false, header: true },
    ) +
    '\r\n'
  );
}
