/**
 * Tokens: the numbers of a sentence that are figures, each with its value, unit and qualifier,
 * and the lists they form (`70%、80%以上`). Scanning rules (what is not a figure: codes, ordinals,
 * programme names, attributes such as `65岁以上老人`…) are in the header of index.ts; the words are
 * in lexicon.ts.
 */
import { DIGITS_SOURCE, MULTIPLIER_SOURCE, quantity } from './numbers.ts';
import {
  ATTRIBUTE_UNITS,
  DURATION_VERBS,
  INFIX_QUALIFIERS,
  PREFIX_QUALIFIERS,
  PREFIX_QUALIFIER_GUARDS,
  RANK_UNITS,
  STANDARD_AFTER,
  SUFFIX_QUALIFIERS,
  SUFFIX_QUALIFIERS_TIME,
  UNITS,
  UNIT_WORD_GUARDS,
  YEAR_COUNT_BEFORE,
} from './lexicon.ts';

/** One figure as scanned: where it is written and what it states. */
export interface Token {
  start: number;
  end: number;
  value: number;
  upperValue?: number;
  unit: string | null;
  qualifier: string | null;
  /** Prefix-less start: where the digits begin. */
  digitsStart: number;
  /** Qualifier written before the digits, for list propagation. */
  hasPrefix: boolean;
  hasSuffix: boolean;
}

const SUFFIX_QUALIFIER = new RegExp(String.raw`^\s*(${SUFFIX_QUALIFIERS.join('|')})`);
const SUFFIX_QUALIFIER_TIME = new RegExp(String.raw`^\s*(${SUFFIX_QUALIFIERS_TIME.join('|')})`);
const INFIX_QUALIFIER = INFIX_QUALIFIERS.join('|');
const UNIT_SOURCE = UNITS.map(escapeRegex).join('|');
const TOKEN = new RegExp(
  [
    String.raw`(?<cm>\d+)\s*分钟?\s*(?<cs>\d+)\s*秒`,
    String.raw`(?<ch>\d+)\s*小时\s*(?<chm>\d+)\s*分钟?`,
    String.raw`(?<=(?:${YEAR_COUNT_BEFORE.join('|')})\s*)(?<yc>\d{1,2})\s*年(?![度底末初级份月])`,
    String.raw`(?<num>${DIGITS_SOURCE})(?:\s*(?<sep>[-~—–至到])\s*(?<num2>${DIGITS_SOURCE}))?` +
      String.raw`(?<in1>${INFIX_QUALIFIER})?(?<mult>${MULTIPLIER_SOURCE})?(?<in2>${INFIX_QUALIFIER})?` +
      String.raw`(?:\s*(?<unit>${UNIT_SOURCE}))?`,
  ].join('|'),
  'g',
);

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export const isCjk = (ch: string | undefined) => ch !== undefined && /[\u3400-\u9fff]/.test(ch);

