/**
 * Figures: every number a sentence states, with its unit, qualifier, name, year and kind.
 *
 * What counts as a figure: Arabic digits followed by a unit of measure (`张`, `%`, `人次`…)
 * or by a multiplier (`26万`). Not figures: bare numbers (codes, labels, `323攻坚行动`), years
 * and dates (`2023年`, `1月17日`), ordinals and ranks (`第2名`, `前10`), anything inside quotes,
 * book titles or document numbers (`“521”`, `《…(2021-2023年)》`, `〔2024〕`), numbers glued to
 * Latin letters (`H7N9`, index numbers), phone numbers, ratios and clock times (`1:1`, `14:29`),
 * programme names (`26项行动`), age brackets and time spans used as attributes
 * (`65岁以上老人`, `0-3岁儿童`, `24小时值班`; but `3天实现清零` is a duration), thresholds and
 * standards that are rules (`50万元以下的项目`, `5000-10000㎡的标准`), `N年` except as a count of
 * years (`连续7年`, `提前8年`), and Chinese numerals (`九成`, `三甲`, `近万人次`).
 *
 * Unit rule: the multiplier is applied and dropped, so `5.8亿元` is 580000000 with unit `元` and
 * `10.65万张` is 106500 with unit `张`; `raw` keeps the text as written.
 * Qualifier rule: bounding words are qualifiers (`近`, `约`, `超过`, `逾`, `不低于`, `以上`,
 * `以内`, `左右`, `余`, `多`…); verbs that only introduce the value (`达`, `达到`, `为`,
 * `增至`, `保持在`, `控制在`) are not. A trailing qualifier of a list (`70%、80%以上`) applies to
 * every value of the list.
 *
 * The sentence is read width-folded (`foldWidth`, src/lib/parser/normalize.ts), offsets unchanged.
 * This module is the entry; each job has its module: `mask.ts` (text that names things),
 * `tokens.ts` (numbers that are figures, their units and qualifiers, lists), `names.ts` (name and
 * subject), `years.ts` (year), `kind.ts` (actual/target/change), with `numbers.ts` (values),
 * `clauses.ts` (clause spans) and `lexicon.ts` (the word lists).
 */
import type { Figure, FigureContext } from '../model/index.ts';
import { foldWidth } from '../width.ts';
import { Clauses } from './clauses.ts';
import { figureKind, sentenceOutlook } from './kind.ts';
import { maskRanges } from './mask.ts';
import { leadClause, listNames } from './names.ts';
import { groupLists, scanTokens } from './tokens.ts';
import { tokenYears, yearMarks } from './years.ts';

/** Extract every figure the sentence states, in order of position. */
export function extractFigures(sentence: string, ctx: FigureContext): Figure[] {
  const text = foldWidth(sentence);
  // Every figure has Arabic digits; most sentences have none and need no masking or scanning.
  if (!/\d/.test(text)) return [];
  const masked = maskRanges(text);
  const tokens = scanTokens(text, masked);
  if (tokens.length === 0) return [];
  const clauses = new Clauses(text);
  const lists = groupLists(text, tokens);
  const years = tokenYears(tokens, yearMarks(text, masked, clauses), ctx.partYear);
  const outlook = sentenceOutlook(text, ctx.partYear);
  const figures: Figure[] = [];

  let index = 0;
  for (const list of lists) {
    const first = list[0];
    const names = listNames(text, masked, list, index > 0 ? tokens[index - 1].end : 0);
    const kind = figureKind(text, clauses, first, list, ctx, outlook);
    const last = list[list.length - 1];
    if (list.length > 1 && last.hasSuffix) {
      const shared = last.qualifier;
      for (const t of list) if (t.qualifier === null) t.qualifier = shared;
    }
    list.forEach((t, i) => {
      const year = years[index++];
      figures.push({
        id: '',
        // A count of years (`连续3年`) says how long the clause held, not how much of the words before it.
        name: t.unit === '年' ? null : names[i],
        subject: null,
        raw: sentence.slice(t.start, t.end),
        value: t.value,
        ...(t.upperValue !== undefined ? { upperValue: t.upperValue } : {}),
        unit: t.unit,
        qualifier: t.qualifier,
        year,
        kind,
        start: t.start,
        end: t.end,
      });
    });
  }
  figures.sort((a, b) => a.start - b.start);
  const lead = figures.length > 0 ? leadClause(text, clauses, figures[0].start) : null;
  figures.forEach((f, i) => {
    f.id = `${ctx.sentenceId}-f${i + 1}`;
    f.subject = i === 0 ? null : lead;
  });
  return figures;
}
