// Evidence links jump to a turn of the transcript (turn-item.tsx gives each `<li id="turn-N">`). With
// hash routing a plain `#turn-N` href would change the route, so the jump is done here and the URL
// is left alone.
import type { MouseEvent } from 'react';

export const turnAnchor = (turn: number): string => `turn-${turn}`;

/** Scrolls the turn into view and moves focus to it; false when the turn is not on the page. */
export function focusTurn(turn: number): boolean {
  const target = document.getElementById(turnAnchor(turn));
  if (!target) return false;
  // jsdom has no scrollIntoView; the browser's focus() would also scroll, but less predictably.
  if (typeof target.scrollIntoView === 'function') target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
  return true;
}

/** An onClick for an in-page link: jump with JS and keep the URL (and so the route) as it is. */
export const jumpToTurn = (turn: number) => (e: MouseEvent<HTMLAnchorElement>) => {
  e.preventDefault();
  focusTurn(turn);
};
