/**
 * How a plan's target reads and whether an actual value meets it (plan-outcome.ts matches them).
 *
 * A target is read first by its own wording, then by the indicator's direction:
 * 1. its qualifier (`90%以上`, `1‰以下`, `超过40%`, `81.5岁左右`);
 * 2. else the verb leading straight into it in its clause (`达到4.3张`, `力争达到`, `控制在10%`,
 *    `降至`…; list items between verb and value are skipped: `保持在70%、80%以上`);
 * 3. else, when the wording says nothing of a bound (`保持在90%`, `新建2家`), the indicator's
 *    `higherIsBetter`: true = at least, false = at most; null = no reading (the status is then
 *    `unclear`, never guessed).
 *
 * `左右`/`约`/`近` mean close to: within `ABOUT_TOLERANCE` (2%) of the target value, relative. An
 * actual value is read the same way, as the set of values it allows (`95%以上` = 95 or more,
 * `近90%` = just under 90), so a bounded actual meets a target only when every value it allows
 * does, misses it only when none does, and is `unclear` otherwise.
 */
import type { MetricRow } from './metrics.ts';

/** At least the target, at most the target, or close to it. */
export type TargetRule = 'at-least' | 'at-most' | 'about';

/** How a target is judged, and what in the text (or the indicator) says so. */
export interface TargetReading {
  rule: TargetRule;
  /** `超过`/`低于`…: the target value itself does not meet it. */
  strict: boolean;
  /** Chinese, for readers: `原文“达到”`, `原文“以下”`, `指标越高越好（原文未写明）`. */
  basis: string;
}

/** Whether an actual value meets a target. */
export type Judgement = 'met' | 'missed' | 'unclear';

/** `左右`/`约`/`近`: close to means within this share of the value (2%: 90%左右 → 88.2%–91.8%). */
export const ABOUT_TOLERANCE = 0.02;

/** Qualifiers by what they say of the value's bounds. */
const QUALIFIERS: Readonly<Record<string, { rule: TargetRule | 'nearly'; strict: boolean }>> = {
  以上: { rule: 'at-least', strict: false },
  及以上: { rule: 'at-least', strict: false },
  不低于: { rule: 'at-least', strict: false },
  不少于: { rule: 'at-least', strict: false },
  至少: { rule: 'at-least', strict: false },
  最少: { rule: 'at-least', strict: false },
  '≥': { rule: 'at-least', strict: false },
  超过: { rule: 'at-least', strict: true },
  多于: { rule: 'at-least', strict: true },
  高于: { rule: 'at-least', strict: true },
  大于: { rule: 'at-least', strict: true },
  逾: { rule: 'at-least', strict: true },
  超: { rule: 'at-least', strict: true },
  余: { rule: 'at-least', strict: true },
  多: { rule: 'at-least', strict: true },
  '>': { rule: 'at-least', strict: true },
  以下: { rule: 'at-most', strict: false },
  以内: { rule: 'at-most', strict: false },
  之内: { rule: 'at-most', strict: false },
  内: { rule: 'at-most', strict: false },
  不超过: { rule: 'at-most', strict: false },
  不高于: { rule: 'at-most', strict: false },
  最多: { rule: 'at-most', strict: false },
  '≤': { rule: 'at-most', strict: false },
  低于: { rule: 'at-most', strict: true },
  少于: { rule: 'at-most', strict: true },
  小于: { rule: 'at-most', strict: true },
  不足: { rule: 'at-most', strict: true },
  不到: { rule: 'at-most', strict: true },
  '<': { rule: 'at-most', strict: true },
  左右: { rule: 'about', strict: false },
  约: { rule: 'about', strict: false },
  近: { rule: 'nearly', strict: false },
  将近: { rule: 'nearly', strict: false },
  接近: { rule: 'nearly', strict: false },
};

/** Verbs that set a floor (`达到`) or a ceiling (`控制在`) for the value they lead into. */
const FLOOR_VERBS = [
  '达到', '达', '可达', '提高到', '提高至', '提升到', '提升至', '增至', '增加到', '增加至', '增长到', '增长至',
  '上升到', '上升至', '升至', '升到', '突破', '延长到', '延长至',
];
const CEILING_VERBS = [
  '控制在', '控制到', '降至', '降到', '下降到', '下降至', '降低到', '降低至', '减少到', '减少至', '缩短到', '缩短至',
  '压缩到', '压缩至', '压减到', '压减至',
];
const VERBS = [
  ...FLOOR_VERBS.map((word) => ({ word, rule: 'at-least' as const })),
  ...CEILING_VERBS.map((word) => ({ word, rule: 'at-most' as const })),
].sort((a, b) => b.word.length - a.word.length);

/** Where a clause starts: after the last of these before the value. */
const CLAUSE_BREAK = /[,，;；:：。!！?？]/;
/** What may stand between a verb and its value: earlier items of the same list (`70%、`, `100种和`). */
const LIST_ITEMS = /^(?:\s*\d[\d.]*\s*[万亿]?\s*[^\d\s,，;；:：。、和及与]{0,4}\s*[、和及与])*\s*$/;

