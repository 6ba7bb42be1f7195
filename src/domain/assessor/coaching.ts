/**
 * Spots wording that coaches. A decision "may show why attainment against criteria has not been
 * demonstrated" but "must not provide feedback on how to improve evidence" (Pearson BTEC, shared/
 * seeds/003, "Issuing assessment decisions and feedback"). These are the phrases advice is made of —
 * "next time", "you should", "try to", "to improve" — looked for outside quotation marks, so an
 * assessor can still quote what the learner said ("the learner said “you should calm down”").
 */

const COACHING = [
  /\bnext time\b/i,
  /\bin (?:the )?future\b/i,
  /\bshould\b/i,
  /\bcould have\b/i,
  /\bwould (?:have been|be) better\b/i,
  /\btry (?:to|and)\b/i,
  /\bimprov(?:e|es|ed|ing|ement|ements)\b/i,
  /\binstead\b/i,
  /\bconsider\b/i,
  /\bremember to\b/i,
  /\bmake sure\b/i,
  /\bwork on\b/i,
  /\bfocus on\b/i,
  /\bdon['’]t forget\b/i,
  /\brecommend/i,
  /\bsuggest/i,
  /\btips?\b/i,
];

/** Text in straight or curly double quotation marks: someone's words, quoted. */
const QUOTED = /“[^”]*”|"[^"]*"/g;

/** The first coaching phrase in `text` outside quotation marks, as written there; null if none. */
export function coachingPhrase(text: string): string | null {
  const unquoted = text.replace(QUOTED, (q) => ' '.repeat(q.length));
  let first: { at: number; words: string } | null = null;
  for (const pattern of COACHING) {
    const m = pattern.exec(unquoted);
    if (m && (first === null || m.index < first.at)) first = { at: m.index, words: m[0] };
  }
  return first?.words ?? null;
}
