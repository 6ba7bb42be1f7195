/**
 * Checks that a value is plain JSON before it is hashed or stored: RFC 8785 canonical JSON is only
 * defined for JSON, and `JSON.stringify` would silently drop `undefined`, turn NaN into null and a
 * Date into a string — so a hash over such a value would not be a hash over what was meant.
 */

const LONE_SURROGATE = /\p{Cs}/u;

/** Where `value` is not plain JSON (e.g. `entries[3].tensionAfter is NaN`), or undefined. */
export function jsonProblem(value: unknown, path = 'value'): string | undefined {
  if (value === null || typeof value === 'boolean') return undefined;
  if (typeof value === 'string') {
    // A lone surrogate has no UTF-8 form: TextEncoder writes U+FFFD for it, so two different strings
    // would hash the same and a change between them would go unseen.
    const lone = LONE_SURROGATE.exec(value);
    return lone
      ? `${path} contains a lone surrogate (U+${lone[0].charCodeAt(0).toString(16).toUpperCase()}), which is not text`
      : undefined;
  }
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
      const p =
        jsonProblem(key, `${path} key ${JSON.stringify(key)}`) ?? jsonProblem(v, `${path}.${key}`);
      if (p) return p;
    }
    return undefined;
  }
  return `${path} is ${typeof value}, not JSON`;
}
