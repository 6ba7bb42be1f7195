// One built-in scenario as a card: what it is, how it is delivered, and what it can evidence.
import type { CatalogueEntry } from '../../domain/scenario/catalogue';
import { ArrowRightIcon, AwardIcon } from '../../components/icons';
import {
  groupByQualification,
  QualificationList,
  type QualificationUnit,
} from '../../components/qualification-list';
import { ScenarioFacts } from '../../components/scenario-facts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "Evidence for 4 qualifications (6 units)". */
export const evidenceSummary = (units: QualificationUnit[]) =>
  `Evidence for ${plural(groupByQualification(units).length, 'qualification')} (${plural(units.length, 'unit')})`;

export function ScenarioCard({ scenario }: { scenario: CatalogueEntry }) {
  const { id, title, summary, setting, channel, difficulty, minutes, frameworks } = scenario;
  return (
    <article className="card scenario-card" aria-labelledby={`scenario-${id}-title`}>
      <p className="eyebrow">{setting}</p>
      <h3 id={`scenario-${id}-title`}>{title}</h3>
      <ScenarioFacts channel={channel} difficulty={difficulty} minutes={minutes} />
      <p className="scenario-summary">{summary}</p>
      {frameworks.length > 0 && (
        <details className="scenario-evidence">
          <summary>
            <AwardIcon />
            {evidenceSummary(frameworks)}
          </summary>
          <QualificationList units={frameworks} />
        </details>
      )}
      <a className="button scenario-link" href={`#/briefing/${id}`}>
        Read the briefing <span className="visually-hidden">for {title}</span>
        <ArrowRightIcon />
      </a>
    </article>
  );
}
