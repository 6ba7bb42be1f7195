import { describe, expect, it } from 'vitest';
import { authorship } from '../../domain/reflection/authorship';
import { createDeclaration } from '../../domain/reflection/declaration';
import { newSessionRecord } from '../../domain/session/session-record';
import { accountFileText } from './declaration-download';

const file = (mode: 'practice' | 'assessment') =>
  accountFileText({
    record: newSessionRecord({
      id: 's1',
      scenarioId: 'passport-delay',
      scenarioTitle: 'Passport delayed',
      mode,
      learnerName: 'Ana',
      now: Date.UTC(2026, 5, 1, 9),
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
});
