import { describe, expect, it } from 'vitest';
import { MAX_LOG_BYTES, sizeProblem, utf8Length } from './log-size';

describe('the size limit', () => {
  it('counts UTF-8 bytes as TextEncoder does', () => {
    for (const text of ['', 'abc', 'é', '€', '😀', 'a\uD800b', '\uDC00', 'Málaga — “quoted” 😀']) {
      expect(utf8Length(text), JSON.stringify(text)).toBe(new TextEncoder().encode(text).length);
    }
  });

  it('says how large a refused file is, and never rounds it down to the limit', () => {
    expect(MAX_LOG_BYTES).toBe(50_000_000);
    expect(sizeProblem(50_000_000)).toBeUndefined();
    expect(sizeProblem(52_400_000)).toBe('file is 52.4 MB; Defuse session logs are at most 50 MB');
    expect(sizeProblem(50_000_001)).toBe(
      'file is more than 50 MB; Defuse session logs are at most 50 MB',
    );
    expect(sizeProblem(2_500_000, 1_000_000)).toBe(
      'file is 2.5 MB; Defuse session logs are at most 1 MB',
    );
  });
});
