/**
 * The printable class summary: one self-contained HTML document (inline stylesheet, no scripts, no
 * external resources, a Content Security Policy that allows neither) for the tutor's records and the
 * next lesson's plan — the branches explored as a tree, then for each branch the votes per turn,
 * what was chosen and whether it followed the vote, the curveballs and why, and the ending; then
 * every ending reached. Everything comes from the class record (class-record.ts); all text is escaped.
 */
import type {
  ClassBranch,
  ClassRecord,
  ClassTurn,
  DecidedBy,
} from '../../domain/classroom/class-record';
import { dateTimeInWords } from '../../domain/evidence/dates';
import { MOOD_LABEL } from '../../domain/escalation/mood';
import { html, type Html } from '../record/html';
import { recordDocument } from '../record/record-document';
import { RECORD_STYLE } from '../record/record-style';

const DECIDED: Readonly<Record<DecidedBy, string>> = {
  'most-votes': 'the most votes',
  tutor: 'the tutor (not the most votes)',
  'no-votes': 'the tutor (no votes counted)',
};

/** The record's stylesheet, and what only the class record has: the options, the branch tree. */
const STYLE = html`${RECORD_STYLE}
  <style>
    ol.options {
      margin: 0;
      padding-left: 1.4em;
    }
    .chosen {
      font-weight: bold;
    }
    .muted {
      color: #444;
    }
    ul.tree,
    ul.tree ul {
      margin: 0.2em 0;
      padding-left: 1.4em;
    }
  </style>`;

const votesWord = (n: number) => `${n} ${n === 1 ? 'vote' : 'votes'}`;

function branchTitle(b: ClassBranch): string {
  return b.parentNumber === null
    ? `Branch ${b.number}: the class session as played`
    : `Branch ${b.number}: turn ${b.fromTurn} taken again (from branch ${b.parentNumber})`;
}

function tree(record: ClassRecord): Html {
  const children = (n: number | null): ClassBranch[] =>
    record.branches.filter((b) => b.parentNumber === n);
  const item = (b: ClassBranch): Html =>
    html`<li>
      ${branchTitle(b)} — ${b.turns.length} ${b.turns.length === 1 ? 'turn' : 'turns'},
      ${b.outcome ? html`ended: ${b.outcome.title}` : 'not finished'}
      ${
        children(b.number).length > 0 &&
        html`<ul>
          ${children(b.number).map(item)}
        </ul>`
      }
    </li>`;
  return html`<ul class="tree">
    ${children(null).map(item)}
  </ul>`;
}

function turnRow(t: ClassTurn): Html {
  return html`<tr>
    <td>${t.turn}</td>
    <td>${t.customerLine}</td>
    <td>
      <ol class="options">
        ${t.options.map(
          (o) =>
            html`<li class="${o.chosen ? 'chosen' : ''}">
              ${o.text}${o.votes !== null && html` — ${votesWord(o.votes)}`}${
                o.chosen && ' (chosen)'
              }
            </li>`,
        )}
      </ol>
    </td>
    <td>
      ${t.chosen.number}. ${t.chosen.text}
      <div class="muted">Chosen by ${DECIDED[t.decidedBy]}</div>
    </td>
    <td>
      ${t.tensionBefore} → ${t.tensionAfter}
      <div class="muted">${MOOD_LABEL[t.moodBefore]} → ${MOOD_LABEL[t.moodAfter]}</div>
    </td>
  </tr>`;
}

function branchSection(b: ClassBranch): Html {
  const own = b.turns.filter((t) => !t.inherited);
  const curveballs = b.curveballs.filter((c) => !c.inherited);
  return html`<section>
    <h3>${branchTitle(b)}</h3>
    ${
      b.fromTurn !== null &&
      b.fromTurn > 1 &&
      html`<p class="muted">Turns 1–${b.fromTurn - 1} as in branch ${b.parentNumber}.</p>`
    }
    ${
      own.length === 0
        ? html`<p>No turns taken in this branch yet.</p>`
        : html`<table>
            <thead>
              <tr>
                <th scope="col">Turn</th>
                <th scope="col">The customer said</th>
                <th scope="col">Options and votes</th>
                <th scope="col">Chosen</th>
                <th scope="col">Tension and mood</th>
              </tr>
            </thead>
            <tbody>
              ${own.map(turnRow)}
            </tbody>
          </table>`
    }
    ${
      curveballs.length > 0 &&
      html`<p><strong>Curveballs</strong></p>
        <ul>
          ${curveballs.map(
            (c) =>
              html`<li>
                After turn ${c.afterTurn}: “${c.reason}” — tension ${c.tensionBefore} →
                ${c.tensionAfter}
              </li>`,
          )}
        </ul>`
    }
    <p>
      <strong>Ending:</strong>
      ${b.outcome ? b.outcome.title : 'not reached (the branch was left here)'}
    </p>
    ${
      b.discrepancies.length > 0 &&
      html`<p>
        <strong>This branch's log does not replay as recorded:</strong>
        ${b.discrepancies.map((d) => html`entry ${d.seq}: ${d.message}. `)}
      </p>`
    }
  </section>`;
}

export interface SummaryOptions {
  exportedAt: number;
  appVersion: string;
}

/** The summary as an HTML document (see the file comment). */
export function classSummaryHtml(record: ClassRecord, o: SummaryOptions): string {
  const zone = record.timeZone;
  const who = record.className.trim();
  const title = 'Class session record';
  return recordDocument({
    title,
    source: 'Defuse classroom mode',
    scenarioTitle: record.scenario.title,
    who,
    style: STYLE,
    main: html` <table>
        <tbody>
          <tr>
            <th scope="row">Scenario</th>
            <td>${record.scenario.title}</td>
          </tr>
          <tr>
            <th scope="row">Class</th>
            <td>${who || 'not named'}</td>
          </tr>
          <tr>
            <th scope="row">Started</th>
            <td>${dateTimeInWords(record.startedAt, zone)}</td>
          </tr>
          <tr>
            <th scope="row">Branches explored</th>
            <td>${record.branches.length}</td>
          </tr>
          <tr>
            <th scope="row">Curveballs</th>
            <td>
              ${record.branches.flatMap((b) => b.curveballs.filter((c) => !c.inherited)).length}
            </td>
          </tr>
          <tr>
            <th scope="row">Evidence</th>
            <td>A class session: practice, not assessment evidence.</td>
          </tr>
        </tbody>
      </table>
      <h2>Branches explored</h2>
      ${tree(record)}
      <h2>Turn by turn</h2>
      ${record.branches.map(branchSection)}
      <h2>Endings reached</h2>
      ${
        record.endings.length === 0
          ? html`<p>No branch reached an ending.</p>`
          : html`<table>
              <thead>
                <tr>
                  <th scope="col">Ending</th>
                  <th scope="col">Reached in</th>
                </tr>
              </thead>
              <tbody>
                ${record.endings.map(
                  (e) =>
                    html`<tr>
                      <td>${e.title}</td>
                      <td>${e.branches.map((n) => `branch ${n}`).join(', ')}</td>
                    </tr>`,
                )}
              </tbody>
            </table>`
      }`,
    madeBy: html`class session ${record.runId} · made by Defuse ${o.appVersion} on
    ${dateTimeInWords(o.exportedAt, zone)}`,
  });
}
