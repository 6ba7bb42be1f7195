/**
 * The control panel's keyboard shortcuts: one table, read both by the key handler and by the list
 * on screen, so every control has a shortcut and the list never disagrees with what the keys do.
 * Single keys, as a presenter's remote or a tutor at a lectern needs; they can be turned off (WCAG
 * 2.1.4), and never act while typing in a field or with Ctrl, Alt or ⌘ held.
 */
export type Command =
  | { kind: 'vote'; option: number; delta: 1 | -1 }
  | { kind: 'clear-votes' }
  | { kind: 'choose' }
  | { kind: 'pause' }
  | { kind: 'reveal' }
  | { kind: 'next' }
  | { kind: 'curveball' }
  | { kind: 'rewind' }
  | { kind: 'presenter' }
  | { kind: 'export-json' }
  | { kind: 'export-summary' };

export interface ShortcutInfo {
  /** As shown on screen. */
  keys: string;
  /** The key(s) for aria-keyshortcuts. */
  aria: string;
  does: string;
}

export const SHORTCUTS: Readonly<
  Record<Exclude<Command['kind'], 'vote'> | 'vote-add' | 'vote-remove', ShortcutInfo>
> = {
  'vote-add': { keys: '1 – 9', aria: '1', does: 'One more vote for that option' },
  'vote-remove': { keys: 'Shift + 1 – 9', aria: 'Shift+1', does: 'One vote fewer for that option' },
  'clear-votes': { keys: '0', aria: '0', does: 'Clear the votes' },
  choose: { keys: 'C', aria: 'C', does: 'Choose the option with the most votes' },
  pause: { keys: 'P', aria: 'P', does: 'Pause for discussion, or back to voting' },
  reveal: { keys: 'R', aria: 'R', does: 'Reveal what the choice did and why' },
  next: { keys: 'N', aria: 'N', does: 'On to the next turn' },
  curveball: { keys: 'B', aria: 'B', does: 'Curveball: go to its reason' },
  rewind: { keys: 'W', aria: 'W', does: 'Rewind: go to the turn to rewind to' },
  presenter: { keys: 'O', aria: 'O', does: 'Open the presenter window' },
  'export-json': { keys: 'J', aria: 'J', does: 'Download the class record (JSON)' },
  'export-summary': { keys: 'S', aria: 'S', does: 'Download the printable summary' },
};

const LETTERS: Readonly<Record<string, Command>> = {
  c: { kind: 'choose' },
  p: { kind: 'pause' },
  r: { kind: 'reveal' },
  n: { kind: 'next' },
  b: { kind: 'curveball' },
  w: { kind: 'rewind' },
  o: { kind: 'presenter' },
  j: { kind: 'export-json' },
  s: { kind: 'export-summary' },
};

/** What a key press asks for, or null for a key that is not a shortcut (or is being typed). */
export function commandFor(e: {
  key: string;
  code: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  target: EventTarget | null;
}): Command | null {
  if (e.ctrlKey || e.altKey || e.metaKey || isTyping(e.target)) return null;
  const digit =
    /^(?:Digit|Numpad)([0-9])$/.exec(e.code)?.[1] ?? (/^[0-9]$/.test(e.key) ? e.key : undefined);
  if (digit !== undefined) {
    const n = Number(digit);
    if (n === 0) return e.shiftKey ? null : { kind: 'clear-votes' };
    return { kind: 'vote', option: n, delta: e.shiftKey ? -1 : 1 };
  }
  if (e.shiftKey) return null;
  return LETTERS[e.key.toLowerCase()] ?? null;
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as { tagName?: unknown; isContentEditable?: unknown } | null;
  const tag = typeof el?.tagName === 'string' ? el.tagName.toLowerCase() : '';
  return (
    tag === 'input' || tag === 'textarea' || tag === 'select' || el?.isContentEditable === true
  );
}
