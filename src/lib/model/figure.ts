/**
 * A figure: one number a sentence states, with its unit, qualifier, name, year and kind.
 * `extractFigures` (src/lib/figures) finds them; the rules are in its header. The zod schema is
 * the one declaration of the shape; the type is inferred from it.
 */
import { z } from 'zod';
import { figureKindSchema, type PartKind } from './kinds.ts';

export { figureKindSchema, type FigureKind } from './kinds.ts';

export const figureSchema = z.object({
  /** Anchor id on the report page: `<sentence id>-f<k>`, e.g. `s-12-f1`. */
  id: z.string(),
  /** The indicator name as written before the value (`千人医师数`), null when none. */
  name: z.string().nullable(),
  /**
   * For every figure but a sentence's first: the clause that leads into the sentence's first
   * figure (`建立医养结合机构`), i.e. what an enumeration such as `机构6家,床位1860张` is about;
   * null (or absent) for the first figure.
   */
  subject: z.string().nullable().optional(),
  /** The figure as written, qualifier and unit included: `近1万人次`, `10.65万张`. */
  raw: z.string(),
  /** Numeric value with 万/亿 applied: `10.65万张` → 106500; the lower bound of a range. */
  value: z.number(),
  /** Upper bound when the text states a range (`2-3家` → value 2, upperValue 3). */
  upperValue: z.number().optional(),
  /**
   * Unit after the number, multiplier dropped: `张`, `%`, `‰`, `岁`, `人次`, `元` (for `万元`,
   * `亿元`), `秒` (for `4分20秒`, value in seconds); null when only a multiplier is written.
   */
  unit: z.string().nullable(),
  /** `以上`, `近`, `超过`, `约`, `以内`…, null when none. */
  qualifier: z.string().nullable(),
  /** The year the sentence states for it, else its part's year, else null. */
  year: z.number().int().nullable(),
  kind: figureKindSchema,
  /** Offsets of `raw` in the sentence text, [start, end). */
  start: z.number().int(),
  end: z.number().int(),
});
export type Figure = z.infer<typeof figureSchema>;

/** Where a sentence stands, for the figure's year and kind (an input of extraction, not stored). */
export interface FigureContext {
  /** Anchor id of the sentence; figure ids are `<sentenceId>-f<k>`. */
  sentenceId: string;
  /** Year of the part the sentence stands in, null when unknown. */
  partYear: number | null;
  /** Kind of that part: figures in a plan are targets unless the sentence says otherwise. */
  partKind: PartKind;
}
