/**
 * Plans against outcomes (承诺与兑现): every target a report sets for a place, an indicator and a
 * year, matched with what a later review of the same place states for that indicator and year.
 *
 * - A target is a row of kind `target` with an indicator, a year and a place (division code);
 *   targets lacking one of them cannot be matched and are not listed.
 * - Its actual is a row of kind `actual` of the same place, indicator and year, from another report
 *   and not from a plan part (a plan states what is to come, not what was done), in the target's
 *   unit and of the same measure (the indicator's own, or the same one of its editors'
 *   `differentMeasures`). Rows of that place, indicator and year in another unit or measure are
 *   kept apart (`otherMeasure`) and never judged.
 * - Of several such actuals, one from a report reviewing that very year comes first, else the
 *   first in report order; actuals stating something else are kept in `otherActuals`.
 * - Status: `unreported` without an actual; else met / missed / unclear as plan-outcome-wording.ts
 *   judges it (`unclear` when neither the wording nor the indicator's direction says which way the
 *   target bounds, or when a bounded actual such as `85%以上` straddles it).
 */
import { differentMeasureOf, type IndicatorDef } from '../editorial/index.ts';
import type { AppliedCorrection, Report } from '../model/index.ts';
import type { MetricRow } from './metrics.ts';
import type { IndicatorPage } from './compare-pages.ts';
import { ABOUT_TOLERANCE, judge, readTarget, ruleLabel, type TargetReading } from './plan-outcome-wording.ts';

/** A target met, missed, not judgeable from what is stated, or without a reported outcome yet. */
export type OutcomeStatus = 'met' | 'missed' | 'unclear' | 'unreported';

/** Statuses as readers see them. */
export const OUTCOME_STATUS_LABELS: Record<OutcomeStatus, string> = {
  met: '已达成',
  missed: '未达成',
  unclear: '无法判断',
  unreported: '尚无结果',
};

/** A metric row that can stand as a target: indicator, year and place known. */
export type TargetRow = MetricRow & { indicator: string; year: number; divisionCode: string };

/** One target and what became of it. */
export interface PlanOutcome {
  target: TargetRow;
  /**
   * The target's year is an editor's inference: its sentence does not state it and the year of its
   * part comes from a correction marked `inferred` (planYear for a plan part, else reviewYear, or a
   * part's year); shown as （推断） like the report's own years.
   */
  yearInferred: boolean;
  /** The editors' different measure of the indicator the target states (`调阅后互认率`), null for the indicator's own. */
  measure: string | null;
  /** How the target is judged; null when neither its wording nor the indicator says. */
  reading: TargetReading | null;
  /** The actual it is judged by, null when no later review states one. */
  actual: MetricRow | null;
  /** Other actuals of that place, indicator and year (same unit and measure) stating something else. */
  otherActuals: MetricRow[];
  /** Rows of that place, indicator and year in another unit or measure: not compared. */
  otherMeasure: MetricRow[];
  status: OutcomeStatus;
}

/** The indicator fields the matching reads. */
export type OutcomeIndicator = Pick<IndicatorDef, 'id' | 'higherIsBetter' | 'differentMeasures'>;

/**
 * What the matching reads of a report: its id, the year it reviews and which of its years editors
 * inferred (corrections marked `inferred`); rows say whether they stand in a plan part.
 */
export type OutcomeReport = Pick<Report, 'id' | 'reviewYear'> & { corrections: Pick<AppliedCorrection, 'key' | 'inferred'>[] };

const isTarget = (row: MetricRow): row is TargetRow =>
  row.kind === 'target' && row.indicator !== null && row.year !== null && row.divisionCode !== null;

const key = (row: Pick<MetricRow, 'divisionCode' | 'indicator' | 'year'>) => `${row.divisionCode} ${row.indicator} ${row.year}`;

const sameStatement = (a: MetricRow, b: MetricRow) =>
  a.value === b.value && a.upperValue === b.upperValue && a.unit === b.unit && a.qualifier === b.qualifier;

