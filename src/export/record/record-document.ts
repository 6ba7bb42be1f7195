/**
 * Every record Defuse writes as a file (the assessment record, the class session record) is one
 * self-contained HTML document made here: its one inline stylesheet, no scripts, no external
 * resources and a Content Security Policy that allows neither (a file opened from disk runs nothing
 * and loads nothing), headed by what it is and whom it is about, and footed by what made it and when.
 */
import { html, type Html } from './html';

export interface RecordDocument {
  /** What the record is: "Assessment record", "Class session record". */
  title: string;
  /** Where it comes from, before the scenario in the subtitle: "Defuse classroom mode". */
  source: string;
  scenarioTitle: string;
  /** The learner or the class; empty when not named. */
  who: string;
  /** The stylesheet, a `<style>` element. */
  style: Html;
  main: Html;
  /** After the title in the footer: "session …, made by Defuse … on …". */
  madeBy: Html;
}

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

export function recordDocument(d: RecordDocument): string {
  return `<!doctype html>\n${
    html`<html lang="en-GB">
      <head>
        <meta charset="utf-8" />
        <meta http-equiv="Content-Security-Policy" content="${CSP}" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${d.title}: ${d.scenarioTitle}${d.who && ` — ${d.who}`}</title>
        ${d.style}
      </head>
      <body>
        <header>
          <h1>${d.title}</h1>
          <p class="subtitle">${d.source} · ${d.scenarioTitle}${d.who && ` · ${d.who}`}</p>
        </header>
        <main>${d.main}</main>
        <footer>${d.title} · ${d.madeBy}</footer>
      </body>
    </html>`.markup
  }`;
}
