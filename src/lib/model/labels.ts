/**
 * Labels: how report facts read on the site (Simplified Chinese), with unknowns said as such.
 */
import type { AppliedCorrection } from './correction.ts';
import type { FigureKind } from './figure.ts';
import type { PlaceResult } from './place.ts';
import type { PartKind, Report, ReportKind } from './report.ts';

/** Names of report kinds as shown to readers. */
export const REPORT_KIND_LABELS: Record<ReportKind, string> = {
  summary: '工作总结',
  plan: '工作计划',
  'summary+plan': '工作总结和计划',
  other: '其他文件（非年度工作报告）',
};

/** Names of part kinds as shown to readers. */
export const PART_KIND_LABELS: Record<PartKind, string> = {
  summary: '工作总结',
  plan: '工作计划',
  challenges: '问题与挑战',
  other: '其他',
};

/** Names of figure kinds as shown to readers. */
export const FIGURE_KIND_LABELS: Record<FigureKind, string> = {
  actual: '实际',
  target: '目标',
  change: '变化',
};

/** Shown for a year the text never states. */
export const UNKNOWN_YEAR = '年份未注明';
/** Shown for a place that could not be decided. */
export const UNKNOWN_PLACE = '地点未知';

/** A year for readers: `2023年`, or `年份未注明`. */
export function yearLabel(year: number | null): string {
  return year === null ? UNKNOWN_YEAR : `${year}年`;
}

/** What `yearsLabel` reads: the years, and which of them an editor inferred. */
export type YearsOf = Pick<Report, 'kind' | 'reviewYear' | 'planYear'> & {
  corrections: Pick<AppliedCorrection, 'key' | 'inferred'>[];
};

/**
 * The years a report covers, by its kind: `2023年总结 · 2024年计划`, `年份未注明`; a year an
 * editor inferred from the text (it states none) says so: `2024年计划（推断）`.
 */
export function yearsLabel(report: YearsOf): string {
  const inferred = (key: string) => (report.corrections.some((c) => c.key === key && c.inferred) ? '（推断）' : '');
  const review = report.reviewYear === null ? null : `${report.reviewYear}年总结${inferred('reviewYear')}`;
  const plan = report.planYear === null ? null : `${report.planYear}年计划${inferred('planYear')}`;
  if (report.kind === 'other') return UNKNOWN_YEAR;
  const shown = report.kind === 'summary' ? [review] : report.kind === 'plan' ? [plan] : [review, plan];
  const known = shown.filter((s): s is string => s !== null);
  if (known.length === 0) return UNKNOWN_YEAR;
  return known.length < shown.length ? `${known.join(' · ')}（另一年份未注明）` : known.join(' · ');
}

/** The place for readers: `乐清市（浙江 温州）`, or `地点未知`. */
export function placeLabel(place: PlaceResult): string {
  if (place.fullName === null) return UNKNOWN_PLACE;
  const within = [place.province, place.prefecture].filter((p) => p !== null && p !== place.city);
  return within.length ? `${place.fullName}（${within.join(' ')}）` : place.fullName;
}
