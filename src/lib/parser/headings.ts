/**
 * Headings: the numbered titles of a report (domain.md "Structure conventions").
 *
 * Depth 1 `一、` `一.`; depth 2 `(一)`; depth 3 `1.` `1、`; depth 4 `(1)` `⑴`; depth 5 `①`
 * (full-width forms are already half-width after normalisation). `matchHeading` is only
 * asked at a line or paragraph start; telling a paragraph start from mid-sentence text is
 * the caller's job. A heading that opens a paragraph ends at its first sentence end `。`
 * (kept in the title, as written), or at a space when it is a bare phrase such as
 * `一、2023年工作总结 2023年,市卫健局…`.
 */
import type { HeadingDepth } from '../model/index.ts';

/** A heading found at the start of a text. */
export interface HeadingMatch {
  depth: HeadingDepth;
  /** Numbering as written, e.g. `一、`, `(一)`, `1.`. */
  label: string;
  /** Heading text as written, without its label; ends with its `。` when it had one. */
  title: string;
  /** Text after the heading in the same line or paragraph, '' when none. */
  rest: string;
}

const CN_NUMERAL = '[一二三四五六七八九十百零〇]+';
/** Marker patterns by depth; the lookaheads keep `3.41人`, `一、二级` and `1、2、3` out. */
const MARKERS: { depth: HeadingDepth; re: RegExp }[] = [
  { depth: 2, re: new RegExp(`^\\(\\s*${CN_NUMERAL}\\s*\\)[、.]?`) },
  { depth: 4, re: /^(?:\(\s*\d{1,2}\s*\)|[\u2474-\u2487])[、.]?/ },
  { depth: 1, re: new RegExp(`^${CN_NUMERAL}\\s*[、.](?![.、]|[一二三四五六七八九十][级类等甲乙])`) },
  { depth: 3, re: /^\d{1,2}\s*[、.](?![\d.、%])/ },
  { depth: 5, re: /^[\u2460-\u2473]/ },
];

/** Sentence ends that close a heading opening a paragraph, with any closing quote after them. */
const HEADING_END = /[。!?][”’」』)]*/;
/** A bare phrase (no punctuation) that a space may end: `2023年工作总结`. */
const BARE_PHRASE = /^[^\s,;:、。!?“”"'()《》]+$/;

/** The heading at the start of `text`, or null when it does not start with a heading marker. */
export function matchHeading(text: string): HeadingMatch | null {
  for (const { depth, re } of MARKERS) {
    const m = re.exec(text);
    if (!m) continue;
    const body = text.slice(m[0].length).trimStart();
    if (body === '' || /^[,;:。、]/.test(body)) return null;
    const [title, rest] = splitTitle(body);
    return { depth, label: m[0].replace(/\s+/g, ''), title, rest };
  }
  return null;
}

function splitTitle(body: string): [string, string] {
  const end = HEADING_END.exec(body);
  // Only the text before the first sentence end is searched: `body` may run to the end of a 10 MB line.
  const space = /\s+/.exec(end ? body.slice(0, end.index) : body);
  if (space) {
    const before = body.slice(0, space.index);
    const after = body.slice(space.index + space[0].length);
    // The space ends the heading only when a sentence with its own clauses follows;
    // `2020 - 2021 年度` and `为 65岁` are spaced text, not the end of a heading.
    const next = body.slice(space.index + space[0].length, end ? end.index : body.length);
    if (BARE_PHRASE.test(before) && !/[\d\-~.]$/.test(before) && !/^[-~—]/.test(after) && /[,;]/.test(next)) {
      return [before, after];
    }
  }
  if (!end) return [body, ''];
  const cut = end.index + end[0].length;
  return [body.slice(0, cut), body.slice(cut).trimStart()];
}
