// Finding the "[Your words: …]" prompts in the learner's text, so a button (or an error link) can
// select the next one for the learner to type over.
import { PROMPT_MARKER, unfilledPrompts } from '../../domain/reflection/plain-text';

/** The next unfilled prompt at or after `from` (wrapping to the start), as a text range. */
export function nextPrompt(text: string, from = 0): { start: number; end: number } | null {
  const at = (position: number) => {
    const start = text.indexOf(PROMPT_MARKER, position);
    if (start < 0) return null;
    const marker = unfilledPrompts(text.slice(start))[0] ?? PROMPT_MARKER;
    return { start, end: start + marker.length };
  };
  return at(from) ?? at(0);
}

/** Focuses the textarea with the next prompt after its caret selected; false when none is left. */
export function selectNextPrompt(
  textarea: HTMLTextAreaElement,
  from = textarea.selectionEnd,
): boolean {
  const range = nextPrompt(textarea.value, from);
  textarea.focus();
  if (!range) return false;
  textarea.setSelectionRange(range.start, range.end);
  return true;
}
