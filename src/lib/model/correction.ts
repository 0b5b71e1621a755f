/**
 * A report with the editors' corrections applied and listed. `applyCorrection`
 * (src/lib/editorial/corrections) makes it. The zod schemas are the one declaration of the shape.
 */
import { z } from 'zod';
import { reportSchema } from './report.ts';

/** A correction as applied, for the report page ("编辑更正"). */
export const appliedCorrectionSchema = z.object({
  /** Where it stands in the correction file: `planYear`, `parts[2]`, `addFigures[1]`. */
  key: z.string(),
  /** What was changed, in Chinese, e.g. `计划年份`, `第 2 部分年份`, `数字 s-12-f1`. */
  field: z.string(),
  /** The parser's value for readers, `未注明` when it had none. */
  before: z.string(),
  /** The editor's value for readers, `已删除` for dropped figures. */
  after: z.string(),
  note: z.string(),
  /** The text does not state it: the editor inferred it from the text. */
  inferred: z.boolean(),
  /** The file the correction comes from. */
  file: z.string(),
});
export type AppliedCorrection = z.infer<typeof appliedCorrectionSchema>;

/** A report with the editors' corrections applied and listed. */
export const correctedReportSchema = reportSchema.extend({
  corrections: z.array(appliedCorrectionSchema),
  /** Figure id → indicator id, for figures an editor added with their indicator. */
  assignedIndicators: z.record(z.string(), z.string()),
});
export type CorrectedReport = z.infer<typeof correctedReportSchema>;
