/** Milliseconds as an ISO 8601 duration, the form xAPI's result.duration takes ("PT1M5.5S"). */
export function isoDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) throw new Error(`not a duration: ${ms} ms`);
  const totalSeconds = Math.round(ms) / 1000;
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  // Rounded to the millisecond, so floating-point noise never writes "5.499999S".
  const seconds = Math.round((totalSeconds % 60) * 1000) / 1000;
  const h = hours > 0 ? `${hours}H` : '';
  const m = minutes > 0 ? `${minutes}M` : '';
  const s = seconds > 0 || (!h && !m) ? `${seconds}S` : '';
  return `PT${h}${m}${s}`;
}
