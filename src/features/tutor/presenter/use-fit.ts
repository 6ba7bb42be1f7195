/**
 * Keeps everything on the projected screen in view: type starts large and, when the content is
 * taller or wider than the window, the scale (the CSS variable --fit on `ref`) steps down until it
 * fits, never below `min`. Measured before paint, and again whenever the window changes size.
 */
import { useLayoutEffect, useState, type RefObject } from 'react';

const STEP = 0.04;

export function useFit(ref: RefObject<HTMLElement | null>, key: unknown, min = 0.5): number {
  const [size, setSize] = useState(() => windowSize());
  useLayoutEffect(() => {
    const onResize = () => setSize(windowSize());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  const [fit, setFit] = useState(1);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    let scale = 1;
    el.style.setProperty('--fit', String(scale));
    while (scale - STEP >= min && overflows(el)) {
      scale = Math.round((scale - STEP) * 100) / 100;
      el.style.setProperty('--fit', String(scale));
    }
    setFit(scale);
  }, [ref, key, min, size]);
  return fit;
}

const windowSize = () =>
  typeof window === 'undefined' ? '' : `${window.innerWidth}x${window.innerHeight}`;

const overflows = (el: HTMLElement) =>
  el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1;
