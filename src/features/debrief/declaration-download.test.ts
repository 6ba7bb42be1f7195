import { describe, expect, it } from 'vitest';
import { authorship } from '../../domain/reflection/authorship';
import { createDeclaration } from '../../domain/reflection/declaration';
import { newLog } from '../../domain/session/new-log';
import { sessionRecord } from '../../store/session-view';
import { accountFileText } from './declaration-download';

/** 00:30 BST on 1 June 2026 (23:30 UTC on 31 May). */
const STARTED = Date.UTC(2026, 4, 31, 23, 30);

const file = (mode: 'practice' | 'assessment') =>
  accountFileText({
    record: sessionRecord({
      log: newLog({
        appVersion: '0.1.0',
        sessionId: 's1',
        scenario: { id: 'passport-delay', title: 'Passport delayed', hash: 'a'.repeat(64) },
        mode,
        learnerName: 'Ana',
        attempt: 1,
        startedAt: STARTED,
        timeZone: 'Europe/London',
        optionSeed: 'seed',
      }),
      summary: { turns: 0, outcome: null, updatedAt: STARTED },
    }),
    frameworkId: 'btec-l2-unit7-conflict',
    text: 'My account.',
    share: authorship('', 'My account.'),
    declaration: createDeclaration('Ana', '2026-06-01'),
  });

describe('accountFileText', () => {
  it('never calls a practice session simulation evidence', () => {
    expect(file('practice')).toMatch(/^Session: .*, practice \(not assessment evidence\)$/m);
    expect(file('practice')).not.toMatch(/simulation evidence|\bS\)/);
    expect(file('assessment')).toMatch(/^Session: .*, assessment \(simulation evidence, S\)$/m);
  });

  it('dates the session in the zone it was played in (1 June in London, not the UTC 31 May)', () => {
    expect(file('assessment')).toMatch(/^Session: 1 June 2026, /m);
    expect(file('assessment')).toContain('Date: 1 June 2026 (2026-06-01)');
  });
});
