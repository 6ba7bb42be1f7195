/**
 * A scenario file's YAML to plain data, refusing what would otherwise crash the loader with a stack
 * trace that names no file: an alias bomb (a few lines whose aliases expand to millions of values,
 * which the yaml package stops by throwing) and nesting too deep for the parser's recursion.
 */
import { isAlias, parseDocument, visit, type Document, type LineCounter } from 'yaml';

export type ParsedYaml =
  { ok: true; doc: Document.Parsed; data: unknown } | { ok: false; errors: string[] };

export function parseScenarioYaml(
  source: string,
  file: string,
  lineCounter: LineCounter,
): ParsedYaml {
  const where = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return `line ${pos.line}, column ${pos.col}`;
  };
  let doc: Document.Parsed;
  try {
    doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  } catch (e) {
    return { ok: false, errors: [gaveUp(file, e)] };
  }
  if (doc.errors.length > 0) {
    const messages = doc.errors.map(
      (e) => `${file}: ${where(e.pos[0])}: not valid YAML: ${e.message.split('\n')[0]}`,
    );
    return { ok: false, errors: [...new Set(messages)] };
  }
  try {
    // yaml's own limit (maxAliasCount, 100 by default) stops an alias bomb by throwing.
    return { ok: true, doc, data: doc.toJS() };
  } catch (e) {
    if (/alias count/i.test(String(e))) {
      const alias = firstAliasOffset(doc);
      const place = alias === undefined ? '' : `${where(alias)}: `;
      return {
        ok: false,
        errors: [
          `${file}: ${place}not valid YAML: its aliases (*name) expand into too many copies, as in an ` +
            'alias bomb — write the repeated parts out, or use fewer aliases',
        ],
      };
    }
    return { ok: false, errors: [gaveUp(file, e)] };
  }
}

function firstAliasOffset(doc: Document.Parsed): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      if (isAlias(node) && node.range) offset = node.range[0];
      return visit.BREAK;
    },
  });
  return offset;
}

function gaveUp(file: string, e: unknown): string {
  const deep = e instanceof RangeError && /call stack/i.test(e.message);
  return deep
    ? `${file}: not valid YAML: nested too deeply to read — a scenario needs only a few levels of lists and maps`
    : `${file}: not valid YAML: the parser could not read it (${String(e).split('\n')[0]}) — check the file is a scenario written in YAML`;
}
