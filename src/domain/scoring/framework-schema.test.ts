import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { TECHNIQUES } from '../escalation/techniques';
import {
  FRAMEWORK_FORMAT,
  SCORING_RULES,
  parseFramework,
  type Framework,
} from './framework-schema';
import { loadFrameworkFiles } from '../../../scripts/load-frameworks';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const frameworksDir = path.join(repoRoot, 'scenarios', 'frameworks');
const frameworks = loadFrameworkFiles(frameworksDir);
const byId = new Map(frameworks.map((f) => [f.id, f]));

/** Codes "p.1".."p.n" for each [prefix, n]. */
const range = (...parts: [number, number][]) =>
  parts.flatMap(([p, n]) => Array.from({ length: n }, (_, i) => `${p}.${i + 1}`));

const REQUIRED: Record<string, string[]> = {
  'iao-l3-difficult-customers': ['AC1', 'AC2', 'AC3', 'AC4'],
  'lsib-l2-difficult-customers': range([1, 7], [2, 10], [3, 10]),
  'lsib-l2-disorderly-aggressive': range([1, 8], [2, 8]),
  'btec-l2-unit7-conflict': range([1, 5], [2, 10], [3, 2]),
  'l2-pss-icsc1-queries-problems': range([1, 4], [2, 6], [3, 10]),
  'l2-pss-icsf2-follow-rules': range([1, 5], [2, 10]),
  'l2-pss-icsa4-4-4': ['4.4'],
};

/** Seed text as compared: HTML tags stripped, whitespace collapsed. */
const normalise = (s: string) =>
  s
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const seedCache = new Map<string, string>();
const seedText = (f: Framework) => {
  const file = path.resolve(repoRoot, '..', f.source);
  if (!seedCache.has(file)) seedCache.set(file, normalise(readFileSync(file, 'utf8')));
  return seedCache.get(file) ?? '';
};

describe('criteria framework files', () => {
  it('every file validates, and there is one per required unit', () => {
    const files = readdirSync(frameworksDir).filter((n) => n.endsWith('.yaml'));
    expect(frameworks).toHaveLength(files.length);
    expect([...byId.keys()].sort()).toEqual(Object.keys(REQUIRED).sort());
  });

  it('ids equal file names', () => {
    const names = readdirSync(frameworksDir)
      .filter((n) => n.endsWith('.yaml'))
      .map((n) => n.replace(/\.yaml$/, ''));
    expect(frameworks.map((f) => f.id).sort()).toEqual(names.sort());
  });

  it.each(Object.entries(REQUIRED))(
    '%s holds exactly its criteria, in document order',
    (id, codes) => {
      expect(byId.get(id)?.criteria.map((c) => c.code)).toEqual(codes);
    },
  );

  it.each(frameworks.map((f) => [f.id, f] as const))(
    '%s: every criterion text and outcome appears verbatim in its seed document',
    (_id, f) => {
      const seed = seedText(f);
      for (const c of f.criteria) {
        expect(seed, `${f.id} ${c.code} text`).toContain(normalise(c.text));
        if (c.outcome) expect(seed, `${f.id} ${c.code} outcome`).toContain(normalise(c.outcome));
      }
      expect(seed).toContain(normalise(f.unit.title));
    },
  );

  it('knowledge and reflection criteria have no shownBy or simulation flag', () => {
    for (const f of frameworks)
      for (const c of f.criteria.filter((x) => x.evidence !== 'performance')) {
        expect(c.shownBy, `${f.id} ${c.code}`).toBeUndefined();
        expect(c.simulation, `${f.id} ${c.code}`).toBeUndefined();
      }
  });

  it('shownBy is present exactly for simulatable performance criteria', () => {
    for (const f of frameworks)
      for (const c of f.criteria) {
        const simulatable = c.evidence === 'performance' && c.simulation === true;
        expect(c.shownBy !== undefined, `${f.id} ${c.code}`).toBe(simulatable);
      }
  });

  it('every technique and rule named exists', () => {
    const rules = SCORING_RULES.map((r) => r.id) as string[];
    for (const f of frameworks)
      for (const c of f.criteria) {
        const named = [...(c.shownBy?.techniques ?? []), ...(c.shownBy?.underminedBy ?? [])];
        for (const t of named) expect(TECHNIQUES, `${f.id} ${c.code}`).toContain(t);
        if (c.shownBy?.rule) expect(rules).toContain(c.shownBy.rule);
      }
  });

  it('IAO codes are explained, and its reflective account is a reflection criterion', () => {
    const iao = byId.get('iao-l3-difficult-customers');
    expect(iao?.codeNote).toMatch(/AC1/);
    expect(iao?.criteria.find((c) => c.code === 'AC4')?.evidence).toBe('reflection');
    expect(iao?.criteria.find((c) => c.code === 'AC3')?.shownBy?.rule).toBe('adapting-approach');
  });
});

