/**
 * One number for how much an assessment credits, for comparing paths through a scenario (the
 * best-path property, the scripted learners): two for each criterion demonstrated, one for each
 * partly demonstrated. Criteria that need other evidence or were not demonstrated add nothing. It
 * is a yardstick for the checks, never shown to a learner as a grade.
 */
import type { Assessment } from './assessment-types';

export const criteriaScore = (a: Pick<Assessment, 'counts'>): number =>
  2 * a.counts['demonstrated'] + a.counts['partly-demonstrated'];
