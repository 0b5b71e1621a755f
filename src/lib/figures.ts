/**
 * Figures: every number a sentence states, with its unit, qualifier and year.
 * (Types are the contract; extraction is implemented in this module.)
 */

/** What a figure states: a level reached, a target set, or a change. */
export type FigureKind = 'actual' | 'target' | 'change';

export interface Figure {
  /** Anchor id on the report page: `<sentence id>-f<k>`, e.g. `s-12-f1`. */
  id: string;
  /** The indicator name as written before the value (`千人医师数`), null when none. */
  name: string | null;
  /** The figure as written, qualifier and unit included: `近1万人次`, `10.65万张`. */
  raw: string;
  /** Numeric value with 万/亿 applied: `10.65万张` → 106500. */
  value: number;
  /** Unit after the number, without 万/亿: `张`, `%`, `‰`, `岁`, `人次`, `万元`→`元`? see unit rules. */
  unit: string | null;
  /** `以上`, `近`, `超过`, `约`, `以内`…, null when none. */
  qualifier: string | null;
  /** The year the sentence states for it, else its part's year, else null. */
  year: number | null;
  kind: FigureKind;
  /** Offsets of `raw` in the sentence text, [start, end). */
  start: number;
  end: number;
}

/** Where a sentence stands, for the figure's year and kind. */
export interface FigureContext {
  /** Anchor id of the sentence; figure ids are `<sentenceId>-f<k>`. */
  sentenceId: string;
  /** Year of the part the sentence stands in, null when unknown. */
  partYear: number | null;
  /** Kind of that part: figures in a plan are targets unless the sentence says otherwise. */
  partKind: 'summary' | 'plan' | 'challenges' | 'other';
}

/** Extract every figure the sentence states. STUB: to be implemented. */
export function extractFigures(_sentence: string, _ctx: FigureContext): Figure[] {
  return [];
}
