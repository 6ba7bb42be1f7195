import { describe, expect, it } from 'vitest';
import { isoDuration } from './iso-duration';

describe('isoDuration', () => {
  it('writes hours, minutes and seconds as ISO 8601 does, leaving out what is zero', () => {
    expect(isoDuration(0)).toBe('PT0S');
    expect(isoDuration(15_000)).toBe('PT15S');
    expect(isoDuration(5_500)).toBe('PT5.5S');
    expect(isoDuration(105_000)).toBe('PT1M45S');
    expect(isoDuration(3_600_000)).toBe('PT1H');
    expect(isoDuration(3_723_004)).toBe('PT1H2M3.004S');
    expect(isoDuration(0.4)).toBe('PT0S');
  });

  it('refuses a negative or non-finite time', () => {
    expect(() => isoDuration(-1)).toThrow('not a duration: -1 ms');
    expect(() => isoDuration(Number.NaN)).toThrow('not a duration');
  });
});
