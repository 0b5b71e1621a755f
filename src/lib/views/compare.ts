/**
 * Comparison: the per-indicator view, built from metric rows (compare-pages.ts pages it and
 * builds the indicator × province overview).
 *
 * Only rows with an indicator, a stated year, a known place, the indicator's unit and its own
 * measure (not one of the editors' `differentMeasures`) are compared;
 * actual values and targets are kept apart; every other row of an indicator stays listed in its
 * view so nothing the reports say is hidden.
 */
import { type DifferentMeasure, differentMeasureOf, type IndicatorDef } from '../editorial/index.ts';
import {
  latestByPlace,
  perCapita,
  yearlyByPlace,
  type Choice,
  type MetricRow,
  type PerCapita,
  type Place,
  type Population,
} from './metrics.ts';

/** The indicator fields a comparison reads. */
export type ComparedIndicator = Pick<IndicatorDef, 'id' | 'name' | 'unit' | 'measure' | 'differentMeasures'>;

/** Whether a row states the indicator in the unit it is compared in. */
function inIndicatorUnit(row: MetricRow, def: ComparedIndicator): boolean {
  return row.unit === def.unit;
}

/** Whether an indicator counts things (beds, staff): absolute, so city size matters. */
export function isCount(def: ComparedIndicator): boolean {
  return def.measure === 'count';
}

function distinctYears(choices: readonly (Choice | null)[]): number[] {
  const years = new Set<number>();
  for (const c of choices) if (c && c.row.year !== null) years.add(c.row.year);
  return [...years].sort((a, b) => a - b);
}

/** A place's chosen value in a view. */
export interface PlaceValue {
  place: Place;
  choice: Choice;
  /** Per 10,000 residents, for counts of places whose population is known. */
  perCapita: PerCapita | null;
}

/** A place's values over the years. */
export interface PlaceSeries {
  place: Place;
  /** One choice per stated year, ascending. */
  points: Choice[];
}

/** Everything the page of one indicator shows. */
export interface IndicatorView<D extends ComparedIndicator = ComparedIndicator> {
  indicator: D;
  /** Latest actual value per place, highest value first. */
  latest: PlaceValue[];
  /** Distinct years among `latest`; more than one means a note on mixed years. */
  years: number[];
  /** Actual values per place by year, for places of the view, in place order. */
  series: PlaceSeries[];
  /** Latest target per place, apart from actual values, in place order. */
  targets: PlaceValue[];
  /** Every row mapped to the indicator (any kind, year, place or unit), report by report. */
  rows: MetricRow[];
  /** Rows left out of the comparison because they state another unit. */
  otherUnit: MetricRow[];
  /** Rows of a different measure (the editors' `differentMeasures`), by measure, left out of the comparison. */
  otherMeasures: { measure: DifferentMeasure; rows: MetricRow[] }[];
  isCount: boolean;
}

/** The view of one indicator; `populations` by division code, for counts. */
export function indicatorView<D extends ComparedIndicator>(
  rows: readonly MetricRow[],
  def: D,
  places: readonly Place[],
  populations: ReadonlyMap<string, Population>,
): IndicatorView<D> {
  const mine = rows.filter((r) => r.indicator === def.id);
  const measureOf = new Map(mine.map((r) => [r, differentMeasureOf(r.name, def)]));
  const comparable = mine.filter((r) => inIndicatorUnit(r, def) && measureOf.get(r) === null);
  const count = isCount(def);
  const valueOf = (place: Place, choice: Choice): PlaceValue => {
    const population = count ? populations.get(place.code) : undefined;
    return { place, choice, perCapita: population ? perCapita(choice.row, population) : null };
  };

  const actual = latestByPlace(comparable, 'actual').get(def.id) ?? new Map<string, Choice>();
  const latest = places
    .filter((p) => actual.has(p.code))
    .map((p) => valueOf(p, actual.get(p.code) as Choice))
    .sort((a, b) => b.choice.row.value - a.choice.row.value);

  const yearly = yearlyByPlace(comparable, 'actual').get(def.id) ?? new Map<string, Map<number, Choice>>();
  const series = places
    .filter((p) => yearly.has(p.code))
    .map((p) => {
      const byYear = yearly.get(p.code) as Map<number, Choice>;
      return { place: p, points: [...byYear.keys()].sort((a, b) => a - b).map((y) => byYear.get(y) as Choice) };
    });

  const target = latestByPlace(comparable, 'target').get(def.id) ?? new Map<string, Choice>();
  const targets = places.filter((p) => target.has(p.code)).map((p) => valueOf(p, target.get(p.code) as Choice));

  return {
    indicator: def,
    latest,
    years: distinctYears(latest.map((v) => v.choice)),
    series,
    targets,
    rows: mine,
    otherUnit: mine.filter((r) => !inIndicatorUnit(r, def)),
    otherMeasures: (def.differentMeasures ?? [])
      .map((measure) => ({ measure, rows: mine.filter((r) => measureOf.get(r) === measure) }))
      .filter((m) => m.rows.length > 0),
    isCount: count,
  };
}
