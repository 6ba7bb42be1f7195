import { describe, expect, it } from 'vitest';
import { commandFor } from './shortcuts';

const key = (
  key: string,
  o: Partial<Parameters<typeof commandFor>[0]> = {},
  armed: Parameters<typeof commandFor>[1] = null,
) =>
  commandFor(
    {
      key,
      code: /^[0-9]$/.test(key) ? `Digit${key}` : `Key${key.toUpperCase()}`,
      shiftKey: false,
      ctrlKey: false,
      altKey: false,
      metaKey: false,
      target: null,
      ...o,
    },
    armed,
  );

describe('the control panel shortcuts', () => {
  it('votes with digits, removes with Shift, clears with 0', () => {
    expect(key('3')).toEqual({ kind: 'vote', option: 3, delta: 1 });
    // Shift+3 types "£" or "#": the key's code still says which digit.
    expect(key('£', { code: 'Digit3', shiftKey: true })).toEqual({
      kind: 'vote',
      option: 3,
      delta: -1,
    });
    expect(key('0')).toEqual({ kind: 'clear-votes' });
    expect(key('7', { code: 'Numpad7' })).toEqual({ kind: 'vote', option: 7, delta: 1 });
  });

  it('has a letter for every other control, upper or lower case', () => {
    expect(['c', 'P', 'r', 'n', 'b', 'w', 'o', 'j', 's'].map((k) => key(k)?.kind)).toEqual([
      'choose',
      'pause',
      'reveal',
      'next',
      'curveball',
      'rewind',
      'presenter',
      'export-json',
      'export-summary',
    ]);
    expect(key('x')).toBeNull();
  });

  it('chooses a given option with G then its number, and opens a given branch with T then its number', () => {
    expect(key('g')).toEqual({ kind: 'arm', then: 'choose-option' });
    expect(key('3', {}, 'choose-option')).toEqual({ kind: 'choose-option', option: 3 });
    expect(key('t')).toEqual({ kind: 'arm', then: 'open-branch' });
    expect(key('2', {}, 'open-branch')).toEqual({ kind: 'open-branch', branch: 2 });
    expect(key('x', {}, 'open-branch')).toEqual({ kind: 'cancel' });
    expect(key('0', {}, 'choose-option')).toEqual({ kind: 'cancel' });
    // Holding Shift down is not a key of its own.
    expect(key('Shift', { code: 'ShiftLeft', shiftKey: true }, 'choose-option')).toBeNull();
  });

  it('never acts while typing in a field or with Ctrl, Alt or ⌘ held', () => {
    const input = { tagName: 'INPUT' } as unknown as EventTarget;
    expect(key('c', { target: input })).toBeNull();
    expect(key('1', { target: { tagName: 'SELECT' } as unknown as EventTarget })).toBeNull();
    expect(key('c', { ctrlKey: true })).toBeNull();
    expect(key('s', { metaKey: true })).toBeNull();
    expect(key('r', { altKey: true })).toBeNull();
  });
});
