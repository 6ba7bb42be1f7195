// The width of an element in CSS pixels, kept up to date as it resizes, so an SVG can be drawn at
// its real size (text in it then keeps its font size instead of being scaled with a viewBox).
import { useLayoutEffect, useState, type RefObject } from 'react';

/** `fallback` until the element has been measured (and where there is no layout, as in jsdom). */
export function useWidth(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // Measured before the first paint, so the chart is never drawn at the wrong size first.
    const measure = () => setWidth(Math.floor(el.getBoundingClientRect().width) || null);
    measure();
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width ?? fallback;
}
