/**
 * A view of localStorage in which every key carries a prefix, and only such keys are seen. The
 * classroom's log storage keeps its copies of unsaved entries (and attempt numbers) through one, so
 * they can never be mistaken for a learner's: each storage reads only the copies it wrote.
 */
export function namespacedStorage(local: Storage | null, prefix: string): Storage | null {
  if (!local) return null;
  const own = (): string[] => {
    const keys: string[] = [];
    for (let i = 0; i < local.length; i++) {
      const key = local.key(i);
      if (key !== null && key.startsWith(prefix)) keys.push(key.slice(prefix.length));
    }
    return keys;
  };
  return {
    get length() {
      return own().length;
    },
    key: (i: number) => own()[i] ?? null,
    getItem: (key: string) => local.getItem(prefix + key),
    setItem: (key: string, value: string) => local.setItem(prefix + key, value),
    removeItem: (key: string) => local.removeItem(prefix + key),
    clear: () => {
      for (const key of own()) local.removeItem(prefix + key);
    },
  };
}
