// The built-in scenarios: filters, a polite count of what is shown, and the cards.
import { useMemo, useState } from 'react';
import type { CatalogueEntry } from '../../domain/scenario/catalogue';
import { filterScenarios, NO_FILTER, settingsOf } from './filter-scenarios';
import { ScenarioCard } from './scenario-card';
import { ScenarioFilters } from './scenario-filters';

export function ScenarioCatalogue({ entries }: { entries: CatalogueEntry[] }) {
  const [filter, setFilter] = useState(NO_FILTER);
  const settings = useMemo(() => settingsOf(entries), [entries]);
  const shown = useMemo(() => filterScenarios(entries, filter), [entries, filter]);

  return (
    <section className="library-section" aria-labelledby="scenarios-title">
      <h2 id="scenarios-title">Scenarios</h2>
      <ScenarioFilters settings={settings} filter={filter} onChange={setFilter} />
      <p className="filter-status" role="status">
        {`Showing ${shown.length} of ${entries.length} scenarios`}
      </p>
      {shown.length > 0 ? (
        <ul className="scenario-grid">
          {shown.map((s) => (
            <li key={s.id}>
              <ScenarioCard scenario={s} />
            </li>
          ))}
        </ul>
      ) : (
        <div className="empty-state">
          <p>No scenarios match these filters. Try another setting or difficulty.</p>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => setFilter(NO_FILTER)}
          >
            Show all scenarios
          </button>
        </div>
      )}
    </section>
  );
}
