/**
 * Metrics: every figure of every report as one flat row (what the downloads and the comparison
 * pages read), and the choices a comparison makes on them: the latest value per place, values per
 * 10,000 residents, and whether values from different years stand side by side.
 *
 * A row belongs to a place only through its report's resolved division code; a figure whose year
 * is not stated keeps `year: null` and never takes part in a choice by year.
 */
import { type Figure, type FigureKind, figuresOf, type PartKind, type Report } from '../model/index.ts';

/** One figure with where it stands and what it was mapped to. */
export interface MetricRow {
  reportId: string;
  /** Short place name of the report (`乐清`), null when the parser could not decide. */
  city: string | null;
  province: string | null;
  /** Six-digit GB/T 2260 code of the report's authority: the identity a comparison uses. */
  divisionCode: string | null;
  /** Indicator id the figure maps to, null when unmapped. */
  indicator: string | null;
  /** Indicator name as written in the sentence. */
  name: string | null;
  year: number | null;
  kind: FigureKind;
  /** Kind of the part the sentence stands in (a plan part states what is to come, plan-outcome.ts). */
  part: PartKind;
  /** Numeric value (万/亿 applied); the lower bound when the text states a range. */
  value: number;
  /** Upper bound of a range (`2-3家`), null for a single value. Ranges are listed, never plotted. */
  upperValue: number | null;
  /** The figure as written, qualifier and unit included. */
  raw: string;
  unit: string | null;
  qualifier: string | null;
  /** The whole sentence stating the figure. */
  sentence: string;
  /** Sentence anchor on the report page (`s-12`). */
  sentenceId: string;
  /** Figure anchor on the report page (`s-12-f1`). */
  anchor: string;
  /** Offsets of `raw` in `sentence`, [start, end), for quoting it highlighted. */
  start: number;
  end: number;
}

/**
 * The indicator id of a figure of a report, null when none (the reports collection stores it per
 * figure: `mapIndicator` in indicators.ts, or an editor's assignment).
 */
export type IndicatorOf<R extends Report = Report> = (figure: Figure, report: R) => string | null;

/** Flatten reports into rows, in report order, then document order. */
export function metricRows<R extends Report>(reports: readonly R[], indicatorOf: IndicatorOf<R>): MetricRow[] {
  const rows: MetricRow[] = [];
  for (const report of reports) {
    for (const { part, sentence, figure } of figuresOf(report)) {
      rows.push({
        reportId: report.id,
        city: report.place.city,
        province: report.place.province,
        divisionCode: report.place.divisionCode,
        indicator: indicatorOf(figure, report),
        name: figure.name,
        year: figure.year,
        kind: figure.kind,
        part: part.kind,
        value: figure.value,
        upperValue: figure.upperValue ?? null,
        raw: figure.raw,
        unit: figure.unit,
        qualifier: figure.qualifier,
        sentence: sentence.text,
        sentenceId: sentence.id,
        anchor: figure.id,
        start: figure.start,
        end: figure.end,
      });
    }
  }
  return rows;
}

/** A place that can stand in a comparison: identified by its division code. */
export interface Place {
  code: string;
  /** Short name for labels: the city, or the province for a provincial authority. */
  name: string;
  province: string | null;
}

/** The place of a report, null when its division code is unknown (it is then never compared). */
function placeOf(report: Pick<Report, 'place'>): Place | null {
  const { divisionCode, city, province } = report.place;
  const name = city ?? province;
  if (divisionCode === null || name === null) return null;
  return { code: divisionCode, name, province };
}

/** Every distinct place of the reports, sorted by province then name (pinyin order). */
export function placesOf(reports: readonly Pick<Report, 'place'>[]): Place[] {
  const byCode = new Map<string, Place>();
  for (const report of reports) {
    const place = placeOf(report);
    if (place && !byCode.has(place.code)) byCode.set(place.code, place);
  }
  return [...byCode.values()].sort(
    (a, b) => (a.province ?? '').localeCompare(b.province ?? '', 'zh-Hans-CN') || a.name.localeCompare(b.name, 'zh-Hans-CN'),
  );
}

/** The value a comparison shows for one place and year, with any disagreeing value of that year. */
export interface Choice {
  row: MetricRow;
  /** Rows of the same place, indicator, kind and year stating a different value. */
  disagreeing: MetricRow[];
}

/**
 * Rows of `kind` by indicator, place (division code) and year. Rows without indicator, year or
 * division code are left out. Within one year the first row in input order is the choice and any
 * different value is kept in `disagreeing`, so a page can say so rather than silently pick.
 */
export function yearlyByPlace(rows: readonly MetricRow[], kind: FigureKind): Map<string, Map<string, Map<number, Choice>>> {
  const out = new Map<string, Map<string, Map<number, Choice>>>();
  for (const row of rows) {
    if (row.kind !== kind || row.indicator === null || row.year === null || row.divisionCode === null) continue;
    let byPlace = out.get(row.indicator);
    if (!byPlace) out.set(row.indicator, (byPlace = new Map()));
    let byYear = byPlace.get(row.divisionCode);
    if (!byYear) byPlace.set(row.divisionCode, (byYear = new Map()));
    const current = byYear.get(row.year);
    if (!current) byYear.set(row.year, { row, disagreeing: [] });
    else if (!sameStatement(row, current.row) && !current.disagreeing.some((d) => sameStatement(d, row))) current.disagreeing.push(row);
  }
  return out;
}

/** Per indicator and place, the choice of the latest stated year (`indicator → division code → choice`). */
export function latestByPlace(rows: readonly MetricRow[], kind: FigureKind): Map<string, Map<string, Choice>> {
  const out = new Map<string, Map<string, Choice>>();
  for (const [indicator, byPlace] of yearlyByPlace(rows, kind)) {
    const latest = new Map<string, Choice>();
    for (const [code, byYear] of byPlace) latest.set(code, byYear.get(Math.max(...byYear.keys())) as Choice);
    out.set(indicator, latest);
  }
  return out;
}

function sameStatement(a: MetricRow, b: MetricRow): boolean {
  return a.value === b.value && a.unit === b.unit && a.qualifier === b.qualifier;
}

/** A place's resident population from its city profile. */
export interface Population {
  value: number;
  year: number;
  /** Where the number comes from, e.g. `乐清市2023年国民经济和社会发展统计公报`. */
  source: string;
}

/** Residents a per-capita value is expressed per, and how readers see that number (`每万人`). */
const PER_RESIDENTS = 10_000;
export const PER_RESIDENTS_LABEL = '万人';

/** An absolute count divided by population. */
export interface PerCapita {
  /** Count per `PER_RESIDENTS` residents. */
  value: number;
  population: Population;
  /** Years between the count and the population figure (0 when the same year). */
  yearGap: number;
}

/** The row's count per 10,000 residents; null when the row has no year (the gap would be unknown). */
export function perCapita(row: MetricRow, population: Population): PerCapita | null {
  if (row.year === null || !(population.value > 0)) return null;
  return {
    value: (row.value / population.value) * PER_RESIDENTS,
    population,
    yearGap: row.year - population.year,
  };
}
