import { describe, expect, it } from 'vitest';
import { blockedOrigin } from './allowed-origins';

const SELF = 'https://defuse.college.ac.uk';

describe('blockedOrigin: an LRS endpoint against the built Content-Security-Policy', () => {
  it('blocks nothing where no policy applies (the dev server)', () => {
    expect(blockedOrigin('https://lrs.example.org/xAPI', null, SELF)).toBeNull();
  });

  it('allows the app’s own origin and the origins listed, and names any other', () => {
    const allowed = ['https://lrs.college.ac.uk', 'http://127.0.0.1:*', 'https://*.lrs.net:8443'];
    expect(blockedOrigin(`${SELF}/xAPI`, [], SELF)).toBeNull();
    expect(blockedOrigin('https://lrs.college.ac.uk/xAPI/', allowed, SELF)).toBeNull();
    expect(blockedOrigin('https://lrs.college.ac.uk:443/xAPI', allowed, SELF)).toBeNull();
    expect(blockedOrigin('http://127.0.0.1:38211/xAPI', allowed, SELF)).toBeNull();
    expect(blockedOrigin('https://a.lrs.net:8443/xAPI', allowed, SELF)).toBeNull();
    expect(blockedOrigin('https://lrs.college.ac.uk:8080/xAPI', allowed, SELF)).toBe(
      'https://lrs.college.ac.uk:8080',
    );
    expect(blockedOrigin('http://lrs.college.ac.uk/xAPI', allowed, SELF)).toBe(
      'http://lrs.college.ac.uk',
    );
    expect(blockedOrigin('https://lrs.net:8443/xAPI', allowed, SELF)).toBe('https://lrs.net:8443');
    expect(blockedOrigin('https://evil.example/xAPI', allowed, SELF)).toBe('https://evil.example');
  });

  it('leaves an address that is not a URL to the dialog’s own check', () => {
    expect(blockedOrigin('not a url', [], SELF)).toBeNull();
  });
});
