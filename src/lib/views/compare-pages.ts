/**
 * How one indicator's view (compare.ts) is divided into pages: `/compare/<indicator>/` and
 * `/compare/<indicator>/<n>/`, each of bounded size whatever the number of reports; and the
 * overview by province that the first page and `/compare/` show.
 *
 * Places come in the view's place order (province, then name). Each page holds a run of places
 * with everything the view says about them: the latest actual value, the values over the years,
 * the latest target and every figure mapped to the indicator in their reports. A page is itself a
 * view restricted to its places (`IndicatorPage.view`), so its charts are drawn from exactly the
 * values of its tables. Figures whose place is not known (or not comparable) come last, under
 * 地点未知. Pages are filled greedily up to `PAGE_BUDGET`, an estimate of their HTML bytes
 * (`COST`); a place starts a new page rather than being cut, unless its figures alone exceed a
 * page, in which case they continue on the next pages.
 *
 * Every value and every figure of the view is on exactly one page.
 */
import type { ComparedIndicator, IndicatorView, PlaceSeries, PlaceValue } from './compare.ts';
import type { MetricRow, Place } from './metrics.ts';
import { provinceKey, type PageAnchor, type ProvinceKey } from './paging.ts';

/**
 * Estimated HTML bytes of what a page shows, rounded up from built pages (1,000 generated reports:
 * a latest value as bar and table row 650, a point over the years with its legend entry 780, a
 * target 270, a figure with its quoted sentence 700).
 */
export const COST = { place: 200, latest: 700, perCapita: 800, point: 800, target: 300, row: 750 } as const;
/** Estimated bytes of the entries on one page (the layout and page 1's overview come on top). */
export const PAGE_BUDGET = 100_000;

/** One place (or the figures of unknown place) on one page. */
export interface PlaceEntry {
  /** Null for the figures whose place is not known. */
  place: Place | null;
  province: ProvinceKey;
  /** Whether the place starts on this page (its values are here); else only more of its figures. */
  starts: boolean;
  /** The place's figures shown on this page, in the view's order. */
  rows: MetricRow[];
}

/** One page of an indicator. */
export interface IndicatorPage<D extends ComparedIndicator = ComparedIndicator> {
  /** 1-based page number. */
  number: number;
  entries: PlaceEntry[];
  /** The indicator's view restricted to this page's places and figures. */
  view: IndicatorView<D>;
}

/** What a province's places report of the indicator. */
export interface ProvinceSummary extends ProvinceKey {
  /** Places with a latest actual value. */
  actual: number;
  /** Places with a latest target. */
  targets: number;
  /** Figures mapped to the indicator in the province's reports (any kind, year or unit). */
  rows: number;
  /** Distinct years of the province's latest actual values. */
  years: number[];
  /** Where the province starts. */
  at: PageAnchor;
}

/** An indicator's pages and overview. */
export interface IndicatorPaging<D extends ComparedIndicator = ComparedIndicator> {
  indicator: D;
  /** At least one page (an empty first page when no figure maps to the indicator). */
  pages: IndicatorPage<D>[];
  /** Provinces in place order; 地点未知 last when some figures have no comparable place. */
  provinces: ProvinceSummary[];
  /** Distinct years among the latest actual values of all places. */
  years: number[];
}

/** Site-relative path of an indicator page: `compare/beds/`, `compare/beds/2/`. */
export function comparePagePath(indicator: string, page = 1): string {
  return page === 1 ? `compare/${indicator}/` : `compare/${indicator}/${page}/`;
}

function distinctYears(values: readonly PlaceValue[]): number[] {
  return [...new Set(values.map((v) => v.choice.row.year).filter((y): y is number => y !== null))].sort((a, b) => a - b);
}

/** Estimated bytes of a place's values (without its figures). */
function valuesCost(latest: PlaceValue | undefined, series: PlaceSeries | undefined, target: PlaceValue | undefined): number {
  return (
    COST.place +
    (latest ? COST.latest + (latest.perCapita ? COST.perCapita : 0) : 0) +
    (series ? COST.point * series.points.length : 0) +
    (target ? COST.target : 0)
  );
}

/** The view restricted to the places starting on a page and the figures it shows. */
function pageView<D extends ComparedIndicator>(view: IndicatorView<D>, entries: readonly PlaceEntry[]): IndicatorView<D> {
  const codes = new Set(entries.filter((e) => e.starts && e.place).map((e) => e.place!.code));
  const rows = entries.flatMap((e) => e.rows);
  const shown = new Set(rows);
  const latest = view.latest.filter((v) => codes.has(v.place.code));
  const series = view.series.filter((s) => codes.has(s.place.code));
  return {
    ...view,
    latest,
    years: distinctYears(latest),
    series,
    targets: view.targets.filter((v) => codes.has(v.place.code)),
    rows,
    otherUnit: view.otherUnit.filter((r) => shown.has(r)),
    otherMeasures: view.otherMeasures.map((m) => ({ ...m, rows: m.rows.filter((r) => shown.has(r)) })).filter((m) => m.rows.length > 0),
  };
}

