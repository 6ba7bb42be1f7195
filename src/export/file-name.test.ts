import { describe, expect, it } from 'vitest';
import { slug } from './file-name';

describe('slug', () => {
  it('keeps a–z, 0–9 and single hyphens only', () => {
    expect(slug('Ana Lérner-O’Neil')).toBe('ana-lerner-o-neil');
    expect(slug('../../etc/passwd')).toBe('etc-passwd');
    expect(slug('<script>alert(1)</script>')).toBe('script-alert-1-script');
    expect(slug('  Zoë   Ştefan  ')).toBe('zoe-stefan');
    expect(slug('王芳')).toBe('');
  });

  it('is never longer than asked and never ends in a hyphen', () => {
    expect(slug('a'.repeat(39) + ' b', 40)).toBe('a'.repeat(39));
    expect(slug('x'.repeat(100)).length).toBe(40);
  });
});
