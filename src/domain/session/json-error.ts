/**
 * Where and why a text is not JSON (RFC 8259). Every engine words JSON.parse's error differently
 * (V8 names a position, Firefox a line and column, some neither), and an assessor needs the same
 * precise message in the browser and in `npm run verify`: so when JSON.parse fails, this scanner walks
 * the text and names the first offending character, or says the text ends too soon (truncated).
 * Iterative, so a deeply nested file cannot overflow the stack.
 */

export interface JsonSyntaxError {
  /** 0-based index (UTF-16 code units) of the offending character, or the text's length. */
  position: number;
  /** 1-based line and column of that position. */
  line: number;
  column: number;
  /** The text ends before the JSON is complete. */
  truncated: boolean;
  /** `unexpected "x" at position 12 (line 1, column 13); expected a value`. */
  message: string;
}

const WS = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX = /^[0-9a-fA-F]$/;
const DIGIT = /^[0-9]$/;

class Fail {
  constructor(
    readonly position: number,
    readonly expected: string,
  ) {}
}

/** The first syntax error in `text`, or undefined when it is JSON. */
export function jsonSyntaxError(text: string): JsonSyntaxError | undefined {
  try {
    scan(text);
    return undefined;
  } catch (e) {
    if (!(e instanceof Fail)) throw e;
    return describe(text, e);
  }
}

function describe(text: string, fail: Fail): JsonSyntaxError {
  const { position } = fail;
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - (before.lastIndexOf('\n') + 1) + 1;
  const truncated = position >= text.length;
  const where = `at position ${position} (line ${line}, column ${column})`;
  const message =
    text.trim() === ''
      ? 'the file is empty'
      : truncated
        ? `the text ends ${where} where ${fail.expected} should follow: the file looks truncated`
        : `unexpected ${JSON.stringify(text[position])} ${where}; expected ${fail.expected}`;
  return { position, line, column, truncated, message };
}

/** Throws Fail at the first character that cannot continue a JSON text. */
function scan(text: string): void {
  let i = 0;
  const skip = () => {
    while (i < text.length && WS.has(text[i]!)) i++;
  };
  const expect = (ok: boolean, expected: string) => {
    if (!ok) throw new Fail(i, expected);
  };
  /** Open containers, innermost last; `first` until the first item (or the close) is read. */
  const stack: { open: '{' | '['; first: boolean }[] = [];

  const scanString = () => {
    i++; // opening quote
    for (;;) {
      expect(i < text.length, 'the rest of a string and its closing "');
      const c = text[i]!;
      if (c === '"') {
        i++;
        return;
      }
      expect(
        c >= ' ',
        'a string without raw control characters (write them as \\n, \\t, \\u0000…)',
      );
      if (c === '\\') {
        i++;
        expect(i < text.length, 'an escape (\\", \\\\, \\n, \\u0041…)');
        if (text[i] === 'u') {
          for (let k = 0; k < 4; k++) {
            i++;
            expect(i < text.length && HEX.test(text[i]!), 'four hex digits after \\u');
          }
        } else
          expect(
            ESCAPES.has(text[i]!),
            'an escape (\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\u)',
          );
      }
      i++;
    }
  };

  const digits = (what: string) => {
    expect(i < text.length && DIGIT.test(text[i]!), what);
    while (i < text.length && DIGIT.test(text[i]!)) i++;
  };

  const scanNumber = () => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else digits('a digit');
    if (text[i] === '.') {
      i++;
      digits('a digit after the decimal point');
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      digits('a digit in the exponent');
    }
  };

  const scanWord = (word: string) => {
    for (const ch of word) {
      expect(text[i] === ch, `"${word}"`);
      i++;
    }
  };

  /** Scans a scalar, or opens a container and leaves it on the stack (no recursion). */
  const scanValue = () => {
    skip();
    expect(i < text.length, 'a value');
    const c = text[i]!;
    if (c === '{' || c === '[') {
      stack.push({ open: c, first: true });
      i++;
      return;
    }
    if (c === '"') return scanString();
    if (c === '-' || DIGIT.test(c)) return scanNumber();
    if (c === 't') return scanWord('true');
    if (c === 'f') return scanWord('false');
    if (c === 'n') return scanWord('null');
    throw new Fail(i, 'a value (an object, list, string, number, true, false or null)');
  };

  /** Scans `"key":`; the value follows. */
  const scanKey = () => {
    skip();
    expect(text[i] === '"', 'a property name in double quotes');
    scanString();
    skip();
    expect(text[i] === ':', '":" after the property name');
    i++;
  };

  scanValue();
  // After each value: close containers or move to the next item until the top-level value is done.
  while (stack.length > 0) {
    skip();
    const top = stack[stack.length - 1]!;
    const close = top.open === '{' ? '}' : ']';
    if (top.first) {
      top.first = false;
      if (text[i] !== close) {
        if (top.open === '{') scanKey();
        scanValue();
        continue;
      }
    } else {
      expect(
        text[i] === ',' || text[i] === close,
        `"," or "${close}" after ${top.open === '{' ? 'a property value' : 'a list item'}`,
      );
    }
    if (text[i] === close) {
      stack.pop();
      i++;
      continue;
    }
    i++;
    if (top.open === '{') scanKey();
    scanValue();
  }
  skip();
  expect(i === text.length, 'nothing after the end of the JSON value');
}
