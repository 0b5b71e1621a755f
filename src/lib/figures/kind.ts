/**
 * Kind: whether a list of figures states a level reached (`actual`), a target (`target`) or a
 * change (`change`).
 *
 * `change` when a difference verb leads into it in its clause (`同比增长`, `缩短`, `较…提高`) or
 * its unit is `个百分点`; else `target` in a plan part (unless its clause says `目前`/`现有`…) or in
 * a sentence with `力争`/`预计`/`目标是`/`到<later year>年`; else `actual`.
 */
import type { FigureContext, FigureKind } from '../model/index.ts';
import type { Clauses } from './clauses.ts';
import { CHANGE_UNITS, PRESENT } from './lexicon.ts';
import type { Token } from './tokens.ts';

/** A change: a difference verb right before the value (`同比增长9.63%`, `缩短4分20秒`). */
const CHANGE_BEFORE =
  /(?:增长|增加|提高|提升|上升|下降|降低|减少|缩短|延长|增幅|降幅|增速|净增|净减|回落|高出|多出|低出)了?(?:分别)?(?:为|达)?\s*$/;
/** Characters before the trailing spaces that hold any match of CHANGE_BEFORE (it has at most 6), so only they are tested. */
const CHANGE_REACH = 12;
/** Forward-looking words that make a figure outside a plan part a target. */
const FORWARD = /力争|争取(?!到)|预计|拟(?!定)|目标(?:是|为|值)/;
/** `到2025年`: forward-looking when the year is after the part's year. */
const BY_YEAR = /到\s*(\d{4})\s*年/g;

/** A list's kind (see the module comment); `outlook` is the sentence's, from `sentenceOutlook`. */
export function figureKind(text: string, clauses: Clauses, first: Token, list: Token[], ctx: FigureContext, outlook: FigureKind): FigureKind {
  if (list.some((t) => t.unit !== null && CHANGE_UNITS.has(t.unit))) return 'change';
  const clauseStart = clauses.start(first.start);
  const { to } = clauses.leadSpan(first.start);
  if (CHANGE_BEFORE.test(text.slice(Math.max(clauseStart, to - CHANGE_REACH), first.start))) return 'change';
  if (ctx.partKind === 'plan') return clauses.hasBefore(PRESENT, first.start) ? 'actual' : 'target';
  return outlook;
}

/** Outside a plan, a sentence with `力争`/`预计`/`目标是`/`到<later year>年` states targets: read once per sentence, not per figure. */
export function sentenceOutlook(text: string, partYear: number | null): FigureKind {
  if (FORWARD.test(text)) return 'target';
  const ahead = partYear !== null && [...text.matchAll(BY_YEAR)].some((m) => Number(m[1]) > partYear);
  return ahead ? 'target' : 'actual';
}
