/**
 * The words that appear on evidence: session modes, criterion statuses, evidence kinds and the BTEC
 * evidence codes. Every screen and every export takes them from here, so a record, a CSV and the
 * debrief never describe the same thing two ways (and a practice session is never called evidence).
 */
import type { Authorship } from '../reflection/authorship';
import type { CriterionStatus, EvidenceCode } from '../scoring/assessment-types';
import type { EvidenceKind } from '../scoring/framework-schema';
import type { SessionMode } from '../session/log-types';
import type { TurnQuality } from './turn-quality';

/** "Practice" / "Assessment": the short tag for a session's mode. */
export const MODE_LABEL: Readonly<Record<SessionMode, string>> = {
  practice: 'Practice',
  assessment: 'Assessment',
};

/** What a session of each mode counts as, for records and files. */
export const MODE_EVIDENCE: Readonly<Record<SessionMode, string>> = {
  practice: 'practice (not assessment evidence)',
  assessment: 'assessment (simulation evidence, S)',
};

/** A criterion's status in words. Colours on screen are always paired with these words. */
export const STATUS_LABEL: Readonly<Record<CriterionStatus, string>> = {
  demonstrated: 'Demonstrated',
  'partly-demonstrated': 'Partly demonstrated',
  'not-demonstrated': 'Not demonstrated',
  'needs-other-evidence': 'Needs other evidence',
};

/** How a criterion is evidenced, in words. */
export const EVIDENCE_KIND_LABEL: Readonly<Record<EvidenceKind, string>> = {
  performance: 'Performance',
  knowledge: 'Knowledge',
  reflection: 'Reflection',
};

/** What each kind of evidence means, for notes beside a criteria table. */
export const EVIDENCE_KIND_HINT: Readonly<Record<EvidenceKind, string>> = {
  performance: 'shown by doing',
  knowledge: 'the learner’s own answers; never inferred from performance',
  reflection: 'the learner’s reflective account',
};

/** The short name of each evidence code, as running text uses it ("simulation (S)"). */
export const EVIDENCE_CODE_LABEL: Readonly<Record<EvidenceCode, string>> = {
  O: 'observation',
  'Q&A': 'questioning',
  P: 'products of work',
  RA: 'reflective account',
  PD: 'professional discussion',
  WT: 'witness testimony',
  S: 'simulation',
  EWT: 'expert witness testimony',
};

/**
 * Each evidence code as Pearson's BTEC specification lists it under "Forms of evidence"
 * (shared/seeds/003), for the key on an assessment record.
 */
export const EVIDENCE_CODE_NAME: Readonly<Record<EvidenceCode, string>> = {
  O: 'direct observation of the learner’s performance by their assessor',
  'Q&A': 'outcomes from oral or written questioning',
  P: 'products of the learner’s work',
  RA: 'personal statements and/or reflective accounts',
  PD: 'professional discussion',
  WT: 'authentic statements/witness testimony',
  S: 'simulation',
  EWT: 'expert witness testimony',
};

/** "reflective account (RA)" */
export const codeInWords = (code: EvidenceCode): string => `${EVIDENCE_CODE_LABEL[code]} (${code})`;

/** "a, b or c" */
export function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** "Qualification — 7 Unit title", as pickers, records and files name a criteria framework's unit. */
export const unitLabel = (f: {
  qualification: string;
  unit: { code?: string | null; title: string };
}): string => `${f.qualification} — ${f.unit.code ? `${f.unit.code} ` : ''}${f.unit.title}`;

/** "turn 2" / "turns 2, 4": a cross-reference to turns of the transcript, as records cite them. */
export const turnRefs = (turns: readonly number[]): string =>
  turns.length === 0 ? '' : `turn${turns.length === 1 ? '' : 's'} ${turns.join(', ')}`;

/** A response's quality in words (see turn-quality.ts). */
export const TURN_QUALITY_LABEL: Readonly<Record<TurnQuality, string>> = {
  good: 'Good',
  poor: 'Poor',
  mixed: 'Mixed (good and poor)',
};

/** A share as a whole percentage that never claims all or none when that is not exact. */
export function ownWordsPercent({ ownWords, totalWords, ownShare }: Authorship): number {
  const p = Math.round(ownShare * 100);
  if (p === 100 && ownWords < totalWords) return 99;
  if (p === 0 && ownWords > 0) return 1;
  return p;
}

/** "62% of this account is in the learner’s own words (310 of 500 words)" (`whose`: "your" on screen). */
export const authorshipSentence = (a: Authorship, whose = 'the learner’s'): string =>
  `${ownWordsPercent(a)}% of this account is in ${whose} own words (${a.ownWords} of ${a.totalWords} word${a.totalWords === 1 ? '' : 's'})`;
