/** The sections of each scenario's report, in the order they print. */
import { pathsSection } from './paths-section';
import type { ReportSection } from './report-section';

export const REPORT_SECTIONS: readonly ReportSection[] = [pathsSection];
