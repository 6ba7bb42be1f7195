/**
 * npm run verify -- <files…> [--json]
 * Verifies exported session logs as an internal verifier would: for each file the hash chain, the
 * seal, the declaration and a replay against the scenario version it was played on (every version
 * Defuse has shipped: scenarios/*.yaml and scenarios/versions/). One verdict per file — a file that
 * cannot be read gets its own and never stops the others. Exits 1 if any file fails, 2 on bad usage.
 */
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MAX_LOG_BYTES, sizeProblem } from '../src/domain/session/log-size';
import { KIND_HEADLINE, plainText, verdictLines } from '../src/domain/session/verdict-text';
import { verifyLog, type Verdict, type VerdictKind } from '../src/domain/session/verify-log';
import { loadShippedScenarioVersions } from './scenario-versions';

/** One file's verdict as printed with --json: the verdict without the (large) log and trace. */
interface FileVerdict {
  file: string;
  ok: boolean;
  kind: VerdictKind | 'unreadable';
  practice: boolean;
  problems: string[];
  notes: string[];
  session?: {
    sessionId: string;
    learnerName: string;
    mode: string;
    scenario: { id: string; title: string; hash: string };
    startedAt: number;
    exportedAt: number;
    turns: number | null;
    outcome: { endingId: string; kind: string; title: string } | null;
    signed: { name: string; date: string; current: boolean } | null;
  };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The file's text, or the verdict that stops at reading it (missing, a folder, too large, not UTF-8). */
function readLog(file: string): { text: string } | { verdict: FileVerdict } {
  const fail = (kind: FileVerdict['kind'], problem: string) => ({
    verdict: { file, ok: false, kind, practice: false, problems: [problem], notes: [] },
  });
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) return fail('unreadable', 'is a folder, not a session-log file');
    size = stat.size;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return fail(
      'unreadable',
      code === 'ENOENT' ? 'no such file' : `cannot read it (${String(code)})`,
    );
  }
  // Refused from its size alone, before a byte is read.
  const tooLarge = sizeProblem(size, MAX_LOG_BYTES);
  if (tooLarge) return fail('too-large', tooLarge);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    return fail('unreadable', `cannot read it (${(e as Error).message})`);
  }
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return fail('not-json', 'not JSON: the file is not UTF-8 text');
  }
}

function fileVerdict(file: string, v: Verdict): FileVerdict {
  const out: FileVerdict = {
    file,
    ok: v.ok,
    kind: v.kind,
    practice: v.practice,
    problems: v.problems,
    notes: v.notes,
  };
  if (!v.log) return out;
  const { header, seal } = v.log;
  const d = v.trace?.declaration;
  out.session = {
    sessionId: header.sessionId,
    learnerName: header.learnerName,
    mode: header.mode,
    scenario: header.scenario,
    startedAt: header.startedAt,
    exportedAt: seal.exportedAt,
    turns: v.trace ? v.trace.turns.length : null,
    outcome: v.trace?.outcome ?? null,
    signed: d ? { name: d.name, date: d.date, current: d.current } : null,
  };
  return out;
}

const args = process.argv.slice(2);
const json = args.includes('--json');
const files = args.filter((a) => a !== '--json');
if (files.length === 0) {
  console.error('usage: npm run verify -- <session-log.json…> [--json]');
  process.exit(2);
}

let versions: Awaited<ReturnType<typeof loadShippedScenarioVersions>>;
try {
  versions = await loadShippedScenarioVersions(
    fileURLToPath(new URL('../scenarios', import.meta.url)),
  );
} catch (e) {
  console.error(`cannot load the shipped scenario versions:\n${(e as Error).message}`);
  process.exit(2);
}
const known = (id: string, hash: string) => {
  const scenario = versions.get(hash);
  return scenario?.id === id ? scenario : null;
};

const verdicts: FileVerdict[] = [];
for (const file of files) {
  const read = readLog(file);
  if ('verdict' in read) {
    verdicts.push(read.verdict);
    if (!json) {
      const { kind } = read.verdict;
      const headline = kind === 'unreadable' ? 'UNREADABLE' : KIND_HEADLINE[kind];
      console.log(`${plainText(file)}: ${headline} — ${read.verdict.problems[0]}`);
    }
    continue;
  }
  const verdict = await verifyLog(read.text, known);
  verdicts.push(fileVerdict(file, verdict));
  if (!json) for (const line of verdictLines(file, verdict)) console.log(line);
}

if (json) console.log(JSON.stringify(verdicts, null, 2));
else if (files.length > 1) {
  const failed = verdicts.filter((v) => !v.ok).length;
  console.log(
    failed === 0
      ? `\nAll ${files.length} files verified.`
      : `\n${failed} of ${files.length} files failed verification.`,
  );
}
if (verdicts.some((v) => !v.ok)) process.exitCode = 1;
