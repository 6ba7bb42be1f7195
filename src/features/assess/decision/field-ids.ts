// The decision form's field ids, one rule for the form and its error summary's links.
import type { DraftField } from '../../../domain/assessor/decision-draft';

const safe = (code: string) => code.replace(/[^A-Za-z0-9]+/g, '-');

export const criterionIds = (code: string) => ({
  group: `decision-${safe(code)}`,
  met: `decision-${safe(code)}-met`,
  comment: `decision-${safe(code)}-comment`,
  hint: `decision-${safe(code)}-hint`,
});

export const OVERALL_ID = 'decision-overall-achieved';
export const OVERALL_COMMENT_ID = 'decision-overall-comment';
export const NAME_ID = 'decision-assessor-name';
export const ROLE_ID = 'decision-assessor-role';
export const DECLARED_ID = 'decision-declared';

/** The element a problem with `f` is fixed in. */
export function fieldId(f: DraftField): string {
  switch (f.field) {
    case 'criterion-decision':
      return criterionIds(f.code).met;
    case 'criterion-comment':
      return criterionIds(f.code).comment;
    case 'overall':
      return OVERALL_ID;
    case 'overall-comment':
      return OVERALL_COMMENT_ID;
    case 'assessor-name':
      return NAME_ID;
    case 'assessor-role':
      return ROLE_ID;
    case 'declared':
      return DECLARED_ID;
  }
}
