/**
 * The `reports` collection entry: a stored report (stored-report.ts) without its text (parts,
 * stripped lines, figure → indicator map), and the file holding the full report. Listings, routing
 * and the downloads' report list read the summary alone; whatever needs the text or the figures
 * (the report page, metric rows, topics, search records) reads the full report from `bodyFile`, one
 * report at a time, so no step of a build holds every report's text. The content store is inlined
 * into the build's bundle and written whole on every dev edit, so it holds only this.
 */
import { z } from 'zod';
import { storedReportSchema } from './stored-report.ts';

export const reportSummarySchema = storedReportSchema.omit({ parts: true, stripped: true, indicators: true }).extend({
  /** Absolute path of the build-time JSON file holding the full report (a `StoredReport`). */
  bodyFile: z.string(),
});
export type ReportSummary = z.infer<typeof reportSummarySchema>;
