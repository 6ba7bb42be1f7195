/**
 * The batch an assessor is handed in the tests of the workspace: a learner's real exported log
 * (with a name that is markup and a formula) and nine others, most of them broken — truncated,
 * tampered, another app's JSON, a future format, 50 MB, an unknown scenario version, a forged
 * replay, not UTF-8 — plus a practice session, each with the verdict it must get. Built with the
 * domain's own makeLog/sealLog on the built-in passport-delay scenario. Node only.
 */
import type { FileKind } from '../domain/assessor/checked-file';
import { sealLog } from '../domain/session/chain';
import type { ExportedLog } from '../domain/session/log-types';
import { exportFixture, type ExportFixture, type FixtureOptions } from './export-fixture';
import { forge } from './forge-log';

/** A learner name an attacker might choose: markup and a spreadsheet formula. */
export const HOSTILE_NAME = '=HYPERLINK("http://x.example","y") <script>alert(1)</script>';

export interface BatchCase {
  name: string;
  /** The file's bytes (none for the oversized file: only its size is ever looked at). */
  bytes: Uint8Array | null;
  size: number;
  kind: FileKind;
  /** Words the first problem must contain (where it went wrong). */
  says?: string;
  practice?: boolean;
}

const encode = (text: string) => new TextEncoder().encode(text);
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const file = (name: string, text: string, kind: FileKind, says?: string): BatchCase => {
  const bytes = encode(text);
  return { name, bytes, size: bytes.length, kind, ...(says ? { says } : {}) };
};

/** A fixture session exported (sealed) as the app exports it. */
export async function exportedFixture(
  o: FixtureOptions = {},
): Promise<{ fixture: ExportFixture; log: ExportedLog; text: string }> {
  const fixture = await exportFixture(o);
  const log = await sealLog(fixture.log, fixture.exportedAt);
  return { fixture, log, text: json(log) };
}

/** The ten files (see the file comment), the learner's own log first. */
export async function batchCases(): Promise<BatchCase[]> {
  const { log, text } = await exportedFixture({ learnerName: HOSTILE_NAME });
  const practice = await exportedFixture({ mode: 'practice', learnerName: 'Sam Practice' });
  const respond = log.entries.filter((e) => e.type === 'learner.respond');
  const second = respond[1]!;

  const tampered = structuredClone(log);
  const edited = tampered.entries[second.seq - 1]!;
  if (edited.type === 'learner.respond') edited.text = `${edited.text} (and I was rude)`;

  const future = structuredClone(log) as unknown as { header: { format: number } };
  future.header.format = 2;

  const unknown = await forge(log, (l) => {
    l.header.scenario.hash = 'ab'.repeat(32);
  });
  const forged = await forge(log, (l) => {
    const e = l.entries[second.seq - 1]!;
    if (e.type === 'learner.respond') e.tensionAfter = (e.tensionAfter + 17) % 100;
  });

  return [
    file('ana-learner.json', text, 'verified'),
    { ...file('sam-practice.json', practice.text, 'verified'), practice: true },
    file('truncated.json', text.slice(0, Math.floor(text.length / 2)), 'not-json', 'truncated'),
    file('tampered.json', json(tampered), 'tampered', `entry ${second.seq} has been changed`),
    file(
      'package.json',
      json({ name: 'my-app', version: '1.0.0', scripts: { test: 'vitest' } }),
      'not-a-log',
      'not a Defuse session log',
    ),
    file('future.json', json(future), 'unsupported-format', 'format 2 is newer'),
    { name: 'huge.json', bytes: null, size: 50_000_000, kind: 'too-large', says: 'file is 50 MB' },
    file(
      'unknown-version.json',
      json(unknown),
      'unknown-scenario-version',
      'scenario version this app does not know',
    ),
    file('forged.json', json(forged), 'tampered', `entry ${second.seq}: recorded tension`),
    {
      name: 'photo.json',
      bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
      size: 6,
      kind: 'not-json',
      says: 'not UTF-8',
    },
  ];
}
