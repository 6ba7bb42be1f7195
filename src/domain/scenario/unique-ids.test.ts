/** Two files with one scenario id both fail, each naming the other. */
import { expect, it } from 'vitest';
import { duplicateIdErrors } from './unique-ids';

it('names every other file that uses the id, and leaves unique ids alone', () => {
  const errors = duplicateIdErrors([
    { file: 'a.yaml', id: 'same' },
    { file: 'b.yaml', id: 'other' },
    { file: 'c.yaml', id: 'same' },
    { file: 'd.yaml', id: 'same' },
  ]);
  expect([...errors.keys()]).toEqual(['a.yaml', 'c.yaml', 'd.yaml']);
  expect(errors.get('c.yaml')).toBe(
    'c.yaml: id: "same" is also the id of a.yaml, d.yaml — give each scenario its own id',
  );
});
