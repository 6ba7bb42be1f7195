// A scenario's briefing: everything the learner would know walking up to the counter, then the start.
import { useEffect, useRef } from 'react';
import { catalogue } from 'virtual:scenarios';
import { ScenarioFacts } from '../../components/scenario-facts';
import type { CatalogueEntry } from '../../domain/scenario/catalogue';
import type { Scenario } from '../../domain/scenario/schema';
import {
  AssessedSection,
  ContentNotes,
  LimitsSection,
  StepBackSection,
  TextSection,
} from './briefing-sections';
import { StartForm } from './start-form';

export function Briefing({ scenario }: { scenario: Scenario }) {
  const title = useRef<HTMLHeadingElement>(null);
  const entries: CatalogueEntry[] = catalogue;
  const frameworks = entries.find((e) => e.id === scenario.id)?.frameworks ?? [];

  useEffect(() => {
    // Arriving from a link leaves focus on the page itself; start screen readers at the title.
    if (!document.activeElement || document.activeElement === document.body) title.current?.focus();
  }, []);

  return (
    <article className="briefing" aria-labelledby="briefing-title">
      <p className="briefing-back">
        <a href="#/">Back to the scenario library</a>
      </p>
      <header className="briefing-header">
        <p className="eyebrow">Briefing · {scenario.setting}</p>
        <h1 id="briefing-title" ref={title} tabIndex={-1}>
          {scenario.title}
        </h1>
        <ScenarioFacts
          channel={scenario.channel}
          difficulty={scenario.difficulty}
          minutes={scenario.minutes}
        />
      </header>
      <div className="briefing-layout">
        <div className="briefing-body">
          <ContentNotes notes={scenario.contentNotes} />
          <TextSection id="role" title="Your role" text={scenario.role} />
          <TextSection id="situation" title="The situation" text={scenario.situation} />
          <LimitsSection
            mayOffer={scenario.policy.mayOffer}
            mayNotOffer={scenario.policy.mayNotOffer}
          />
          <StepBackSection behaviour={scenario.policy.tolerance.behaviour} />
          <AssessedSection frameworks={frameworks} channel={scenario.channel} />
        </div>
        <StartForm scenarioId={scenario.id} />
      </div>
    </article>
  );
}
