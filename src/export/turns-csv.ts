/**
 * The session as a spreadsheet: one row per learner turn, plus each tutor override in its place,
 * written by papaparse. It opens cleanly in Excel (UTF-8 byte order mark, CRLF line ends, a header row
 * in plain English) and is rectangular: the mode is a column on every row, so a practice session is
 * labelled practice wherever a row is pasted. Formula cells are neutralised (csv.ts).
 */
import { isoInZone, zoneOrUtc } from '../domain/evidence/dates';
import { MODE_EVIDENCE, TURN_QUALITY_LABEL } from '../domain/evidence/words';
import { MOOD_LABEL } from '../domain/escalation/mood';
import type { Assessment } from '../domain/scoring/assessment-types';
import type { Trace } from '../domain/session/trace';
import { csvText } from './csv';
import { exportFileName } from './file-name';
import { transcriptRows, type OverrideRow, type TranscriptRow } from './transcript-rows';

export { FORMULA_START, UTF8_BOM } from './csv';

const BASE_COLUMNS = [
  'Mode',
  'Learner',
  'Session id',
  'Log entry',
  'Row',
  'Turn',
  'Time',
  'Time zone',
  'Customer said',
  'Customer cue',
  'Mood before',
  'Tension before',
  'Learner response',
  "Customer's reply",
  "Customer's reply cue",
  'Techniques',
  'Good or poor',
  'Tension after',
  'Mood after',
  'Time taken (s)',
  'Tutor override',
] as const;

const CRITERIA_COLUMNS = ['Evidence for criteria', 'Evidence against criteria'] as const;

type Column = (typeof BASE_COLUMNS)[number] | (typeof CRITERIA_COLUMNS)[number];
type Cells = Partial<Record<Column, string | number>>;

function overrideNote(row: OverrideRow): string {
  const what = [
    row.tension !== null ? `tension set to ${row.tension}` : null,
    row.beatId !== null ? `moved to beat "${row.beatId}"` : null,
  ].filter((w): w is string => w !== null);
  return `${what.join('; ') || 'no change'}. Reason: ${row.reason}`;
}

/** What every row says about its session: which one, and whether it is evidence. */
interface Session {
  mode: string;
  learner: string;
  sessionId: string;
  zone: string;
}

function cells(row: TranscriptRow, s: Session): Cells {
  const common: Cells = {
    Mode: s.mode,
    Learner: s.learner,
    'Session id': s.sessionId,
    'Log entry': row.seq,
    Time: isoInZone(row.at, s.zone),
    'Time zone': s.zone,
    'Mood before': MOOD_LABEL[row.moodBefore],
    'Tension before': row.tensionBefore,
    'Tension after': row.tensionAfter,
    'Mood after': MOOD_LABEL[row.moodAfter],
  };
  if (row.kind === 'override')
    return { ...common, Row: 'Tutor override', 'Tutor override': overrideNote(row) };
  return {
    ...common,
    Row: 'Learner turn',
    Turn: row.turn,
    'Customer said': row.customerLine,
    'Customer cue': row.customerCue,
    'Learner response': row.text,
    "Customer's reply": row.reply?.line ?? '',
    "Customer's reply cue": row.reply?.cue ?? '',
    Techniques: row.techniqueLabels.join('; '),
    'Good or poor': TURN_QUALITY_LABEL[row.quality],
    'Time taken (s)': row.seconds ?? '',
    'Evidence for criteria': row.citedFor.join('; '),
    'Evidence against criteria': row.citedAgainst.join('; '),
  };
}

/**
 * The CSV text of `trace`'s conversation. With `assessment` (one criteria framework scored against
 * this session), two more columns give the criteria codes each turn is cited for and against.
 */
export function turnsCsv(trace: Trace, assessment?: Assessment): string {
  const { header } = trace.log;
  const session: Session = {
    mode: MODE_EVIDENCE[header.mode],
    learner: header.learnerName,
    sessionId: header.sessionId,
    zone: zoneOrUtc(header.timeZone),
  };
  const criteria = assessment !== undefined;
  const fields: Column[] = [...BASE_COLUMNS, ...(criteria ? CRITERIA_COLUMNS : [])];
  const data = transcriptRows(trace, assessment).map((r) => {
    const c = cells(r, session);
    return fields.map((f) => c[f] ?? '');
  });
  return csvText(fields, data);
}

/** The CSV's file name (see file-name.ts). */
export const turnsCsvFileName = (trace: Trace): string =>
  exportFileName(trace.log.header, 'csv', 'turns');
