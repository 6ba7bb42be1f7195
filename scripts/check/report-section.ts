/**
 * One part of the report scenarios:check prints for each scenario that loads: computed from the
 * validated scenario, printed under the file, merged into its JSON, and failing the file when it
 * finds errors. The sections are listed in report-sections.ts; adding one is one import and one
 * entry there.
 */
import type { Scenario } from '../../src/domain/scenario/schema';
import type { StateGraph } from '../../src/machines/state-graph';

export interface SectionResult {
  /** Problems that fail the file, each `place: what — what to do` (the file name is added). */
  errors: string[];
  /** Lines printed under the file in the text report (indented for you). */
  lines: string[];
  /** Fields added to the file's object in `--json` output (JSON values only: no BigInt). */
  json: Record<string, unknown>;
}

/** What the sections of one file share: the scenario and its state graph, built once on first use. */
export interface SectionInput {
  scenario: Scenario;
  graph(): StateGraph;
}

export interface ReportSection {
  /** Names the section in a message if it fails unexpectedly. */
  name: string;
  run(input: SectionInput): SectionResult;
}
