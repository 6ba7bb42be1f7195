/**
 * A stored record that could not be opened, as JSON for the learner to keep: exactly what was
 * stored, with the values JSON cannot hold (NaN, Infinity, big integers) written as text rather than
 * silently turned into null, so the download still shows what was wrong.
 */
export function rawRecordJson(raw: unknown): string {
  const text = JSON.stringify(
    raw,
    (_key, value: unknown) => {
      if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
      if (typeof value === 'bigint') return value.toString();
      if (value === undefined) return '(undefined)';
      return value;
    },
    2,
  );
  return text ?? 'null';
}
