/**
 * Flattens a reflective-account draft to plain text for the learner's editor, and finds prompts the
 * learner has not filled in yet. A prompt renders as "[Your words: …]"; that marker is what the
 * declaration validator looks for before the learner may sign.
 */
import type { DraftPart, ReflectionDraft } from './draft-types';

/** How a prompt starts in plain text. */
export const PROMPT_MARKER = '[Your words:';
const PROMPT_PATTERN = /\[Your words:[^\]\n]*\]?/g;

/** Brackets inside a question would end the marker early, so they become parentheses. */
const safe = (s: string) => s.replace(/\[/g, '(').replace(/\]/g, ')');

/** One part as plain text: quotes in curly quotes with their turn, prompts as markers. */
export function partToText(part: DraftPart): string {
  switch (part.type) {
    case 'text':
      return part.text;
    case 'quote':
      return `“${part.text}” (turn ${part.turn})`;
    case 'prompt':
      return `${PROMPT_MARKER} ${safe(part.question)}]`;
  }
}

/** The whole draft as plain text: a title, then each stage's heading and paragraphs. */
export function toPlainText(draft: ReflectionDraft): string {
  const blocks = [draft.title];
  for (const section of draft.sections) {
    blocks.push(section.title);
    for (const paragraph of section.paragraphs) blocks.push(paragraph.map(partToText).join(''));
  }
  return `${blocks.join('\n\n')}\n`;
}

/** Every unfilled prompt marker left in a text, in order. */
export function unfilledPrompts(text: string): string[] {
  return text.match(PROMPT_PATTERN) ?? [];
}
