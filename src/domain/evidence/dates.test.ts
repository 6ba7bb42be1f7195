import { describe, expect, it } from 'vitest';
import {
  dateInWords,
  dateTimeInWords,
  isKnownTimeZone,
  isoDateInWords,
  isoInZone,
  localDate,
  offsetMinutes,
  timeInWords,
  zoneAbbreviation,
  zoneOrUtc,
} from './dates';

const LONDON = 'Europe/London';
/** 00:30 BST on 1 June 2026 is 23:30 UTC on 31 May. */
const HALF_PAST_MIDNIGHT_BST = Date.UTC(2026, 4, 31, 23, 30);

describe('localDate: the learner’s calendar date, on both sides of midnight', () => {
  it('dates 00:30 BST on 1 June as 1 June in London, and as 31 May in UTC', () => {
    expect(localDate(HALF_PAST_MIDNIGHT_BST, LONDON)).toBe('2026-06-01');
    expect(localDate(HALF_PAST_MIDNIGHT_BST, 'UTC')).toBe('2026-05-31');
  });

  it('dates 23:59:59 and 00:00 in the zone on either side of its midnight', () => {
    const midnightBst = Date.UTC(2026, 4, 31, 23, 0); // 00:00 BST on 1 June
    expect(localDate(midnightBst - 1000, LONDON)).toBe('2026-05-31');
    expect(localDate(midnightBst, LONDON)).toBe('2026-06-01');
    const midnightUtc = Date.UTC(2026, 5, 1);
    expect(localDate(midnightUtc - 1000, 'UTC')).toBe('2026-05-31');
    expect(localDate(midnightUtc, 'UTC')).toBe('2026-06-01');
  });

  it('follows the zone in winter (GMT = UTC) and far from London', () => {
    expect(localDate(Date.UTC(2026, 0, 1, 0, 30), LONDON)).toBe('2026-01-01');
    expect(localDate(Date.UTC(2025, 11, 31, 23, 30), LONDON)).toBe('2025-12-31');
    expect(localDate(Date.UTC(2026, 5, 1, 20, 0), 'Pacific/Auckland')).toBe('2026-06-02');
    expect(localDate(Date.UTC(2026, 5, 1, 3, 0), 'America/New_York')).toBe('2026-05-31');
  });
});

describe('moments with their zone', () => {
  it('writes ISO 8601 with the offset of the moment', () => {
    expect(isoInZone(HALF_PAST_MIDNIGHT_BST, LONDON)).toBe('2026-06-01T00:30:00+01:00');
    expect(isoInZone(HALF_PAST_MIDNIGHT_BST, 'UTC')).toBe('2026-05-31T23:30:00+00:00');
    expect(isoInZone(Date.UTC(2026, 0, 5, 9, 5, 7), LONDON)).toBe('2026-01-05T09:05:07+00:00');
    expect(isoInZone(Date.UTC(2026, 5, 1, 8, 15), 'Asia/Kolkata')).toBe(
      '2026-06-01T13:45:00+05:30',
    );
    expect(isoInZone(Date.UTC(2026, 5, 1, 8, 15), 'America/St_Johns')).toBe(
      '2026-06-01T05:45:00-02:30',
    );
    expect(offsetMinutes(Date.UTC(2026, 5, 1, 8, 15, 0) + 999, LONDON)).toBe(60);
  });

  it('names the zone: BST in summer, GMT in winter', () => {
    expect(dateTimeInWords(Date.UTC(2026, 5, 1, 8, 15), LONDON)).toBe('1 June 2026, 09:15 BST');
    expect(dateTimeInWords(Date.UTC(2026, 0, 5, 9, 5), LONDON)).toBe('5 January 2026, 09:05 GMT');
    expect(dateTimeInWords(Date.UTC(2026, 5, 1, 8, 15), 'UTC')).toBe('1 June 2026, 08:15 UTC');
    expect(zoneAbbreviation(Date.UTC(2026, 5, 1), LONDON)).toBe('BST');
    expect(timeInWords(Date.UTC(2026, 5, 1, 8, 15, 30), LONDON)).toBe('09:15:30 BST');
    expect(dateInWords(HALF_PAST_MIDNIGHT_BST, LONDON)).toBe('1 June 2026');
  });

  it('shows a zone this runtime does not know in UTC, and says so', () => {
    expect(isKnownTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(zoneOrUtc('Mars/Olympus_Mons')).toBe('UTC');
    expect(zoneOrUtc(LONDON)).toBe(LONDON);
    expect(dateTimeInWords(Date.UTC(2026, 5, 1, 8, 15), 'Mars/Olympus_Mons')).toBe(
      '1 June 2026, 08:15 UTC',
    );
  });
});

describe('isoDateInWords', () => {
  it('writes a calendar date in words and leaves anything else as it is', () => {
    expect(isoDateInWords('2026-06-01')).toBe('1 June 2026');
    expect(isoDateInWords('2024-02-29')).toBe('29 February 2024');
    expect(isoDateInWords('2026-02-30')).toBe('2026-02-30');
    expect(isoDateInWords('1 June')).toBe('1 June');
  });
});
