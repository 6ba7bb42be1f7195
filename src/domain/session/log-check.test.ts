import { describe, expect, it } from 'vitest';
import { fakeScenario } from '../../test-util/fake-scenario';
import { makeLog } from '../../test-util/make-log';
import { WITHDRAW } from '../../test-util/sessions';
import { entriesProblems, entryProblems, headerProblems, versionProblems } from './log-check';
import { ENGINE_VERSION, type LogEntry } from './log-types';

const every = () =>
  makeLog(fakeScenario(), ['acknowledge', { tension: 60, reason: 'queue' }, WITHDRAW], {
    reflection: { frameworkId: 'f', draft: 'Draft', text: 'Mine' },
    sign: { name: 'Ana', date: '2026-06-01' },
  });

/** `value` with one field changed (undefined: removed). */
const edit = <T extends object>(value: T, patch: Record<string, unknown>): unknown => {
  const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) delete out[k];
    else out[k] = v;
  }
  return out;
};

describe('log-check', () => {
  it('accepts every kind of entry and the header the app writes', async () => {
    const log = await every();
    expect(new Set(log.entries.map((e) => e.type))).toEqual(
      new Set([
        'learner.respond',
        'tutor.override',
        'learner.withdraw',
        'reflection.revise',
        'reflection.sign',
      ]),
    );
    expect(headerProblems(log.header)).toEqual([]);
    expect(entriesProblems(log.entries)).toEqual([]);
  });

  it('names the field and what it must be', async () => {
    const log = await every();
    const [respond] = log.entries as [LogEntry];
    const at = (patch: Record<string, unknown>) =>
      entryProblems(edit(respond, patch), 'entries[0]');
    expect(at({ tensionAfter: '40' })).toEqual([
      'entries[0].tensionAfter must be a whole number from 0 to 100',
    ]);
    expect(at({ tensionAfter: 101 })).toEqual([
      'entries[0].tensionAfter must be a whole number from 0 to 100',
    ]);
    expect(at({ tensionBefore: 40.5 })).toEqual([
      'entries[0].tensionBefore must be a whole number from 0 to 100',
    ]);
    expect(at({ moodAfter: 'furious' })).toEqual([
      'entries[0].moodAfter must be one of "calm", "frustrated", "aggressive", "de-escalated" (it is "furious")',
    ]);
    expect(at({ techniques: ['empathy', 'shouting'] })[0]).toMatch(
      /^entries\[0\]\.techniques\[1\] must be one of "active-listening", .* \(it is "shouting"\)$/,
    );
    expect(at({ hash: 'abc' })).toEqual([
      'entries[0].hash must be a SHA-256 hash (64 lower-case hex digits)',
    ]);
    expect(at({ at: Number.NaN })).toEqual([
      'entries[0].at must be a time (a whole number of ms since 1970)',
    ]);
    expect(at({ ms: -1 })).toEqual(['entries[0].ms must be null or a whole number of ms from 0']);
    expect(at({ text: undefined })).toEqual(['entries[0].text is missing']);
    expect(at({ colour: 'red' })).toEqual([
      'entries[0].colour is not a field of a learner.respond entry',
    ]);
    expect(at({ type: 'learner.shout' })).toEqual([
      'entries[0].type "learner.shout" is not a kind of entry this version of Defuse knows (learner.respond, learner.withdraw, tutor.override, reflection.revise, reflection.sign)',
    ]);
    expect(entryProblems(null, 'entries[0]')).toEqual([
      'entries[0] must be an object (it is null)',
    ]);
  });

  it('checks each kind of entry by its own fields', async () => {
    const log = await every();
    const byType = (t: string) => log.entries.find((e) => e.type === t)!;
    expect(entryProblems(edit(byType('tutor.override'), { tension: -5 }), 'e')).toEqual([
      'e.tension must be a whole number from 0 to 100',
    ]);
    expect(entryProblems(edit(byType('tutor.override'), { tension: undefined }), 'e')).toEqual([]);
    expect(entryProblems(edit(byType('learner.withdraw'), { responseId: 'x' }), 'e')).toEqual([
      'e.responseId is not a field of a learner.withdraw entry',
    ]);
    expect(entryProblems(edit(byType('reflection.revise'), { generated: 3 }), 'e')).toEqual([
      'e.generated must be text',
    ]);
    expect(entryProblems(edit(byType('reflection.sign'), { date: '2026-02-30' }), 'e')).toEqual([
      'e.date must be a calendar date written YYYY-MM-DD',
    ]);
  });

  it('checks the header, and refuses a newer format plainly', async () => {
    const { header } = await every();
    expect(headerProblems(edit(header, { startedAt: undefined }))).toEqual([
      'header.startedAt is missing',
    ]);
    expect(headerProblems(edit(header, { mode: 'exam' }))).toEqual([
      'header.mode must be one of "practice", "assessment" (it is "exam")',
    ]);
    expect(headerProblems(edit(header, { format: 2 }))).toEqual([
      'header.format is 2: this log was written by a newer version of Defuse (this one reads format 1)',
    ]);
    expect(headerProblems(edit(header, { scenario: { id: 'x', title: 'X' } }))).toEqual([
      'header.scenario.hash is missing',
    ]);
    expect(
      headerProblems(edit(header, { scenario: { ...header.scenario, id: 'Fake Counter' } })),
    ).toEqual([
      'header.scenario.id must be an id in kebab-case (lower-case letters, digits and single hyphens)',
    ]);
    expect(headerProblems(edit(header, { attempt: 0, learnerName: 5 }))).toEqual([
      'header.learnerName must be text',
      'header.attempt must be a whole number from 1',
    ]);
  });

  it('refuses, as a version problem, a log made by a newer engine', async () => {
    const { header } = await every();
    expect(versionProblems(header)).toEqual([]);
    const newer = { ...header, engineVersion: ENGINE_VERSION + 1 };
    expect(headerProblems(newer)).toEqual([]);
    expect(versionProblems(newer)).toEqual([
      `header.engineVersion is ${ENGINE_VERSION + 1}: this log was made by a newer version of Defuse (this one has engine ${ENGINE_VERSION}); update Defuse to open it`,
    ]);
  });

  it('reports the first break in the numbering of entries', async () => {
    const { entries } = await every();
    const gap = [entries[0], entries[1], entries[3], entries[4]];
    expect(entriesProblems(gap)).toEqual(['entries[2] is numbered 4: entry 3 is missing']);
    expect(entriesProblems([entries[0], entries[0]])).toEqual([
      'entries[1] is numbered 1, expected 2: entries are duplicated or out of order',
    ]);
  });
});
