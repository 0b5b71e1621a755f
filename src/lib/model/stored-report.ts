/**
 * The stored shape of a `reports` collection entry: a corrected report with each figure's
 * indicator and the correction file editors edit. The reports loader's data is checked against
 * this schema when stored (src/content.config.ts), so a parser change that breaks the contract
 * fails the build instead of breaking pages; pages read the type inferred from it.
 */
import { z } from 'zod';
import { correctedReportSchema } from './correction.ts';

export const storedReportSchema = correctedReportSchema.extend({
  /** The correction file editors edit for this report (it may not exist yet). */
  correctionFile: z.string(),
  /** Figure anchor → indicator id, for the figures that map to one (editorial/indicators.ts). */
  indicators: z.record(z.string(), z.string()),
});
export type StoredReport = z.infer<typeof storedReportSchema>;
