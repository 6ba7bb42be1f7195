// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { STATUS_LABEL, turnRefs } from '../domain/evidence/words';
import { nextEntry } from '../domain/session/chain';
import { trace } from '../domain/session/trace';
import { exportFixture, FIXTURE_ACCOUNT, type FixtureOptions } from '../test-util/export-fixture';
import { assessmentRecordFileName, assessmentRecordHtml } from './assessment-record';
import type { RecordInput } from './record/record-input';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
/** The document's text with runs of white space as one space. */
const textOf = (node: Node | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function record(o: FixtureOptions = {}, patch: Partial<RecordInput> = {}) {
  const f = await exportFixture(o);
  const html = assessmentRecordHtml({ ...f.input, ...patch });
  const doc = parse(html);
  return { f, html, doc, text: textOf(doc.body) };
}

/** A section of the record by its heading. */
function section(doc: Document, heading: RegExp): Element {
  const h = [...doc.querySelectorAll('h2')].find((x) => heading.test(x.textContent ?? ''));
  if (!h) throw new Error(`no section headed ${String(heading)}`);
  return h.closest('section') ?? h.parentElement!;
}

function detail(doc: Document, label: string): string {
  const th = [...doc.querySelectorAll('.details th')].find((x) => x.textContent === label);
  if (!th) throw new Error(`no detail "${label}"`);
  return textOf(th.nextElementSibling);
}

describe('assessmentRecordHtml', () => {
  it('is one self-contained document: no scripts, no external resources, a strict CSP', async () => {
    const { html, doc } = await record();
    expect(html.startsWith('<!doctype html>\n<html lang="en-GB">')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(doc.querySelectorAll('script, link, img, iframe, object, embed, button')).toHaveLength(
      0,
    );
    expect(
      doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
    ).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    const style = doc.querySelector('style')?.textContent ?? '';
    expect(style).toMatch(/@page\s*\{\s*size: A4/);
    expect(style).toMatch(/break-inside: avoid/);
    expect(style).toMatch(/break-after: avoid/);
    for (const el of doc.querySelectorAll('*'))
      for (const a of el.attributes) {
        expect(a.name).not.toMatch(/^on/i);
        expect(a.value).not.toMatch(/^\s*(javascript|https?):/i);
      }
  });

  it('gives the session’s details: learner, date with its zone, scenario version, id, attempt, mode, evidence', async () => {
    const { f, doc } = await record();
    expect(doc.querySelector('h1')?.textContent).toBe('Assessment record');
    expect(detail(doc, 'Learner')).toBe('Ana Learner');
    expect(detail(doc, 'Date of the session')).toMatch(
      /^1 June 2026, 10:00 BST, last turn 1 June 2026, 10:02 BST \(time zone Europe\/London\)$/,
    );
    expect(detail(doc, 'Scenario')).toBe(
      `Passport delayed, flight on Friday, version ${f.log.header.scenario.hash.slice(0, 12)} (id passport-delay)`,
    );
    expect(detail(doc, 'Session id')).toBe('3f2a9c1b-7d4e-4c1a-9b2f-0a1b2c3d4e5f');
    expect(detail(doc, 'Attempt')).toMatch(/^2 /);
    expect(detail(doc, 'Mode')).toBe('Assessment (simulation evidence, S)');
    expect(detail(doc, 'Evidence type')).toBe(
      'simulation (S); reflective account (RA), signed by the learner on 1 June 2026',
    );
    expect(detail(doc, 'Qualification and unit')).toContain(
      '7 Handling Customer Conflict and Challenge',
    );
    expect(detail(doc, 'Log seal (SHA-256)')).toBe(f.seal);
  });

  it('cross-references every criterion of the unit to the turns cited, with status and type', async () => {
    const { f, doc } = await record();
    const rows = [...section(doc, /^Criteria cross-reference/).querySelectorAll('tbody tr')].filter(
      (r) => !r.classList.contains('outcome-row'),
    );
    expect(rows.map((r) => r.querySelector('th')?.textContent)).toEqual(
      f.framework.criteria.map((c) => c.code),
    );
    for (const c of f.assessment.criteria) {
      const row = textOf(rows.find((r) => r.querySelector('th')?.textContent === c.code)!);
      expect(row).toContain(c.text);
      expect(row).toContain(STATUS_LABEL[c.status]);
      const cited = c.refs.filter((r) => r.bearing === 'for').map((r) => r.turn);
      if (cited.length) expect(row).toContain(`For: ${turnRefs(cited)}`);
    }
    const c21 = textOf(rows.find((r) => r.querySelector('th')?.textContent === '2.1')!);
    expect(c21).toMatch(/Demonstrated For: turns 1, 4, 5, 6, 7 .* S$/);
    expect(textOf(rows.find((r) => r.querySelector('th')?.textContent === '2.2')!)).toContain(
      'Against: turn 2',
    );
  });

  it('has the transcript: every turn, the override and the ending', async () => {
    const { f, doc } = await record();
    const transcript = textOf(section(doc, /^Transcript$/));
    for (const t of f.trace.turns) {
      expect(transcript).toContain(`Turn ${t.turn} ·`);
      expect(transcript).toContain(`“${t.customerLine}”`);
      expect(transcript).toContain(t.customerCue);
      expect(transcript).toContain(`Learner: “${t.text}”`);
      expect(transcript).toContain(`Tension ${t.tensionBefore} → ${t.tensionAfter}`);
      if (t.reply) {
        const name = f.trace.scenario.customer.name;
        expect(transcript).toContain(`Learner: “${t.text}” ${name} replied: “${t.reply.line}”`);
        expect(transcript).toContain(t.reply.cue);
      }
    }
    // The fixture's path passes a response with a reply, so the check above is not vacuous.
    expect(f.trace.turns.some((t) => t.reply !== null)).toBe(true);
    expect(transcript).toContain('Techniques: Quoting rules at the customer.');
    expect(transcript).toContain(
      'Tutor override (log entry 3, 10:00:45 BST): the tutor set tension to 55. Reason given: “The queue behind her is growing”',
    );
    expect(transcript).toContain(`Ending: ${f.trace.outcome!.title}`);
  });

  it('draws the tension chart as inline SVG, one point per step and the start', async () => {
    const { f, doc } = await record();
    const svg = section(doc, /^Tension across/).querySelector('svg')!;
    const points = svg.querySelector('polyline')!.getAttribute('points')!.split(' ');
    expect(points).toHaveLength(f.trace.steps.length + 1);
    // The limit is marked on the cues the learner saw, so no hidden tension line is drawn.
    expect(textOf(svg)).not.toMatch(/Limit \(\d+\)/);
    expect(textOf(svg)).toContain('Aggressive (70)');
    expect([...svg.querySelectorAll('text')].map((t) => t.textContent?.trim())).toEqual(
      expect.arrayContaining(['Start', '1', 'T', '6', 'Turn', 'Tension']),
    );
  });

  it('has the account, the share of own words and the signed declaration', async () => {
    const { doc } = await record();
    const reflection = textOf(section(doc, /^Reflective account/));
    expect(reflection).toContain(FIXTURE_ACCOUNT);
    expect(reflection).toContain(
      '61% of this account is in the learner’s own words (22 of 36 words)',
    );
    expect(reflection).toContain('I declare that this reflective account is my own work.');
    expect(reflection).toContain('Signed: Ana Learner');
    expect(reflection).toContain('Date: 1 June 2026 (2026-06-01');
  });

  it('leaves space for the assessor’s decision and declaration, and quotes the seal in full', async () => {
    const { f, doc } = await record();
    const assessor = textOf(section(doc, /^Assessor’s decision$/));
    expect(assessor).toContain('Criteria met (codes)');
    expect(assessor).toMatch(/Achieved.*Not yet achieved/);
    expect(assessor).toContain('Assessor’s declaration');
    expect(assessor).toContain('the evidence submitted for this assessment is the learner’s own');
    for (const line of ['Assessor’s name', 'Role', 'Signature', 'Date'])
      expect(assessor).toContain(line);
    const integrity = textOf(section(doc, /^Integrity of the log$/));
    expect(integrity).toContain(`Seal (SHA-256) — note this on receipt: ${f.seal}`);
    expect(integrity).toContain('defuse-passport-delay-2026-06-01-ana-learner-3f2a9c1b.json');
  });

  it('writes hostile text as text, everywhere', async () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>" onmouseover="alert(3)';
    const { html, doc } = await record({ learnerName: hostile, account: `Mine ${hostile}` });
    expect(html).not.toMatch(/<script|<img/i);
    expect(doc.querySelectorAll('script, img')).toHaveLength(0);
    expect([...doc.querySelectorAll('[onmouseover], [onerror]')]).toHaveLength(0);
    expect(detail(doc, 'Learner')).toBe(hostile.replace(/\s+/g, ' '));
    expect(doc.title).toContain(hostile);
    expect(textOf(section(doc, /^Reflective account/))).toContain(`Signed: ${hostile}`);
  });

  it('labels a practice session PRACTICE and never presents it as simulation evidence', async () => {
    const { html, doc, text } = await record({ mode: 'practice' });
    expect(doc.title).toMatch(/^PRACTICE/);
    expect(doc.querySelector('h1')?.textContent).toMatch(/^PRACTICE/);
    expect(textOf(doc.querySelector('.banner-practice'))).toMatch(
      /^PRACTICE SESSION — not assessment evidence/,
    );
    expect(text).not.toMatch(/simulation evidence/i);
    expect(text).not.toMatch(/evidence \(S\)|\(S\) evidence|simulation \(S\);/);
    expect(detail(doc, 'Mode')).toBe('Practice (not assessment evidence)');
    expect(detail(doc, 'Evidence type')).toBe(
      'None: a practice session is not assessment evidence.',
    );
    const criteria = section(doc, /^Criteria cross-reference/);
    expect(textOf(criteria.querySelector('h2'))).toContain('practice');
    expect([...criteria.querySelectorAll('thead th')].map((t) => t.textContent)).not.toContain(
      'Evidence type',
    );
    expect(textOf(section(doc, /^Assessor’s decision$/))).toContain(
      'Not applicable: this is a practice session',
    );
    expect(html).not.toContain('Criteria met (codes)');
    expect(
      assessmentRecordFileName({ trace: (await exportFixture({ mode: 'practice' })).trace }),
    ).toBe('defuse-passport-delay-practice-record-2026-06-01-ana-learner-3f2a9c1b.html');
  });

  it('does not claim RA for an account that is unsigned, or changed since it was signed', async () => {
    const unsigned = await record({ unsigned: true });
    expect(detail(unsigned.doc, 'Evidence type')).toBe('simulation (S)');
    expect(textOf(section(unsigned.doc, /^Reflective account/))).toContain('Not signed.');

    const f = await exportFixture();
    const revised = await nextEntry(
      f.log,
      { type: 'reflection.revise', frameworkId: f.framework.id, generated: null, text: 'Changed.' },
      f.log.header.startedAt + 600_000,
    );
    const changed = trace(f.scenario, { ...f.log, entries: [...f.log.entries, revised] });
    const doc = parse(assessmentRecordHtml({ ...f.input, trace: changed }));
    expect(detail(doc, 'Evidence type')).toBe('simulation (S)');
    expect(textOf(section(doc, /^Reflective account/))).toMatch(
      /changed after it was signed .* not signed evidence \(RA\)/,
    );
  });

  it('warns when the log does not replay as it was recorded', async () => {
    const f = await exportFixture();
    const tampered = {
      ...f.log,
      entries: f.log.entries.map((e) => (e.seq === 1 ? { ...e, tensionAfter: 99 } : e)),
    };
    const doc = parse(assessmentRecordHtml({ ...f.input, trace: trace(f.scenario, tampered) }));
    expect(textOf(doc.querySelector('[role="alert"]'))).toMatch(
      /does not replay as it was recorded .* entry 1: recorded tension 99, replay gives 47/,
    );
  });

  it('refuses an assessment for another unit or scenario', async () => {
    const f = await exportFixture();
    expect(() =>
      assessmentRecordHtml({ ...f.input, framework: { ...f.framework, id: 'other-unit' } }),
    ).toThrow(/framework "btec-l2-unit7-conflict", not "other-unit"/);
    expect(() =>
      assessmentRecordHtml({ ...f.input, assessment: { ...f.assessment, scenarioId: 'x' } }),
    ).toThrow(/scenario "x"/);
  });

  it('makes a record without a unit, saying there is no cross-reference', async () => {
    const f = await exportFixture();
    const { assessment: _a, framework: _f, ...rest } = f.input;
    const doc = parse(assessmentRecordHtml(rest));
    expect(detail(doc, 'Qualification and unit')).toMatch(/^None chosen/);
    expect(textOf(section(doc, /^Criteria cross-reference/))).toContain(
      'no criteria cross-reference',
    );
    expect(textOf(section(doc, /^Transcript$/))).toContain(`Learner: “${f.trace.turns[0]!.text}”`);
    expect(() => assessmentRecordHtml({ ...rest, assessment: f.assessment })).toThrow(
      /together, or neither/,
    );
  });

  it('shows dates in the session’s zone, whatever the machine’s zone', async () => {
    const f = await exportFixture();
    const utc = { ...f.log, header: { ...f.log.header, timeZone: 'UTC' } };
    const doc = parse(assessmentRecordHtml({ ...f.input, trace: trace(f.scenario, utc) }));
    expect(detail(doc, 'Date of the session')).toMatch(/^1 June 2026, 09:00 UTC/);
  });
});
