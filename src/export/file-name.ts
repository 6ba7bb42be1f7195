/**
 * Names of exported files, one rule for every export: what was played, when (the learner's local
 * date), by whom and which session, so files from one learner sort together and never collide:
 * `defuse-passport-delay-2026-06-01-ana-learner-3f2a9c1b.json`. Practice sessions say so in the name
 * (`defuse-passport-delay-practice-…`). Only a–z, 0–9 and single hyphens, so the name is safe on
 * every file system and in every mail client.
 */
import { localDate } from '../domain/evidence/dates';
import type { LogHeader } from '../domain/session/log-types';

const MAX_PART = 40;

/** "Ana Lérner-O'Neil" → "ana-lerner-o-neil": lower case, accents dropped, anything else a hyphen. */
export function slug(text: string, max = MAX_PART): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, max)
    .replace(/^-+|-+$/g, '');
}

/** The file name for an export of the session `header` describes, with extension `ext` ("json"). */
export function exportFileName(header: LogHeader, ext: string, kind?: string): string {
  const parts = [
    'defuse',
    slug(header.scenario.id),
    header.mode === 'practice' ? 'practice' : '',
    kind ? slug(kind) : '',
    localDate(header.startedAt, header.timeZone),
    slug(header.learnerName),
    slug(header.sessionId.slice(0, 8)),
  ];
  return `${parts.filter((p) => p !== '').join('-')}.${slug(ext, 8)}`;
}
