/**
 * How much of a reflective account is the learner's own words, for the authenticity record. The
 * draft and the final text are compared with jsdiff's diffWords. A *word* is a run of letters or
 * digits (an inner apostrophe keeps "don't" one word). Each word of the final text is the learner's
 * own if any of its characters were added by the learner (so a changed word counts as theirs), and
 * kept from the draft otherwise. Words the learner deleted from the draft are not counted.
 */
import { diffWords } from 'diff';

/** The learner's share of the final text. */
export interface Authorship {
  /** Words in the final text the learner wrote or changed. */
  ownWords: number;
  /** Words in the final text kept unchanged from the generated draft. */
  draftWords: number;
  /** Words in the final text (ownWords + draftWords). */
  totalWords: number;
  /** ownWords / totalWords, 0 when the final text has no words. */
  ownShare: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** Counts words as this module defines them. */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Compares the generated draft with the learner's final text (see the file comment). */
export function authorship(draftText: string, finalText: string): Authorship {
  // The final text is the concatenation of the parts that were not removed, in order.
  const added = new Uint8Array(finalText.length);
  let at = 0;
  for (const part of diffWords(draftText, finalText)) {
    if (part.removed) continue;
    if (part.added) added.fill(1, at, at + part.value.length);
    at += part.value.length;
  }
  let ownWords = 0;
  let totalWords = 0;
  for (const m of finalText.matchAll(WORD)) {
    totalWords += 1;
    if (added.subarray(m.index, m.index + m[0].length).includes(1)) ownWords += 1;
  }
  return {
    ownWords,
    draftWords: totalWords - ownWords,
    totalWords,
    ownShare: totalWords === 0 ? 0 : ownWords / totalWords,
  };
}
