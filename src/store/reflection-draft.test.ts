import { describe, expect, it } from 'vitest';
import { MemoryLocalStorage } from '../test-util/log-storage-kit';
import {
  clearWorkingText,
  readWorkingText,
  saveWorkingText,
  workingTextKey,
} from './reflection-draft';

describe('the reflective account working copy', () => {
  it('is in localStorage the moment it is saved, so a reload right after typing finds it', () => {
    const local = new MemoryLocalStorage();
    expect(saveWorkingText('s1', 'I listened fir', 1_000, local)).toBe(true);
    expect(saveWorkingText('s1', 'I listened first', 1_050, local)).toBe(true);
    // No await, no timer: what a new page reads straight away.
    expect(readWorkingText('s1', local)).toEqual({ text: 'I listened first', at: 1_050 });
    expect(readWorkingText('s2', local)).toBeNull();
  });

  it('is cleared on request, and says when it could not be kept', () => {
    const local = new MemoryLocalStorage();
    saveWorkingText('s1', 'Text', 1, local);
    clearWorkingText('s1', local);
    expect(readWorkingText('s1', local)).toBeNull();
    local.full = true;
    expect(saveWorkingText('s1', 'Text', 2, local)).toBe(false);
    expect(saveWorkingText('s1', 'Text', 2, null)).toBe(false);
  });

  it('ignores a copy it cannot read', () => {
    const local = new MemoryLocalStorage();
    local.setItem(workingTextKey('s1'), '{"text": 5}');
    expect(readWorkingText('s1', local)).toBeNull();
    local.setItem(workingTextKey('s1'), 'not json');
    expect(readWorkingText('s1', local)).toBeNull();
  });
});