/** The figures of `text` (width-folded), in order, skipping those starting at a masked offset. */
export function scanTokens(text: string, masked: Uint8Array): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const g = m.groups ?? {};
    let start = m.index;
    let end = start + m[0].length;
    if (masked[start]) continue;
    const before = text[start - 1];
    // Part of a code, a decimal, a ratio or a clock time: `H7N9`, `2021-374107`, `1:1`.
    if (before !== undefined && /[A-Za-z0-9_/.#:\-]/.test(before)) continue;

    let value: number;
    let upperValue: number | undefined;
    let unit: string | null;
    let infix: string | null = null;
    if (g.cm !== undefined) {
      value = Number(g.cm) * 60 + Number(g.cs);
      unit = '秒';
    } else if (g.ch !== undefined) {
      value = Number(g.ch) * 60 + Number(g.chm);
      unit = '分钟';
    } else if (g.yc !== undefined) {
      value = Number(g.yc);
      unit = '年';
    } else {
      unit = g.unit === '/十万' ? '/10万' : (g.unit ?? null);
      const afterUnit = text[end];
      if (unit !== null && afterUnit !== undefined && UNIT_WORD_GUARDS[unit]?.includes(afterUnit)) {
        end = start + m[0].slice(0, m[0].length - unit.length).trimEnd().length;
        unit = null;
      }
      if (unit === '分' && !/^(?:$|[\s,;:。!?、)和及与或以左])/.test(text.slice(end, end + 1))) continue;
      const mult = g.mult ?? null;
      if (unit === null && mult === null && !isPairedBare(text, tokens.at(-1), start, end)) continue;
      infix = g.in1 ?? g.in2 ?? null;
      value = quantity(g.num, mult);
      if (g.num2 !== undefined) upperValue = quantity(g.num2, mult);
    }

    const after = text[end];
    if (unit === null && after !== undefined && /[A-Za-z0-9]/.test(after)) continue;
    const prevChar = text.slice(Math.max(0, start - 8), start).trimEnd().slice(-1);
    // Ordinals and denominators: `第2名`, `每10万人口`.
    if (prevChar === '第' || prevChar === '每') continue;
    if ((prevChar === '前' || prevChar === '后') && (unit === null || RANK_UNITS.has(unit))) continue;
    // `自2024起`, `2024起实施`: a starting point, not a count of incidents.
    if (unit === '起' && (/^(19|20)\d{2}$/.test(g.num ?? '') || /[自从于]/.test(prevChar))) continue;
    // Programme names: `26项行动`.
    if (/^(?:行动|工程)/.test(text.slice(end, end + 2))) continue;

    const digitsStart = start;
    let qualifier: string | null = infix;
    let hasPrefix = false;
    const headStart = Math.max(0, start - 12);
    const head = text.slice(headStart, start).replace(/\s+$/, '');
    for (const q of PREFIX_QUALIFIERS) {
      if (!head.endsWith(q)) continue;
      const pos = headStart + head.length - q.length;
      const guard = PREFIX_QUALIFIER_GUARDS[q];
      if (guard && pos > 0 && guard.includes(text[pos - 1])) continue;
      if (masked[pos]) continue;
      qualifier = q + (qualifier ?? '');
      start = pos;
      hasPrefix = true;
      break;
    }
    let hasSuffix = false;
    const isAttributeUnit = unit !== null && ATTRIBUTE_UNITS.has(unit);
    const suffix = (isAttributeUnit ? SUFFIX_QUALIFIER_TIME : SUFFIX_QUALIFIER).exec(text.slice(end, end + 8));
    if (suffix) {
      qualifier = qualifier ? `${qualifier}…${suffix[1]}` : suffix[1];
      end += suffix[0].length;
      hasSuffix = true;
    }
    const following = text.slice(end).trimStart();
    // `65岁以上老人`, `0-3岁儿童`, `24小时值班`: an attribute of what follows, not a figure; a time
    // within which something is done is a duration (`5天内即实现`, `3天实现社会面清零`).
    if (isAttributeUnit && isCjk(following[0]) && !'和及与或'.includes(following[0])) {
      const isTime = unit !== '岁' && unit !== '周岁';
      const bounded = suffix !== null && /内$/.test(suffix[1]);
      const lasting = YEAR_COUNT_BEFORE.some((w) => head.endsWith(w));
      if (!isTime || !(bounded || lasting || DURATION_VERBS.some((v) => following.startsWith(v)))) continue;
    }
    // Rules, not facts: a threshold that picks out what follows (`50万元以下的项目`) and the
    // measure of a standard (`5000-10000㎡的标准`). A share stays a fact (`90%以上的村卫生室`).
    const isShare = unit === '%' || unit === '‰';
    if (suffix !== null && !isShare && !/左右|内$/.test(suffix[1]) && following.startsWith('的')) continue;
    if (STANDARD_AFTER.test(following)) continue;

    tokens.push({
      start,
      end,
      value,
      ...(upperValue !== undefined ? { upperValue } : {}),
      unit,
      qualifier,
      digitsStart,
      hasPrefix,
      hasSuffix,
    });
  }
  return tokens;
}

/**
 * `分别为9.5/10万和2.1,`: the second value of a pair written after 分别 without its unit is still
 * a figure of the pair; its unit stays unknown (null) rather than borrowed from the first.
 */
function isPairedBare(text: string, prev: Token | undefined, start: number, end: number): boolean {
  if (!prev || prev.unit === null) return false;
  if (!/^\s*(?:和|及|与|、)\s*$/.test(text.slice(prev.end, start))) return false;
  return /分别/.test(text.slice(Math.max(0, prev.start - 12), prev.start)) && /^(?:$|[,;。、)\s])/.test(text.slice(end, end + 1));
}

/** Consecutive tokens separated only by `、`/`和`/`及`/`与`: values of one list. */
export function groupLists(text: string, tokens: Token[]): Token[][] {
  const lists: Token[][] = [];
  for (const t of tokens) {
    const current = lists[lists.length - 1];
    const prev = current?.[current.length - 1];
    if (prev && !prev.hasSuffix && !t.hasPrefix && /^\s*(?:、|和|及|与|以及|或)\s*$/.test(text.slice(prev.end, t.start))) {
      current.push(t);
    } else {
      lists.push([t]);
    }
  }
  return lists;
}
