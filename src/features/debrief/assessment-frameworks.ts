// The criteria frameworks a scenario evidences. The app has every framework's labels at hand and
// loads a unit's criteria only when it is shown (each framework is a chunk of its own), so the
// debrief never downloads the units nobody chose.
import { useEffect, useState } from 'react';
import { frameworkIndex, loadFramework } from 'virtual:framework-index';
import type { Scenario } from '../../domain/scenario/schema';
import type { FrameworkEntry } from '../../domain/scoring/framework-index';
import type { Framework } from '../../domain/scoring/framework-schema';
import { unitLabel } from '../../domain/evidence/words';

/** "Qualification — unit title": the one wording, from the domain's evidence words. */
export { unitLabel };
export type { FrameworkEntry };

/** The frameworks `scenario` declares, in its order; ids the build does not know are skipped. */
export function frameworksFor(scenario: Scenario): FrameworkEntry[] {
  return scenario.frameworks
    .map((id) => frameworkIndex.find((f) => f.id === id))
    .filter((f): f is FrameworkEntry => f !== undefined);
}

/** The labels of the framework with this id, if this build has it. */
export const frameworkById = (id: string): FrameworkEntry | undefined =>
  frameworkIndex.find((f) => f.id === id);

/** A framework id in words, falling back to the id for a framework this build no longer has. */
export function unitLabelById(id: string): string {
  const f = frameworkById(id);
  return f ? unitLabel(f) : id;
}

const loaded = new Map<string, Framework>();

/** A framework with its criteria, loaded once per id. */
export async function frameworkCriteria(id: string): Promise<Framework | null> {
  const known = loaded.get(id);
  if (known) return known;
  const f = await loadFramework(id);
  if (f) loaded.set(id, f);
  return f;
}

/** The framework `id`, once its chunk has loaded (null until then, or if it cannot be had). */
export function useFrameworkCriteria(id: string): { framework: Framework | null; failed: boolean } {
  const [state, setState] = useState<{ id: string; framework: Framework | null; failed: boolean }>(
    () => ({ id, framework: loaded.get(id) ?? null, failed: false }),
  );
  useEffect(() => {
    if (id === '') return;
    if (loaded.has(id)) return setState({ id, framework: loaded.get(id)!, failed: false });
    let live = true;
    frameworkCriteria(id).then(
      (framework) => live && setState({ id, framework, failed: framework === null }),
      () => live && setState({ id, framework: null, failed: true }),
    );
    return () => {
      live = false;
    };
  }, [id]);
  if (state.id !== id) return { framework: loaded.get(id) ?? null, failed: false };
  return { framework: state.framework, failed: state.failed };
}
