/**
 * Checks that a value is plain JSON before it is hashed or stored: RFC 8785 canonical JSON is only
 * defined for JSON, and `JSON.stringify` would silently drop `undefined`, turn NaN into null and a
 * Date into a string — so a hash over such a value would not be a hash over what was meant.
 */

/** Where `value` is not plain JSON (e.g. `entries[3].tensionAfter is NaN`), or undefined. */
export function jsonProblem(value: unknown, path = 'value'): string | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return undefined;
  if (typeof value === 'number')
    return Number.isFinite(value) ? undefined : `${path} is ${String(value)}, not a JSON number`;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const p = jsonProblem(value[i], `${path}[${i}]`);
      if (p) return p;
    }
    return undefined;
  }
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null) return `${path} is not a plain object`;
    for (const [key, v] of Object.entries(value)) {
      const p = jsonProblem(v, `${path}.${key}`);
      if (p) return p;
    }
    return undefined;
  }
  return `${path} is ${typeof value}, not JSON`;
}
