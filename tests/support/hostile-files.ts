/**
 * The hostile scenario files of issue #10, written into a throwaway folder beside two good ones,
 * each with the one-line error the checker and the build must give for it. Generated rather than
 * committed: a 20 MB file and a Latin-1 one do not belong in the repository.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScenarioInput } from '../../src/domain/scenario/schema';
import { tightLoopScenarioInput } from '../../src/test-util/big-scenario';
import { constructorBeatInput } from '../../src/test-util/constructor-beat';
import { fakeScenarioInput } from '../../src/test-util/fake-scenario';
import { tempScenarioDir } from './temp-scenarios';

export interface HostileFiles {
  dir: string;
  /** Files that must pass, by name. */
  good: string[];
  /** Each failing file's name and the exact error lines for it. */
  bad: Record<string, string[]>;
}

const json = (s: ScenarioInput) => JSON.stringify(s, null, 2);
const withId = (id: string, patch: (s: ScenarioInput) => void = () => {}) => {
  const s = fakeScenarioInput();
  s.id = id;
  patch(s);
  return s;
};
const lineOf = (text: string, needle: string) =>
  text.slice(0, text.indexOf(needle)).split('\n').length;

export function writeHostileFiles(): HostileFiles {
  const dir = tempScenarioDir();
  const path = (name: string) => join(dir, name);
  const bad: Record<string, string[]> = {};

  // Good neighbours, checked in the same run.
  writeFileSync(path('good.yaml'), json(withId('good-counter')));
  writeFileSync(
    path('constructor-beat.yaml'),
    json({ ...constructorBeatInput(), id: 'constructor-beat' }),
  );
  writeFileSync(path('tight-loop.yaml'), json(tightLoopScenarioInput(30)));

  // An alias bomb: nine lines that would expand to 9^6 strings.
  const bomb = [
    'format: 1',
    'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
    ...['b', 'c', 'd', 'e', 'f'].map((k, i) => {
      const prev = 'abcde'[i];
      return `${k}: &${k} [${Array(9).fill(`*${prev}`).join(', ')}]`;
    }),
  ].join('\n');
  writeFileSync(path('alias-bomb.yaml'), bomb);
  bad['alias-bomb.yaml'] = [
    `${path('alias-bomb.yaml')}: line 3, column 8: not valid YAML: its aliases (*name) expand into too many copies, as in an alias bomb — write the repeated parts out, or use fewer aliases`,
  ];

  // Latin-1: "Málaga" with á as the single byte 0xE1.
  const latin = json(withId('latin-one', (s) => (s.situation = 'A customer from Málaga arrives.')));
  writeFileSync(path('latin-1.yaml'), Buffer.from(latin, 'latin1'));
  const at = latin.indexOf('á');
  const line = lineOf(latin, 'á');
  const column = at - latin.lastIndexOf('\n', at);
  bad['latin-1.yaml'] = [
    `${path('latin-1.yaml')}: line ${line}, column ${column} (byte offset ${at}): not UTF-8 text (byte 0xE1) — save the file as UTF-8 (it may be Latin-1 or Windows-1252)`,
  ];

  // Two files, one id.
  writeFileSync(path('same-id-a.yaml'), json(withId('twice-used')));
  writeFileSync(path('same-id-b.yaml'), json(withId('twice-used')));
  bad['same-id-a.yaml'] = [
    `${path('same-id-a.yaml')}: id: "twice-used" is also the id of ${path('same-id-b.yaml')} — give each scenario its own id`,
  ];
  bad['same-id-b.yaml'] = [
    `${path('same-id-b.yaml')}: id: "twice-used" is also the id of ${path('same-id-a.yaml')} — give each scenario its own id`,
  ];

  // .nan and .inf: numbers to YAML, never a tension.
  const nan = json(withId('not-a-number')).replace(
    '"initialTension": 50',
    '"initialTension": .nan',
  );
  writeFileSync(path('nan.yaml'), nan);
  bad['nan.yaml'] = [
    `${path('nan.yaml')}: customer.initialTension: .nan (not a number) is not allowed — write a finite number here (line ${lineOf(nan, '.nan')})`,
  ];
  const inf = json(withId('infinite')).replace('"tension": 85', '"tension": .inf');
  writeFileSync(path('inf.yaml'), inf);
  bad['inf.yaml'] = [
    `${path('inf.yaml')}: policy.tolerance.tension: .inf (infinity) is not allowed — write a finite number here (line ${lineOf(inf, '.inf')})`,
  ];

  // 20 MB of situation.
  const huge = json(withId('huge', (s) => (s.situation = 'A long story. '.repeat(1_500_000))));
  writeFileSync(path('huge.yaml'), huge);
  bad['huge.yaml'] = [
    `${path('huge.yaml')}: the file is ${Math.ceil(huge.length / 1024).toLocaleString('en-GB')} KB, over the 512 KB a scenario file may be — shorten its text or split it into several scenarios`,
  ];

  // Keys that are Object.prototype's: refused as fields and ids, never followed.
  const proto = json(withId('prototype-keys')).replace(
    '"format": 1,',
    '"format": 1,\n  "__proto__": { "polluted": true },',
  );
  writeFileSync(path('prototype-keys.yaml'), proto);
  bad['prototype-keys.yaml'] = [
    `${path('prototype-keys.yaml')}: __proto__: unknown field "__proto__" (line ${lineOf(proto, '__proto__')})`,
  ];

  return { dir, good: ['constructor-beat.yaml', 'good.yaml', 'tight-loop.yaml'], bad };
}
