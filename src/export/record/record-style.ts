/**
 * The record's stylesheet: readable on screen, and printed to A4 with no clipped text, table rows
 * and turns never split across pages, headings kept with what follows them, and no colour needed to
 * read anything (status and quality are always words).
 */
import { html } from './html';

export const RECORD_STYLE = html`<style>
  :root {
    color: #111;
    background: #fff;
  }
  * {
    box-sizing: border-box;
  }
  body {
    margin: 0 auto;
    padding: 24px;
    max-width: 820px;
    font:
      15px/1.45 Arial,
      'Liberation Sans',
      'DejaVu Sans',
      Helvetica,
      sans-serif;
    overflow-wrap: break-word;
  }
  h1 {
    font-size: 1.6em;
    margin: 0 0 0.2em;
  }
  h2 {
    font-size: 1.2em;
    margin: 1.4em 0 0.5em;
    padding-bottom: 0.15em;
    border-bottom: 1.5px solid #111;
  }
  h3 {
    font-size: 1em;
    margin: 1em 0 0.3em;
  }
  h1,
  h2,
  h3,
  h4 {
    break-after: avoid;
    page-break-after: avoid;
  }
  p {
    margin: 0.35em 0;
  }
  .subtitle {
    margin: 0 0 1em;
    color: #333;
  }
  .banner {
    border: 3px solid #111;
    padding: 0.6em 0.9em;
    margin: 0.8em 0;
    font-weight: bold;
  }
  .banner-practice {
    font-size: 1.15em;
    letter-spacing: 0.02em;
  }
  .banner ul {
    margin: 0.3em 0 0;
    font-weight: normal;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    margin: 0.4em 0;
  }
  thead {
    display: table-header-group;
  }
  tr,
  li.turn,
  .override,
  .ending,
  figure,
  .sign-lines,
  .decision,
  .hash-box {
    break-inside: avoid;
    page-break-inside: avoid;
  }
  th,
  td {
    text-align: left;
    vertical-align: top;
    padding: 0.3em 0.45em;
    border: 1px solid #777;
  }
  thead th {
    background: #eee;
  }
  /* Fixed layout: an unbroken run of text wraps inside its cell instead of widening the page. */
  .details {
    table-layout: fixed;
  }
  .details th {
    width: 30%;
    background: #f4f4f4;
    font-weight: bold;
  }
  .outcome-row th {
    background: #f4f4f4;
    font-weight: bold;
  }
  .outcome-row {
    break-after: avoid;
    page-break-after: avoid;
  }
  .criteria-table {
    table-layout: fixed;
  }
  .c-code {
    width: 7%;
  }
  .c-text {
    width: 34%;
  }
  .c-status {
    width: 17%;
  }
  .c-evidence {
    width: 31%;
  }
  .c-type {
    width: 11%;
  }
  .decision-table {
    table-layout: fixed;
  }
  .c-decision {
    width: 16%;
  }
  .c-comment {
    width: 77%;
  }
  .practice .c-text {
    width: 38%;
  }
  .practice .c-evidence {
    width: 38%;
  }
  .criteria-table td p {
    margin: 0 0 0.25em;
  }
  .code,
  .type {
    font-weight: bold;
  }
  .code {
    white-space: nowrap;
  }
  .status {
    font-weight: bold;
    overflow-wrap: normal;
  }
  .rationale {
    color: #333;
    font-size: 0.9em;
  }
  .key {
    font-size: 0.9em;
  }
  .small {
    font-size: 0.9em;
    color: #333;
  }
  ol.transcript {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  li.turn {
    border: 1px solid #999;
    padding: 0.45em 0.7em;
    margin: 0 0 0.5em;
  }
  li.turn h3 {
    margin: 0 0 0.25em;
  }
  .cue {
    font-style: italic;
    color: #333;
  }
  .said {
    font-weight: bold;
  }
  .override {
    border: 1.5px dashed #111;
    padding: 0.4em 0.7em;
    margin: 0 0 0.5em;
  }
  .ending {
    border: 2px solid #111;
    padding: 0.4em 0.7em;
  }
  figure {
    margin: 0.4em 0;
  }
  svg.chart {
    width: 100%;
    height: auto;
    max-height: 90mm;
  }
  svg.chart text {
    font:
      12px Arial,
      'Liberation Sans',
      'DejaVu Sans',
      sans-serif;
    fill: #111;
  }
  .account {
    border-left: 3px solid #777;
    padding: 0.1em 0 0.1em 0.8em;
    white-space: pre-wrap;
  }
  blockquote {
    margin: 0.5em 0;
    padding: 0.4em 0.8em;
    border: 1px solid #999;
  }
  .hash {
    font-family: 'DejaVu Sans Mono', 'Liberation Mono', Consolas, monospace;
    font-size: 0.85em;
    word-break: break-all;
  }
  .hash-box {
    border: 2px solid #111;
    padding: 0.5em 0.8em;
    margin: 0.5em 0;
  }
  .decision p {
    margin: 0.6em 0;
  }
  .box {
    display: inline-block;
    width: 0.95em;
    height: 0.95em;
    border: 1.5px solid #111;
    vertical-align: -0.12em;
    margin: 0 0.3em 0 1.2em;
  }
  .write-in {
    border: 1px solid #777;
    min-height: 28mm;
    margin: 0.3em 0 0.8em;
  }
  .write-in-short {
    min-height: 12mm;
  }
  .sign-lines {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 1.2em 2em;
    margin-top: 1em;
  }
  .sign-line {
    border-bottom: 1px solid #111;
    padding-top: 1.6em;
    font-size: 0.9em;
  }
  footer {
    margin-top: 2em;
    font-size: 0.85em;
    color: #333;
    border-top: 1px solid #777;
    padding-top: 0.4em;
  }
  @page {
    size: A4;
    margin: 16mm 15mm 16mm 15mm;
  }
  @media print {
    /* 1pt each side keeps the right-hand borders clear of the page's clip edge. */
    body {
      max-width: none;
      padding: 0 1pt;
      font-size: 10pt;
    }
    .banner,
    thead th,
    .details th,
    .outcome-row th {
      -webkit-print-color-adjust: exact;
      print-color-adjust: exact;
    }
    section.assessor {
      break-inside: avoid;
      page-break-inside: avoid;
    }
  }
</style>`;
