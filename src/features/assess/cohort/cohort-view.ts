// How the assessor has the cohort table set: the unit its criteria column is for, the sort and the
// filters. Kept in a store so they survive opening a review and coming back.
import { create } from 'zustand';
import { NO_FILTER, type CohortFilter, type CohortSort } from '../../../domain/assessor/cohort';

export interface CohortView {
  unitId: string | null;
  sort: CohortSort;
  filter: CohortFilter;
  setUnit(id: string): void;
  /** Sorts by `key`: ascending first, and the other way on a second press. */
  sortBy(key: CohortSort['key']): void;
  setFilter(change: Partial<CohortFilter>): void;
  reset(): void;
}

const INITIAL = {
  unitId: null,
  sort: { key: 'file', direction: 'ascending' } as CohortSort,
  filter: NO_FILTER,
};

export const useCohortView = create<CohortView>()((set, get) => ({
  ...INITIAL,
  setUnit: (unitId) => set({ unitId }),
  sortBy(key) {
    const { sort } = get();
    set({
      sort: {
        key,
        direction: sort.key === key && sort.direction === 'ascending' ? 'descending' : 'ascending',
      },
    });
  },
  setFilter: (change) => set({ filter: { ...get().filter, ...change } }),
  reset: () => set(INITIAL),
}));
