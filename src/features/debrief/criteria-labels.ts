// Words for the criteria matrix: statuses, evidence kinds and the BTEC evidence codes. Status
// colours are always paired with these words and an icon.
import type { CriterionStatus, EvidenceCode } from '../../domain/scoring/assessment-types';
import type { EvidenceKind } from '../../domain/scoring/framework-schema';

export const STATUS_LABEL: Readonly<Record<CriterionStatus, string>> = {
  demonstrated: 'Demonstrated',
  'partly-demonstrated': 'Partly demonstrated',
  'not-demonstrated': 'Not demonstrated',
  'needs-other-evidence': 'Needs other evidence',
};

export const EVIDENCE_KIND_LABEL: Readonly<Record<EvidenceKind, string>> = {
  performance: 'Performance',
  knowledge: 'Knowledge',
  reflection: 'Reflection',
};

/** What each kind of evidence means, for the matrix's note. */
export const EVIDENCE_KIND_HINT: Readonly<Record<EvidenceKind, string>> = {
  performance: 'shown by doing',
  knowledge: 'the learner’s own answers; never inferred from performance',
  reflection: 'the learner’s reflective account',
};

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

/** "reflective account (RA)" */
export const codeInWords = (code: EvidenceCode): string => `${EVIDENCE_CODE_LABEL[code]} (${code})`;

/** "a, b or c" */
export function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** "1 criterion" / "3 criteria" */
export const criteriaCount = (n: number): string => `${n} criteri${n === 1 ? 'on' : 'a'}`;
