// @vitest-environment jsdom
// While a batch is being checked the verdicts and the cohort are redrawn a few times a second, and
// always end on the latest files; once the batch is done they follow at once.
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useThrottled } from './use-throttled';

describe('useThrottled', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('while not live, draws the first value at once, then at most every interval, ending on the latest', () => {
    const { result, rerender } = renderHook(({ v, live }) => useThrottled(v, 250, live), {
      initialProps: { v: 1, live: false },
    });
    expect(result.current).toBe(1);
    rerender({ v: 2, live: false });
    rerender({ v: 3, live: false });
    // Within the interval of the last draw: still what was drawn.
    expect(result.current).toBe(1);
    act(() => vi.advanceTimersByTime(260));
    expect(result.current).toBe(3);
    rerender({ v: 4, live: false });
    act(() => vi.advanceTimersByTime(100));
    expect(result.current).toBe(3);
    act(() => vi.advanceTimersByTime(200));
    expect(result.current).toBe(4);
  });

  it('once live, follows the value at once', () => {
    const { result, rerender } = renderHook(({ v, live }) => useThrottled(v, 250, live), {
      initialProps: { v: 'checking', live: false },
    });
    rerender({ v: 'more', live: false });
    rerender({ v: 'done', live: true });
    expect(result.current).toBe('done');
  });
});
