import { describe, expect, it } from 'vitest';
import {
  clearLrsSettings,
  endpointProblem,
  loadLrsSettings,
  normaliseEndpoint,
  saveLrsSettings,
  sendsInTheClear,
  SETTINGS_KEY,
} from './lrs-settings';

/** A Storage that keeps items in a Map (the tests run in Node, without localStorage). */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => void items.set(k, v),
  };
}

describe('LRS settings', () => {
  it('are off until saved, then read back exactly, and are removed by turning off', () => {
    const store = memoryStorage();
    expect(loadLrsSettings(store)).toEqual({ settings: null, problem: null });
    saveLrsSettings({ endpoint: ' https://lrs.example.org/xAPI/ ', key: 'k', secret: 'ß€' }, store);
    expect(loadLrsSettings(store)).toEqual({
      settings: { endpoint: 'https://lrs.example.org/xAPI', key: 'k', secret: 'ß€' },
      problem: null,
    });
    clearLrsSettings(store);
    expect(loadLrsSettings(store).settings).toBeNull();
  });

  it('treat a damaged record as no settings, saying why, so nothing is sent to an address nobody gave', () => {
    const store = memoryStorage();
    store.setItem(SETTINGS_KEY, '{not json');
    expect(loadLrsSettings(store)).toEqual({
      settings: null,
      problem: 'the saved LRS settings are not readable (not JSON)',
    });
    store.setItem(SETTINGS_KEY, JSON.stringify({ endpoint: 'https://x.example', key: 'k' }));
    expect(loadLrsSettings(store).problem).toBe(
      'the saved LRS settings cannot be used: secret is missing',
    );
    store.setItem(
      SETTINGS_KEY,
      JSON.stringify({ endpoint: 'javascript:alert(1)', key: 'k', secret: 's' }),
    );
    expect(loadLrsSettings(store).problem).toBe(
      'the saved LRS settings cannot be used: the endpoint is not usable (The endpoint must start with https:// (or http://).)',
    );
    expect(loadLrsSettings(store).settings).toBeNull();
  });

  it('check the endpoint with a message for each mistake', () => {
    expect(endpointProblem('')).toBe('Enter the LRS endpoint.');
    expect(endpointProblem('lrs.example.org')).toMatch(/^Enter the endpoint as a full web address/);
    expect(endpointProblem('ftp://lrs.example.org')).toMatch(/must start with https:\/\//);
    expect(endpointProblem('https://me:pw@lrs.example.org')).toMatch(/in their own fields/);
    expect(endpointProblem('https://lrs.example.org/xAPI?x=1')).toMatch(/must not have a \? query/);
    expect(endpointProblem('https://lrs.example.org/xAPI/')).toBeNull();
    expect(normaliseEndpoint('https://lrs.example.org/xAPI///')).toBe(
      'https://lrs.example.org/xAPI',
    );
  });

  it('warn only when the secret would cross the network unencrypted', () => {
    expect(sendsInTheClear('http://lrs.example.org/xAPI')).toBe(true);
    expect(sendsInTheClear('http://127.0.0.1:8080/xAPI')).toBe(false);
    expect(sendsInTheClear('http://localhost/xAPI')).toBe(false);
    expect(sendsInTheClear('https://lrs.example.org/xAPI')).toBe(false);
  });
});
