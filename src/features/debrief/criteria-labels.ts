// Words for the criteria matrix: statuses, evidence kinds and the BTEC evidence codes. They appear on
// evidence, so they live in one domain module (src/domain/evidence/words.ts) shared with the exports.
// Status colours are always paired with these words and an icon.
import type { EvidenceCode } from '../../domain/scoring/assessment-types';
import { codeInWords, orList } from '../../domain/evidence/words';

export {
  codeInWords,
  EVIDENCE_CODE_LABEL,
  EVIDENCE_KIND_HINT,
  EVIDENCE_KIND_LABEL,
  orList,
  STATUS_LABEL,
} from '../../domain/evidence/words';

/**
 * The evidence a criterion still needs, as the debrief of a simulation says it: the session is a
 * simulation already, so simulation (S) among the codes is "another simulation (S)".
 */
export const neededInWords = (codes: readonly EvidenceCode[]): string =>
  orList(codes.map((c) => (c === 'S' ? `another ${codeInWords(c)}` : codeInWords(c))));

/** "1 criterion" / "3 criteria" */
export const criteriaCount = (n: number): string => `${n} criteri${n === 1 ? 'on' : 'a'}`;
