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

/** For each character of `finalText`, 1 where the learner added it to the draft, else 0. */
function addedMask(draftText: string, finalText: string): Uint8Array {
  // The final text is the concatenation of the parts that were not removed, in order.
  const added = new Uint8Array(finalText.length);
  let at = 0;
  for (const part of diffWords(draftText, finalText)) {
    if (part.removed) continue;
    if (part.added) added.fill(1, at, at + part.value.length);
    at += part.value.length;
  }
  return added;
}

/** Each word of `finalText` with whether it is the learner's own (see the file comment). */
function wordsOf(draftText: string, finalText: string) {
  const added = addedMask(draftText, finalText);
  return [...finalText.matchAll(WORD)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    own: added.subarray(m.index, m.index + m[0].length).includes(1),
  }));
}

/** Compares the generated draft with the learner's final text (see the file comment). */
export function authorship(draftText: string, finalText: string): Authorship {
  const words = wordsOf(draftText, finalText);
  const ownWords = words.filter((w) => w.own).length;
  const totalWords = words.length;
  return {
    ownWords,
    draftWords: totalWords - ownWords,
    totalWords,
    ownShare: totalWords === 0 ? 0 : ownWords / totalWords,
  };
}

/** A run of the final text: the learner's own words, or words kept from the draft. */
export interface AuthoredSegment {
  text: string;
  own: boolean;
}

/**
 * The final text split into runs of own words and of draft words, for showing the two apart. The
 * runs join to exactly `finalText`; the space and punctuation between two words of the same kind
 * belong to their run, and anything between runs of different kinds goes with the run before it.
 */
export function authoredSegments(draftText: string, finalText: string): AuthoredSegment[] {
  const words = wordsOf(draftText, finalText);
  if (words.length === 0) return finalText ? [{ text: finalText, own: false }] : [];
  const out: AuthoredSegment[] = [];
  let start = 0;
  words.forEach((w, i) => {
    const next = words[i + 1];
    if (next && next.own === w.own) return;
    const end = next ? next.start : finalText.length;
    out.push({ text: finalText.slice(start, end), own: w.own });
    start = end;
  });
  return out;
}