const valid = `format: 1
id: x
qualification: Q
level: 2
unit: { title: T }
source: shared/seeds/x.txt
criteria:
  - { code: "1.1", text: "Describe it", evidence: knowledge }
  - code: "1.2"
    text: "Do it"
    evidence: performance
    simulation: true
    why: "Because."
    shownBy: { techniques: [empathy] }
`;
const FILE = 'scenarios/frameworks/x.yaml';
const errorOf = (text: string, file = FILE) => {
  try {
    parseFramework(text, file);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected parseFramework to throw');
};

describe('parseFramework', () => {
  it('accepts a minimal valid file', () => {
    expect(parseFramework(valid, FILE).criteria).toHaveLength(2);
    expect(FRAMEWORK_FORMAT).toBe(1);
  });

  it('reports file, path and problem for an unknown technique', () => {
    expect(errorOf(valid.replace('[empathy]', '[calm-down]'))).toBe(
      `${FILE}: criteria[1].shownBy.techniques[0]: unknown technique "calm-down"`,
    );
  });

  it('reports one line per problem', () => {
    const broken = valid
      .replace('evidence: knowledge', 'evidence: knowledge, shownBy: { techniques: [empathy] }')
      .replace('level: 2', 'level: 2\ncolour: red')
      .replace('    simulation: true\n', '');
    expect(errorOf(broken).split('\n').sort()).toEqual([
      `${FILE}: (top level): unknown field "colour"`,
      `${FILE}: criteria[0].shownBy: not allowed for knowledge criteria (they cannot be inferred from performance)`,
      `${FILE}: criteria[1].simulation: required when evidence is performance`,
    ]);
  });

  it('refuses shownBy on a non-simulatable criterion and requires it on a simulatable one', () => {
    expect(errorOf(valid.replace('simulation: true', 'simulation: false'))).toContain(
      'criteria[1].shownBy: not allowed when simulation is false',
    );
    expect(errorOf(valid.replace(/\n {4}shownBy:.*\n/, '\n'))).toBe(
      `${FILE}: criteria[1].shownBy: required when evidence is performance and simulation is true`,
    );
  });

  it('refuses duplicate codes, non-kebab ids and ids that differ from the file name', () => {
    expect(errorOf(valid.replace('"1.2"', '"1.1"'))).toBe(
      `${FILE}: criteria[1].code: duplicate code "1.1" (also criteria[0])`,
    );
    expect(errorOf(valid.replace('id: x', 'id: Not_Kebab'))).toContain(
      `${FILE}: id: must be kebab-case`,
    );
    expect(errorOf(valid, 'scenarios/frameworks/y.yaml')).toContain('does not match the file name');
  });

  it('refuses a poor technique as evidence', () => {
    expect(errorOf(valid.replace('[empathy]', '[dismissing]'))).toContain(
      'criteria[1].shownBy.techniques[0]: poor technique "dismissing" cannot count as evidence',
    );
  });

  it('refuses format 2, saying which format the file has and which is supported', () => {
    const message = errorOf(valid.replace('format: 1', 'format: 2'));
    expect(message).toBe(
      `${FILE}: format: the file has format 2; this version supports format 1 only`,
    );
  });

  it('refuses a file with no format', () => {
    expect(errorOf(valid.replace('format: 1\n', ''))).toBe(
      `${FILE}: format: the file has no format field; this version supports format 1 only`,
    );
  });

  it('reports YAML syntax errors with their position', () => {
    expect(errorOf('format: 1\ncriteria: [\nid: x\n')).toMatch(
      /^scenarios\/frameworks\/x\.yaml: line \d+, column \d+: YAML syntax error: /,
    );
  });
});