/** Every target of `rows` (in their order) with its outcome; see the module comment for the rules. */
export function planOutcomes(rows: readonly MetricRow[], reports: readonly OutcomeReport[], indicators: readonly OutcomeIndicator[]): PlanOutcome[] {
  const defs = new Map(indicators.map((d) => [d.id, d]));
  const reviewYear = new Map(reports.map((r) => [r.id, r.reviewYear]));
  /** A row's year is an editor's inference when its part's year (planYear for a plan part, else reviewYear) or a part's year is. */
  const inferredOf = new Map(
    reports.map((report) => {
      const inferred = (key: string) => report.corrections.some((c) => c.inferred && (c.key === key || c.key.startsWith('parts[')));
      return [report.id, { plan: inferred('planYear'), other: inferred('reviewYear') }];
    }),
  );
  const yearInferred = (row: MetricRow) => {
    const inferred = inferredOf.get(row.reportId);
    return inferred !== undefined && (row.part === 'plan' ? inferred.plan : inferred.other);
  };
  const actuals = Map.groupBy(
    rows.filter((r) => r.kind === 'actual' && r.indicator !== null && r.year !== null && r.divisionCode !== null && r.part !== 'plan'),
    key,
  );

  return rows.filter(isTarget).map((target) => {
    const def = defs.get(target.indicator);
    const measure = (row: MetricRow) => (def ? (differentMeasureOf(row.name, def)?.name ?? null) : null);
    const later = (actuals.get(key(target)) ?? []).filter((r) => r.reportId !== target.reportId);
    const comparable = later.filter((r) => r.unit === target.unit && measure(r) === measure(target));
    const reviewsYear = comparable.filter((r) => reviewYear.get(r.reportId) === target.year);
    const actual = reviewsYear[0] ?? comparable[0] ?? null;
    const reading = readTarget(target, def?.higherIsBetter ?? null);
    const otherActuals: MetricRow[] = [];
    for (const r of comparable) {
      if (actual && !sameStatement(r, actual) && !otherActuals.some((o) => sameStatement(o, r))) otherActuals.push(r);
    }
    return {
      target,
      yearInferred: yearInferred(target) && !target.sentence.includes(String(target.year)),
      measure: measure(target),
      reading,
      actual,
      otherActuals,
      otherMeasure: later.filter((r) => !comparable.includes(r)),
      status: actual === null ? 'unreported' : reading === null ? 'unclear' : judge(target, reading, actual),
    };
  });
}

/** How a target was judged, for readers: `原文“达到”：不低于目标值`. */
export function readingLabel(reading: TargetReading | null): string {
  return reading === null ? '原文未写明目标的方向，指标也无好坏之分' : `${reading.basis}：${ruleLabel(reading)}`;
}

/** One outcome as a page lists it. */
export interface OutcomeLine {
  outcome: PlanOutcome;
  indicatorName: string;
  /** Title of the report setting the target, and of the one stating the actual. */
  targetReport: string;
  actualReport: string | null;
  statusLabel: string;
  readingLabel: string;
}

/**
 * Outcomes as a page lists them, newest year first (report and document order within a year);
 * `names` and `titles` are indicator names and report titles by id.
 */
export function outcomeLines(outcomes: readonly PlanOutcome[], names: ReadonlyMap<string, string>, titles: ReadonlyMap<string, string>): OutcomeLine[] {
  return [...outcomes]
    .sort((a, b) => b.target.year - a.target.year)
    .map((outcome) => ({
      outcome,
      indicatorName: `${names.get(outcome.target.indicator) ?? outcome.target.indicator}${outcome.measure ? `（${outcome.measure}）` : ''}`,
      targetReport: titles.get(outcome.target.reportId) ?? outcome.target.reportId,
      actualReport: outcome.actual && (titles.get(outcome.actual.reportId) ?? outcome.actual.reportId),
      statusLabel: OUTCOME_STATUS_LABELS[outcome.status],
      readingLabel: readingLabel(outcome.reading),
    }));
}

/** The lines of the places whose values an indicator page holds (a place's targets go where its values are). */
export function linesOnPage(lines: readonly OutcomeLine[], page: Pick<IndicatorPage, 'entries'>): OutcomeLine[] {
  const codes = new Set(page.entries.flatMap((e) => (e.starts && e.place ? [e.place.code] : [])));
  return lines.filter((l) => codes.has(l.outcome.target.divisionCode));
}

/** How targets are matched and judged, as the pages say it. */
export const OUTCOME_NOTE =
  '计划中写明年份、对应可比指标的目标，与此后工作总结中同一地区、同一年份的实际值对照。' +
  '判断先看目标原文的措辞：“达到”“以上”“不低于”等为不低于目标值，“控制在”“以下”“以内”等为不高于目标值，' +
  `“左右”“约”为与目标值相差不超过目标值的${ABOUT_TOLERANCE * 100}%；原文没有写明时，按指标越高越好或越低越好判断。` +
  '单位或统计口径不同的数字不作比较；实际值本身只写了范围（如“85%以上”）而跨过目标的，记为无法判断。';
