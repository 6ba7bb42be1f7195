import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonSyntaxError } from './json-error';

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('jsonSyntaxError', () => {
  it('agrees with JSON.parse on JSON texts and on texts with a character changed or cut off', () => {
    const mutated = fc
      .record({ json: fc.json(), at: fc.nat(), to: fc.string({ maxLength: 2 }), cut: fc.boolean() })
      .map(({ json, at, to, cut }) => {
        const i = at % (json.length + 1);
        return cut ? json.slice(0, i) : json.slice(0, i) + to + json.slice(i + 1);
      });
    fc.assert(
      fc.property(fc.oneof(fc.json(), mutated, fc.string()), (text) => {
        expect(jsonSyntaxError(text) === undefined, text).toBe(parses(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('names the offending character, its position, line and column, and what was expected', () => {
    expect(jsonSyntaxError('{\n  "a": 1,\n  "b": tru\n}')).toEqual({
      position: 22,
      line: 3,
      column: 11,
      truncated: false,
      message: 'unexpected "\\n" at position 22 (line 3, column 11); expected "true"',
    });
    expect(jsonSyntaxError('[1 2]')?.message).toBe(
      'unexpected "2" at position 3 (line 1, column 4); expected "," or "]" after a list item',
    );
    expect(jsonSyntaxError('{"a":1} x')?.message).toBe(
      'unexpected "x" at position 8 (line 1, column 9); expected nothing after the end of the JSON value',
    );
    expect(jsonSyntaxError('"a\tb"')?.message).toMatch(
      /^unexpected "\\t" at position 2 .*raw control/,
    );
    expect(jsonSyntaxError('01')?.message).toMatch(/^unexpected "1" at position 1/);
  });

  it('says a text that ends too soon looks truncated', () => {
    expect(jsonSyntaxError('{"entries": [1, 2')).toMatchObject({ position: 17, truncated: true });
    expect(jsonSyntaxError('{"entries": [1, 2')?.message).toBe(
      'the text ends at position 17 (line 1, column 18) where "," or "]" after a list item should follow: the file looks truncated',
    );
    expect(jsonSyntaxError('')?.message).toBe('the file is empty');
  });

  it('walks deep nesting without recursion', () => {
    const deep = '['.repeat(200_000);
    expect(jsonSyntaxError(deep)).toMatchObject({ truncated: true, position: 200_000 });
    expect(jsonSyntaxError(deep + ']'.repeat(200_000))).toBeUndefined();
  });
});
