// The ending: its title, its kind in words, how it came about, and what happened next.
import { ENDING_CAUSE_LABEL, ENDING_KIND_LABEL } from '../../domain/escalation/ending-kinds';
import type { EngineEnding } from '../../domain/escalation/types';
import type { Scenario } from '../../domain/scenario/schema';
import { endingOf } from '../../domain/scenario/lookup';

export function DebriefEnding({ scenario, ending }: { scenario: Scenario; ending: EngineEnding }) {
  const info = endingOf(scenario, ending.id);
  return (
    <section
      className={`debrief-ending card ending-${ending.kind}`}
      aria-labelledby="ending-heading"
    >
      <p className="ending-kind">{ENDING_KIND_LABEL[ending.kind]}</p>
      <h2 id="ending-heading">{info?.title ?? ending.id}</h2>
      <p className="ending-cause">{ENDING_CAUSE_LABEL[ending.cause]}</p>
      {info && (
        <>
          <h3>What happened next</h3>
          <p>{info.text}</p>
        </>
      )}
    </section>
  );
}
