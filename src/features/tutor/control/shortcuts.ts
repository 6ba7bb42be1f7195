/**
 * The control panel's keyboard shortcuts: one table, read both by the key handler and by the list
 * on screen, so every control has a shortcut and the list never disagrees with what the keys do.
 * Single keys, as a presenter's remote or a tutor at a lectern needs (two for choosing a given option
 * or opening a given branch: G or T, then its number); they can be turned off (WCAG 2.1.4), and
 * never act while typing in a field or with Ctrl, Alt or ⌘ held.
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
  | { kind: 'export-summary' }
  /** G or T: the next digit chooses that option, or opens that branch. */
  | { kind: 'arm'; then: Armed }
  | { kind: 'choose-option'; option: number }
  | { kind: 'open-branch'; branch: number }
  /** Any other key after G or T. */
  | { kind: 'cancel' };

/** What the next digit is for, after G or T. */
export type Armed = 'choose-option' | 'open-branch';

export interface ShortcutInfo {
  /** As shown on screen. */
  keys: string;
  /** The key(s) for aria-keyshortcuts. */
  aria: string;
  does: string;
}

export const SHORTCUTS: Readonly<
  Record<
    | Exclude<Command['kind'], 'vote' | 'arm' | 'cancel' | 'choose-option' | 'open-branch'>
    | 'vote-add'
    | 'vote-remove'
    | 'choose-option'
    | 'open-branch',
    ShortcutInfo
  >
> = {
  'vote-add': { keys: '1 – 9', aria: '1', does: 'One more vote for that option' },
  'vote-remove': { keys: 'Shift + 1 – 9', aria: 'Shift+1', does: 'One vote fewer for that option' },
  'clear-votes': { keys: '0', aria: '0', does: 'Clear the votes' },
  choose: { keys: 'C', aria: 'C', does: 'Choose the option with the most votes' },
  'choose-option': { keys: 'G, then 1 – 9', aria: 'G', does: 'Choose that option' },
  pause: { keys: 'P', aria: 'P', does: 'Pause for discussion, or back to voting' },
  reveal: { keys: 'R', aria: 'R', does: 'Reveal what the choice did and why' },
  next: { keys: 'N', aria: 'N', does: 'On to the next turn' },
  curveball: { keys: 'B', aria: 'B', does: 'Curveball: go to its reason' },
  rewind: { keys: 'W', aria: 'W', does: 'Rewind: go to the turn to rewind to' },
  'open-branch': { keys: 'T, then 1 – 9', aria: 'T', does: 'Open that branch of the tree' },
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
  g: { kind: 'arm', then: 'choose-option' },
  t: { kind: 'arm', then: 'open-branch' },
};

/**
 * What a key press asks for, or null for a key that is not a shortcut (or is being typed). After G
 * or T (`armed`), a digit from 1 says which option or branch; any other key cancels.
 */
export function commandFor(
  e: {
    key: string;
    code: string;
    shiftKey: boolean;
    ctrlKey: boolean;
    altKey: boolean;
    metaKey: boolean;
    target: EventTarget | null;
  },
  armed: Armed | null = null,
): Command | null {
  if (e.ctrlKey || e.altKey || e.metaKey || isTyping(e.target)) return null;
  if (['Shift', 'Control', 'Alt', 'Meta'].includes(e.key)) return null;
  const digit =
    /^(?:Digit|Numpad)([0-9])$/.exec(e.code)?.[1] ?? (/^[0-9]$/.test(e.key) ? e.key : undefined);
  if (armed) {
    const n = Number(digit);
    if (digit === undefined || e.shiftKey || n === 0) return { kind: 'cancel' };
    return armed === 'choose-option'
      ? { kind: 'choose-option', option: n }
      : { kind: 'open-branch', branch: n };
  }
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
