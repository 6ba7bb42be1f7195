/**
 * The batch of ten files for the assessor workspace's journey, written to a folder: the learner's
 * log exported from the app in the journey itself, copies of it broken in the ways an assessor
 * meets (truncated, tampered, a future format, an unknown scenario version, a forged replay), another
 * app's JSON, a 50 MB file, and two more logs made with the domain's own makeLog/sealLog (a practice
 * session and another learner). Each with the verdict it must get.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExportedLog } from '../../src/domain/session/log-types';
import { exportedFixture } from '../../src/test-util/assess-files';
import { forge } from '../../src/test-util/forge-log';

export interface JourneyFile {
  name: string;
  path: string;
  /** The verdict's label on screen. */
  label: string;
  /** Words its first problem must contain. */
  says?: string;
}

const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;

/** Writes the ten files into `dir`; `exported` is the learner's log as the app downloaded it. */
export async function writeJourneyFiles(dir: string, exported: string): Promise<JourneyFile[]> {
  const real = JSON.parse(exported) as ExportedLog;
  const second = real.entries.filter((e) => e.type === 'learner.respond')[1]!;
  const tampered = structuredClone(real);
  const edited = tampered.entries[second.seq - 1]!;
  if (edited.type === 'learner.respond') edited.text = `${edited.text} (and I was rude)`;
  const future = structuredClone(real) as unknown as { header: { format: number } };
  future.header.format = 2;
  const unknown = await forge(real, (l) => (l.header.scenario.hash = 'ab'.repeat(32)));
  const forged = await forge(real, (l) => {
    const e = l.entries[second.seq - 1]!;
    if (e.type === 'learner.respond') e.tensionAfter = (e.tensionAfter + 17) % 100;
  });
  const practice = await exportedFixture({ mode: 'practice', learnerName: 'Sam Practice' });
  const ben = await exportedFixture({ learnerName: 'Ben Learner' });

  const files: [string, string | Buffer, string, string?][] = [
    ['learner-log.json', exported, 'Verified'],
    [
      'truncated.json',
      exported.slice(0, Math.floor(exported.length / 2)),
      'Not JSON',
      'looks truncated',
    ],
    ['tampered.json', json(tampered), 'Tampered', `entry ${second.seq} has been changed`],
    [
      'other-app.json',
      json({
        actor: { mbox: 'mailto:a@example.org' },
        verb: { id: 'http://adlnet.gov/expapi/verbs/completed' },
      }),
      'Not a Defuse log',
      'not a Defuse session log',
    ],
    ['future-format.json', json(future), 'Unsupported format version', 'format 2 is newer'],
    ['huge.json', Buffer.alloc(50_000_000, 0x20), 'Too large', 'file is 50 MB'],
    ['unknown-version.json', json(unknown), 'Unknown scenario version', 'does not know'],
    ['forged.json', json(forged), 'Tampered', `entry ${second.seq}: recorded tension`],
    ['sam-practice.json', practice.text, 'Verified — practice session, not assessment evidence'],
    ['ben-learner.json', ben.text, 'Verified'],
  ];
  return files.map(([name, content, label, says]) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return { name, path, label, ...(says ? { says } : {}) };
  });
}
