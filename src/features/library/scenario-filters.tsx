// The setting and difficulty selects. The list updates as soon as either changes.
import { DIFFICULTIES, type Difficulty } from '../../domain/scenario/vocabulary';
import { difficultyWords } from '../../components/scenario-facts';
import type { ScenarioFilter } from './filter-scenarios';

interface Props {
  settings: string[];
  filter: ScenarioFilter;
  onChange(filter: ScenarioFilter): void;
}

export function ScenarioFilters({ settings, filter, onChange }: Props) {
  return (
    <div className="scenario-filters">
      <div className="field">
        <label htmlFor="filter-setting">Setting</label>
        <select
          id="filter-setting"
          value={filter.setting}
          onChange={(e) => onChange({ ...filter, setting: e.target.value })}
        >
          <option value="">All settings</option>
          {settings.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-difficulty">Difficulty</label>
        <select
          id="filter-difficulty"
          value={filter.difficulty}
          onChange={(e) => onChange({ ...filter, difficulty: e.target.value as Difficulty | '' })}
        >
          <option value="">All difficulties</option>
          {DIFFICULTIES.map((d) => (
            <option key={d} value={d}>
              {difficultyWords[d]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
