/**
 * Years: the year each figure is stated for.
 *
 * A year opening its clause (`2019年全人群…`) applies to the rest of the sentence; one inside a
 * clause (`力争2022年…`) to that clause only; comparison bases (`较2018年`) and starting points
 * (`1991年…以来`, `自2020年…起`) apply to none. `去年`/`上年` open a clause whose year is unknown
 * here. A figure no year applies to has its part's year.
 */
import type { Clauses } from './clauses.ts';
import { BASE_BEFORE, OPENING, SINCE } from './lexicon.ts';
import type { Token } from './tokens.ts';

/** A year the sentence states and the span it applies to. */
export interface YearMark {
  /** Position from which the year applies. */
  from: number;
  /** Position up to which it applies. */
  to: number;
  year: number | null;
}

/** Right after a year: a starting point (`2020年度3月起`). */
const STARTING = /^\s*(?:度\s*)?(?:\d{1,2}月(?:\d{1,2}日)?\s*)?(?:起|开始|以前|以后)/;

/** Years the sentence states and where they apply, in text order (see the module comment). */
export function yearMarks(text: string, masked: Uint8Array, clauses: Clauses): YearMark[] {
  const marks: YearMark[] = [];
  const pattern = /(?<![\d\-~—–])(\d{4})\s*年(?!\s*[-~—–])|(?<![较比与同])(?:去年|上年|前年)/g;
  for (const m of text.matchAll(pattern)) {
    if (masked[m.index]) continue;
    const year = m[1] !== undefined ? Number(m[1]) : null;
    if (year !== null && (year < 1949 || year > 2100)) continue;
    const after = m.index + m[0].length;
    const clauseEnd = clauses.end(after);
    // The clause text before the year, spaces around it left out.
    const lead = clauses.leadSpan(m.index);
    if (lead.to > lead.from && BASE_BEFORE.includes(text[lead.to - 1])) continue;
    if (clauses.hasAfter(SINCE, after) || STARTING.test(text.slice(after, clauseEnd))) continue;
    const opens = lead.to <= lead.from || OPENING.includes(text.slice(lead.from, lead.to));
    marks.push({ from: m.index, to: opens ? text.length : clauseEnd, year });
  }
  return marks;
}

/**
 * The year of each token (tokens and marks in text order): that of the latest-starting mark whose
 * range covers the token's digits, else the part's year. One sweep: a mark ended before one token
 * has ended for every later token too.
 */
export function tokenYears(tokens: readonly Pick<Token, 'digitsStart'>[], marks: readonly YearMark[], partYear: number | null): (number | null)[] {
  const started: YearMark[] = [];
  let next = 0;
  return tokens.map(({ digitsStart: pos }) => {
    while (next < marks.length && marks[next].from <= pos) started.push(marks[next++]);
    while (started.length > 0 && started[started.length - 1].to < pos) started.pop();
    return started.length > 0 ? started[started.length - 1].year : partYear;
  });
}
