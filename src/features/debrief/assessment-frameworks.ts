// The criteria frameworks a scenario evidences, from the build's validated JSON. Imported only by the
// debrief (a lazy chunk), so the frameworks never reach the library's first-screen bundle.
import { frameworks } from 'virtual:frameworks';
import type { Scenario } from '../../domain/scenario/schema';
import type { Framework } from '../../domain/scoring/framework-schema';
import { unitLabel } from '../../domain/evidence/words';

/** "Qualification — unit title": the one wording, from the domain's evidence words. */
export { unitLabel };

/** The frameworks `scenario` declares, in its order; ids the build does not know are skipped. */
export function frameworksFor(scenario: Scenario): Framework[] {
  return scenario.frameworks
    .map((id) => frameworks.find((f) => f.id === id))
    .filter((f): f is Framework => f !== undefined);
}

/** The framework with this id, if this build has it. */
export const frameworkById = (id: string): Framework | undefined =>
  frameworks.find((f) => f.id === id);

/** A framework id in words, falling back to the id for a framework this build no longer has. */
export function unitLabelById(id: string): string {
  const f = frameworkById(id);
  return f ? unitLabel(f) : id;
}
