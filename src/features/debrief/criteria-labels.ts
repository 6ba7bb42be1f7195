// Words for the criteria matrix: statuses, evidence kinds and the BTEC evidence codes. They appear on
// evidence, so they live in one domain module (src/domain/evidence/words.ts) shared with the exports.
// Status colours are always paired with these words and an icon.
export {
  codeInWords,
  EVIDENCE_CODE_LABEL,
  EVIDENCE_KIND_HINT,
  EVIDENCE_KIND_LABEL,
  orList,
  STATUS_LABEL,
} from '../../domain/evidence/words';

/** "1 criterion" / "3 criteria" */
export const criteriaCount = (n: number): string => `${n} criteri${n === 1 ? 'on' : 'a'}`;
