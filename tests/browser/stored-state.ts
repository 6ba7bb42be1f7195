/**
 * Everything a page's origin keeps, read without changing it: each IndexedDB database's object
 * stores (keys and values, in key order) and localStorage, as one JSON text, so a test can show a
 * screen left a learner's stored work byte for byte as it was. A database that does not exist is
 * reported as absent, never opened (opening would create it).
 */
import type { Page } from 'playwright-core';

export function storedState(page: Page, databases: readonly string[]): Promise<string> {
  return page.evaluate(async (names) => {
    const existing = new Set((await indexedDB.databases()).map((d) => d.name));
    const dump: Record<string, unknown> = {};
    for (const name of names) {
      if (!existing.has(name)) {
        dump[name] = 'absent';
        continue;
      }
      dump[name] = await new Promise((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const stores = [...db.objectStoreNames];
          const out: Record<string, unknown> = { version: db.version };
          if (stores.length === 0) {
            db.close();
            return resolve(out);
          }
          const tx = db.transaction(stores, 'readonly');
          const reads = stores.map((s) => ({
            s,
            keys: tx.objectStore(s).getAllKeys(),
            values: tx.objectStore(s).getAll(),
          }));
          tx.oncomplete = () => {
            for (const r of reads)
              out[r.s] = (r.keys.result as unknown[]).map((k, i) => [
                k,
                (r.values.result as unknown[])[i],
              ]);
            db.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      });
    }
    const local = Object.keys(localStorage)
      .sort()
      .map((k) => [k, localStorage.getItem(k)]);
    return JSON.stringify({ indexedDB: dump, localStorage: local });
  }, databases);
}
