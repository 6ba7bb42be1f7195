/**
 * The top of the record: the practice banner (a practice session is never presented as evidence),
 * a warning when the log does not replay as recorded, and the session's details as BTEC asks an
 * assessment record to give them: who, when, what, the type of evidence, and the unit.
 */
import { dateTimeInWords, isoDateInWords } from '../../domain/evidence/dates';
import { codeInWords, MODE_EVIDENCE, unitLabel } from '../../domain/evidence/words';
import { ENDING_KIND_LABEL } from '../../domain/escalation/ending-kinds';
import { exportFileName } from '../file-name';
import { html, joinHtml, type Content, type Html } from './html';
import type { RecordContext } from './record-input';

const sentenceCase = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The scenario version as the record shows it: the first 12 hex digits of its hash. */
export const shortHash = (hash: string): string => hash.slice(0, 12);

/** The record's title: what the document is, PRACTICE first when it is practice. */
export const recordTitle = (c: RecordContext): string =>
  c.practice ? 'PRACTICE — practice session record' : 'Assessment record';

/** The banners above the details: practice, and replay problems. */
export function recordBanners(c: RecordContext): Html {
  const { discrepancies } = c.trace;
  return html`${
    c.practice &&
    html`<p class="banner banner-practice" role="note">
      PRACTICE SESSION — not assessment evidence. This record is for feedback and discussion only;
      it must not be used to credit any criterion.
    </p>`
  }${
    discrepancies.length > 0 &&
    html`<div class="banner" role="alert">
      <p>
        This log does not replay as it was recorded (${discrepancies.length}
        ${discrepancies.length === 1 ? 'problem' : 'problems'}). Do not accept it as evidence until
        it has been verified.
      </p>
      <ul>
        ${discrepancies.map((d) => html`<li>entry ${d.seq}: ${d.message}</li>`)}
      </ul>
    </div>`
  }`;
}

const row = (label: string, value: Content) =>
  html`<tr>
    <th scope="row">${label}</th>
    <td>${value}</td>
  </tr>`;

function evidenceTypes(c: RecordContext): Html {
  if (c.practice) return html`None: a practice session is not assessment evidence.`;
  const signedOn = c.trace.declaration ? isoDateInWords(c.trace.declaration.date) : '';
  return joinHtml(
    c.evidenceTypes.map((code) =>
      code === 'RA'
        ? html`${codeInWords(code)}, signed by the learner on ${signedOn}`
        : codeInWords(code),
    ),
    '; ',
  );
}

function outcome(c: RecordContext): string {
  const o = c.trace.outcome;
  return o
    ? `${o.title} (${ENDING_KIND_LABEL[o.kind]})`
    : 'Unfinished: the conversation reached no ending';
}

/** The session's details, one row each. */
export function recordDetails(c: RecordContext): Html {
  const { header } = c.trace.log;
  const { unit, zone } = c;
  const turns = c.trace.turns.length;
  const overrides = c.trace.steps.length - turns;
  const ended = c.trace.turns[turns - 1]?.at ?? null;
  return html`<h2>The session</h2>
    <table class="details">
      <tbody>
        ${row('Learner', header.learnerName.trim() || '(no name given)')}
        ${row(
          'Date of the session',
          html`${dateTimeInWords(header.startedAt, zone)}${
            ended !== null && html`, last turn ${dateTimeInWords(ended, zone)}`
          }
          (time zone ${zone})`,
        )}
        ${row(
          'Scenario',
          html`${header.scenario.title}, version ${shortHash(header.scenario.hash)} (id
          ${header.scenario.id})`,
        )}
        ${row('Session id', html`<span class="hash">${header.sessionId}</span>`)}
        ${row('Attempt', `${header.attempt} (the learner’s sessions of this scenario in this browser, counting this one)`)}
        ${row('Mode', sentenceCase(MODE_EVIDENCE[header.mode]))}
        ${row('Evidence type', evidenceTypes(c))}
        ${row(
          'Qualification and unit',
          unit
            ? html`${unitLabel(unit.framework)} (Level
              ${unit.framework.level}${unit.framework.awardingBody ? `, ${unit.framework.awardingBody}` : ''})`
            : 'None chosen: this scenario evidences no unit in this version of Defuse',
        )}
        ${row('Outcome', `${outcome(c)}; ${turns} learner ${turns === 1 ? 'turn' : 'turns'}${overrides > 0 ? `, ${overrides} tutor ${overrides === 1 ? 'override' : 'overrides'}` : ''}`)}
        ${
          header.branchedFrom &&
          row(
            'Replayed from',
            html`entry ${header.branchedFrom.entry} of session
              <span class="hash">${header.branchedFrom.sessionId}</span>`,
          )
        }
        ${row('Log file', html`${exportFileName(header, 'json')} (log format ${header.format}, Defuse ${header.appVersion}, engine ${header.engineVersion})`)}
        ${row('Log seal (SHA-256)', html`<span class="hash">${c.sealHash}</span>`)}
        ${row('Record made', dateTimeInWords(c.exportedAt, zone))}
      </tbody>
    </table>`;
}
