// Where the play screen scrolls after a turn: the first option's bottom at the screen's bottom,
// unless that would take the latest line's top off the screen.
import { describe, expect, it } from 'vitest';
import { scrollTarget } from './keep-in-view';

const view = { scrollY: 1000, height: 740 };

describe('keeping the latest line, the cue and the first option in view', () => {
  it('shows as much of the conversation as fits above them', () => {
    // Line at 200..400 on screen, option bottom at 900: scroll 172 px further down.
    expect(scrollTarget({ top: 200 }, { bottom: 900 }, view)).toBe(1000 + 900 + 12 - 740);
  });

  it('never scrolls the latest line off the top, even when the option cannot fit', () => {
    expect(scrollTarget({ top: 300 }, { bottom: 1400 }, view)).toBe(1000 + 300 - 12);
  });

  it('scrolls back up when the page was left further down, and never above the top', () => {
    expect(scrollTarget({ top: -500 }, { bottom: -100 }, view)).toBe(1000 - 100 + 12 - 740);
    expect(scrollTarget({ top: 100 }, { bottom: 500 }, { scrollY: 0, height: 740 })).toBe(0);
  });
});