/**
 * Divide one indicator's view into pages (see the module comment). `places` are the places of
 * the comparison in their order; `budget` is for tests.
 */
export function paginateIndicator<D extends ComparedIndicator>(
  view: IndicatorView<D>,
  places: readonly Place[],
  budget = PAGE_BUDGET,
): IndicatorPaging<D> {
  const latest = new Map(view.latest.map((v) => [v.place.code, v]));
  const series = new Map(view.series.map((s) => [s.place.code, s]));
  const targets = new Map(view.targets.map((v) => [v.place.code, v]));
  const known = new Set(places.map((p) => p.code));
  const rowsOf = Map.groupBy(view.rows, (r) => (r.divisionCode !== null && known.has(r.divisionCode) ? r.divisionCode : ''));

  const pages: { number: number; entries: PlaceEntry[] }[] = [];
  let page = { number: 1, entries: [] as PlaceEntry[] };
  let used = 0;
  const turn = () => {
    pages.push(page);
    page = { number: page.number + 1, entries: [] };
    used = 0;
  };
  const summaries = new Map<string, ProvinceSummary>();

  /** Place a place's values and figures (or the figures of unknown place) on the pages. */
  const add = (place: Place | null, rows: readonly MetricRow[]) => {
    const code = place?.code ?? '';
    const own = valuesCost(latest.get(code), series.get(code), targets.get(code));
    if (page.entries.length > 0 && used + own + COST.row * rows.length > budget) turn();
    const province = provinceKey(place ? place.province : null);
    let s = summaries.get(province.anchor);
    if (!s) summaries.set(province.anchor, (s = { ...province, actual: 0, targets: 0, rows: 0, years: [], at: { page: page.number, anchor: province.anchor } }));
    const value = latest.get(code);
    if (value) s.actual++;
    if (value?.choice.row.year != null && !s.years.includes(value.choice.row.year)) s.years = [...s.years, value.choice.row.year].sort((a, b) => a - b);
    if (targets.has(code)) s.targets++;
    s.rows += rows.length;
    let entry: PlaceEntry = { place, province, starts: true, rows: [] };
    page.entries.push(entry);
    used += own;
    for (const row of rows) {
      // Cut only when this page already shows something of the place (or of others before it).
      if (used + COST.row > budget && (entry.rows.length > 0 || own > COST.place || page.entries.length > 1)) {
        turn();
        entry = { place, province, starts: false, rows: [] };
        page.entries.push(entry);
        used = COST.place;
      }
      entry.rows.push(row);
      used += COST.row;
    }
  };

  for (const place of places) {
    const rows = rowsOf.get(place.code) ?? [];
    if (rows.length > 0 || latest.has(place.code) || series.has(place.code) || targets.has(place.code)) add(place, rows);
  }
  const unplaced = rowsOf.get('') ?? [];
  if (unplaced.length > 0) add(null, unplaced);
  pages.push(page);

  return {
    indicator: view.indicator,
    pages: pages.map((p) => ({ ...p, view: pageView(view, p.entries) })),
    provinces: [...summaries.values()],
    years: view.years,
  };
}

/** One province's column of the overview matrix: per indicator, its summary or null (nothing reported). */
export interface MatrixColumn extends ProvinceKey {
  cells: (ProvinceSummary | null)[];
}

/** The indicator × province overview of `/compare/`. */
export interface ProvinceMatrix<D extends ComparedIndicator = ComparedIndicator> {
  /** Indicators with at least one value of a known place, in the order given. */
  indicators: IndicatorPaging<D>[];
  /** Provinces of the places in place order, each with one cell per indicator. */
  columns: MatrixColumn[];
}

/**
 * The overview by province of the indicators' pagings: how many places of each province report
 * each indicator, and where they start. Figures of unknown place are only on the indicators' pages.
 */
export function provinceMatrix<D extends ComparedIndicator>(pagings: readonly IndicatorPaging<D>[], places: readonly Place[]): ProvinceMatrix<D> {
  const known = (s: ProvinceSummary) => s.actual > 0 || s.targets > 0;
  const indicators = pagings.filter((p) => p.provinces.some(known));
  const order = [...new Map(places.map((p) => provinceKey(p.province)).map((k) => [k.anchor, k])).values()];
  const columns = order.map((key) => ({
    ...key,
    cells: indicators.map((p) => p.provinces.find((s) => s.anchor === key.anchor && known(s)) ?? null),
  }));
  return { indicators, columns: columns.filter((c) => c.cells.some((s) => s !== null)) };
}
