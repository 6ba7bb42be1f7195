/**
 * After each turn the learner must see, together, the customer's latest line, the cue and the first
 * option (on a phone the cue sits between the two; on a wide screen it is in the sticky panel
 * beside them). The page is scrolled so the first option's bottom meets the bottom of the screen,
 * showing as much of the conversation above as fits, but never so far that the latest line's top
 * leaves the screen. An instant scroll: it happens before paint, with nothing to animate.
 */

/** Space kept between the screen's edge and what is kept in view, in CSS pixels. */
const EDGE = 12;

/** The scroll position (page y) that keeps `line` and `option` in view, given the current one. */
export function scrollTarget(
  line: { top: number },
  option: { bottom: number },
  view: { scrollY: number; height: number },
): number {
  const lineTop = line.top + view.scrollY;
  const optionBottom = option.bottom + view.scrollY;
  const showOption = optionBottom + EDGE - view.height;
  return Math.max(0, Math.min(showOption, lineTop - EDGE));
}

/** Scrolls the window so `line` and `option` are both on screen (see above). */
export function keepInView(line: Element | null, option: Element | null): void {
  if (!line || !option || typeof window.scrollTo !== 'function') return;
  const top = scrollTarget(line.getBoundingClientRect(), option.getBoundingClientRect(), {
    scrollY: window.scrollY,
    height: window.innerHeight,
  });
  if (Math.abs(top - window.scrollY) >= 1) window.scrollTo({ top, behavior: 'instant' });
}
