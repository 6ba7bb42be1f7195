/**
 * Dates on evidence. Every date a record, file or screen shows is a moment (ms since the epoch) read
 * in the IANA time zone the session was played in (the log header's `timeZone`), and says which zone
 * it is in: "1 June 2026, 09:15 BST". The declaration's date is the learner's local calendar date, so
 * 00:30 BST on 1 June is 1 June (not 31 May, as the UTC date would have it). Pure: the moment is
 * always passed in, never read from a clock.
 */

/** The calendar and clock fields of a moment in a zone. */
interface ZoneFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** The month's name in English ("June"). */
  monthName: string;
  /** The zone's abbreviation at that moment ("BST", "GMT", "UTC", "GMT+5:30"). */
  zoneName: string;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(timeZone: string): Intl.DateTimeFormat {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
      timeZoneName: 'short',
    });
    formats.set(timeZone, f);
  }
  return f;
}

/** Whether `timeZone` is an IANA zone this runtime knows. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * The zone dates are shown in: `timeZone` if this runtime knows it, else UTC. Every date is labelled
 * with its zone, so falling back never misstates a time; it only shows it in UTC.
 */
export const zoneOrUtc = (timeZone: string): string =>
  isKnownTimeZone(timeZone) ? timeZone : 'UTC';

// prettier-ignore
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function fields(ms: number, timeZone: string): ZoneFields {
  const parts = formatFor(zoneOrUtc(timeZone)).formatToParts(ms);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  const num = (type: Intl.DateTimeFormatPartTypes) => Number(part(type));
  const monthName = part('month');
  return {
    year: num('year'),
    month: MONTHS.indexOf(monthName) + 1,
    day: num('day'),
    hour: num('hour') % 24,
    minute: num('minute'),
    second: num('second'),
    monthName,
    zoneName: part('timeZoneName'),
  };
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** The learner's local calendar date at `ms` in `timeZone`: "2026-06-01". */
export function localDate(ms: number, timeZone: string): string {
  const f = fields(ms, timeZone);
  return `${pad(f.year, 4)}-${pad(f.month)}-${pad(f.day)}`;
}

/** The zone's offset from UTC at `ms`, in minutes (60 for BST). */
export function offsetMinutes(ms: number, timeZone: string): number {
  const f = fields(ms, timeZone);
  const wall = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
  return Math.round((wall - Math.floor(ms / 1000) * 1000) / 60_000);
}

/** ISO 8601 with the zone's offset, to the second: "2026-06-01T10:00:15+01:00". */
export function isoInZone(ms: number, timeZone: string): string {
  const f = fields(ms, timeZone);
  const off = offsetMinutes(ms, timeZone);
  const sign = off < 0 ? '-' : '+';
  return (
    `${pad(f.year, 4)}-${pad(f.month)}-${pad(f.day)}T${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}` +
    `${sign}${pad(Math.trunc(Math.abs(off) / 60))}:${pad(Math.abs(off) % 60)}`
  );
}

/** The zone's abbreviation at `ms`: "BST" in summer and "GMT" in winter for Europe/London. */
export const zoneAbbreviation = (ms: number, timeZone: string): string =>
  fields(ms, timeZone).zoneName;

/** "1 June 2026": the calendar date at `ms` in `timeZone`. */
export function dateInWords(ms: number, timeZone: string): string {
  const f = fields(ms, timeZone);
  return `${f.day} ${f.monthName} ${f.year}`;
}

/** "1 June 2026, 09:15 BST": a moment as records show it. */
export function dateTimeInWords(ms: number, timeZone: string): string {
  const f = fields(ms, timeZone);
  return `${f.day} ${f.monthName} ${f.year}, ${pad(f.hour)}:${pad(f.minute)} ${f.zoneName}`;
}

/** "09:15:30 BST": the time of a turn within a session. */
export function timeInWords(ms: number, timeZone: string): string {
  const f = fields(ms, timeZone);
  return `${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)} ${f.zoneName}`;
}

/** "2026-06-01" → "1 June 2026" (a calendar date names no moment, so no zone); anything else as it is. */
export function isoDateInWords(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return localDate(ms, 'UTC') === iso ? dateInWords(ms, 'UTC') : iso;
}