/** The verb leading into the row's value in its clause, or null. */
function leadingVerb(row: Pick<MetricRow, 'sentence' | 'start'>): (typeof VERBS)[number] | null {
  const before = row.sentence.slice(0, row.start);
  let from = before.length;
  while (from > 0 && !CLAUSE_BREAK.test(before[from - 1])) from--;
  const clause = before.slice(from);
  let best: { verb: (typeof VERBS)[number]; end: number } | null = null;
  for (const verb of VERBS) {
    const at = clause.lastIndexOf(verb.word);
    if (at < 0 || !LIST_ITEMS.test(clause.slice(at + verb.word.length))) continue;
    const end = at + verb.word.length;
    if (!best || end > best.end) best = { verb, end };
  }
  return best?.verb ?? null;
}

/**
 * How a target is judged: by its qualifier, else its verb, else the indicator's direction; null
 * when none of them says (see the module comment).
 */
export function readTarget(target: Pick<MetricRow, 'qualifier' | 'sentence' | 'start'>, higherIsBetter: boolean | null): TargetReading | null {
  const bound = target.qualifier === null ? undefined : QUALIFIERS[target.qualifier];
  if (bound) {
    return { rule: bound.rule === 'nearly' ? 'about' : bound.rule, strict: bound.strict, basis: `原文“${target.qualifier}”` };
  }
  const verb = leadingVerb(target);
  if (verb) return { rule: verb.rule, strict: false, basis: `原文“${verb.word}”` };
  if (higherIsBetter === null) return null;
  return higherIsBetter
    ? { rule: 'at-least', strict: false, basis: '指标越高越好（原文未写明）' }
    : { rule: 'at-most', strict: false, basis: '指标越低越好（原文未写明）' };
}

/** What a reading asks of the actual value, for readers: `不低于目标值`, `与目标值相差不超过2%`. */
export function ruleLabel(reading: Pick<TargetReading, 'rule' | 'strict'>): string {
  if (reading.rule === 'about') return `与目标值相差不超过${ABOUT_TOLERANCE * 100}%`;
  if (reading.rule === 'at-least') return reading.strict ? '高于目标值' : '不低于目标值';
  return reading.strict ? '低于目标值' : '不高于目标值';
}

/** A set of numbers between two bounds, each open or closed (infinite bounds are open). */
interface Interval {
  lo: number;
  loOpen: boolean;
  hi: number;
  hiOpen: boolean;
}

const closed = (lo: number, hi: number): Interval => ({ lo, loOpen: false, hi, hiOpen: false });
const ANY: Interval = { lo: -Infinity, loOpen: true, hi: Infinity, hiOpen: true };
const band = (v: number) => Math.abs(v) * ABOUT_TOLERANCE;

/** The values a target reading accepts. */
function accepted(target: Pick<MetricRow, 'value' | 'upperValue'>, reading: TargetReading): Interval {
  const lo = target.value;
  const hi = target.upperValue ?? target.value;
  if (reading.rule === 'about') return closed(lo - band(lo), hi + band(hi));
  if (reading.rule === 'at-least') return { lo, loOpen: reading.strict, hi: Infinity, hiOpen: true };
  return { lo: -Infinity, loOpen: true, hi, hiOpen: reading.strict };
}

/** The values an actual figure allows, by its qualifier; any value when the qualifier is unknown. */
function allowed(actual: Pick<MetricRow, 'value' | 'upperValue' | 'qualifier'>): Interval {
  const v = actual.value;
  const hi = actual.upperValue ?? v;
  if (actual.qualifier === null) return closed(v, hi);
  const bound = QUALIFIERS[actual.qualifier];
  if (!bound) return ANY;
  if (bound.rule === 'about') return closed(v - band(v), hi + band(hi));
  if (bound.rule === 'nearly') return { lo: v - band(v), loOpen: false, hi: v, hiOpen: true };
  if (bound.rule === 'at-least') return { lo: v, loOpen: bound.strict, hi: Infinity, hiOpen: true };
  return { lo: -Infinity, loOpen: true, hi, hiOpen: bound.strict };
}

/** A little slack so that 91.8 is within 2% of 90 in floating point. */
const EPSILON = 1e-9;

function within(inner: Interval, outer: Interval): boolean {
  const lo = inner.lo > outer.lo + EPSILON || (Math.abs(inner.lo - outer.lo) <= EPSILON && (!outer.loOpen || inner.loOpen)) || outer.lo === -Infinity;
  const hi = inner.hi < outer.hi - EPSILON || (Math.abs(inner.hi - outer.hi) <= EPSILON && (!outer.hiOpen || inner.hiOpen)) || outer.hi === Infinity;
  return lo && hi;
}

function disjoint(a: Interval, b: Interval): boolean {
  const below = (x: Interval, y: Interval) => x.hi < y.lo - EPSILON || (Math.abs(x.hi - y.lo) <= EPSILON && (x.hiOpen || y.loOpen));
  return below(a, b) || below(b, a);
}

/** Whether the actual meets the target as read: met, missed, or unclear when its bounds straddle the target's. */
export function judge(
  target: Pick<MetricRow, 'value' | 'upperValue'>,
  reading: TargetReading,
  actual: Pick<MetricRow, 'value' | 'upperValue' | 'qualifier'>,
): Judgement {
  const want = accepted(target, reading);
  const have = allowed(actual);
  if (within(have, want)) return 'met';
  if (disjoint(have, want)) return 'missed';
  return 'unclear';
}
