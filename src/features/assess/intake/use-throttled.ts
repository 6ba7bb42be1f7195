/**
 * A value as the heavy parts of a screen draw it: while `live` is false, at most once every `ms`
 * (always ending on the latest value); once `live`, at once. In a batch a verdict arrives every few
 * milliseconds, and drawing every verdict and cohort row again for each one made 1,000 files take
 * a minute instead of seconds (the work grew with the square of the batch). The progress line is
 * not throttled: it is one line.
 */
import { useEffect, useRef, useState } from 'react';

export function useThrottled<T>(value: T, ms: number, live: boolean): T {
  const [drawn, setDrawn] = useState(value);
  const last = useRef(0);
  const latest = useRef(value);
  latest.current = value;
  useEffect(() => {
    const draw = () => {
      last.current = performance.now();
      setDrawn(latest.current);
    };
    const wait = live ? 0 : last.current + ms - performance.now();
    if (wait <= 0) return draw();
    const timer = setTimeout(draw, wait);
    return () => clearTimeout(timer);
  }, [value, ms, live]);
  return live ? value : drawn;
}
