import { describe, expect, it } from 'vitest';
import { rawRecordJson } from './raw-record-json';

describe('rawRecordJson', () => {
  it('keeps the values JSON cannot hold visible instead of dropping them', () => {
    const json = rawRecordJson({ tension: Number.NaN, limit: Infinity, note: undefined, n: 1 });
    expect(JSON.parse(json)).toEqual({
      tension: 'NaN',
      limit: 'Infinity',
      note: '(undefined)',
      n: 1,
    });
    expect(rawRecordJson('{not json')).toBe('"{not json"');
  });
});
