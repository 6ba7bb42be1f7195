import { describe, expect, it } from 'vitest';
import { MemoryLocalStorage } from '../../../test-util/log-storage-kit';
import { namespacedStorage } from './namespaced-storage';

describe('a namespaced view of localStorage', () => {
  it('reads and writes only its own keys, so the learner and the classroom never see each other', () => {
    const local = new MemoryLocalStorage();
    local.setItem('defuse:unsaved:learner-1', 'learner');
    const classroom = namespacedStorage(local, 'defuse-classroom:')!;
    classroom.setItem('defuse:unsaved:class-1', 'class');
    expect(local.getItem('defuse-classroom:defuse:unsaved:class-1')).toBe('class');
    expect(classroom.length).toBe(1);
    expect(classroom.key(0)).toBe('defuse:unsaved:class-1');
    expect(classroom.key(1)).toBeNull();
    expect(classroom.getItem('defuse:unsaved:learner-1')).toBeNull();
    classroom.clear();
    expect(local.keys()).toEqual(['defuse:unsaved:learner-1']);
    expect(namespacedStorage(null, 'x')).toBeNull();
  });
});
