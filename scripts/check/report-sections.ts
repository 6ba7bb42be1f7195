/** The sections of each scenario's report, in the order they print. */
import { pathsSection } from './paths-section';
import type { ReportSection } from './report-section';
import { surfaceTellsSection } from './surface-tells-section';

export const REPORT_SECTIONS: readonly ReportSection[] = [pathsSection, surfaceTellsSection];
