/**
 * Views: the entry module pages, components, data modules and other subsystems import
 * (re-exports only of what they use). What the site shows of parsed reports, as pure functions:
 * - metrics.ts (every figure as a row), compare.ts (one indicator across places),
 *   compare-pages.ts (its pages, the overview by province), downloads.ts (the data files);
 * - sections.ts (a report cut at its headings), topic-view.ts (each report's topics),
 *   topic-pages.ts (a topic's pages, shares by province);
 * - the pages as they render: indicator-page.ts, compare-index.ts, topic-page.ts, topic-index.ts,
 *   city-view.ts, listing.ts (orders, city pages), render.ts (a report's HTML), paging.ts (pager);
 * - charts/ (charts drawn at build time as SVG trees).
 */
export { type MetricRow, metricRows, PER_RESIDENTS_LABEL, placesOf, type Population } from './metrics.ts';
export { indicatorView, type PlaceSeries } from './compare.ts';
export { comparePagePath, type IndicatorPaging, PAGE_BUDGET as INDICATOR_PAGE_BUDGET, paginateIndicator, provinceMatrix } from './compare-pages.ts';
export { metricRecords, metricsCsv, reportRecord } from './downloads.ts';
export { reportSections, type SearchSection } from './sections.ts';
export { reportTopics, type ReportTopics } from './topic-view.ts';
export { paginateTopic, provinceShares, topicPagePath, type TopicPaging } from './topic-pages.ts';
export { indicatorPageView, type IndicatorOverview, type IndicatorPageView, type PlacesOfProvince } from './indicator-page.ts';
export { compareIndex, type MatrixKind, type MatrixRow } from './compare-index.ts';
export { type AbsentRun, type ReportColumn, type SectionView, topicPageView, type TopicPageView } from './topic-page.ts';
export { topicIndex } from './topic-index.ts';
export { CITY_LEVEL_LABELS, cityWithin } from './city-view.ts';
export { byYearThenId, cityEntries, type CityEntry } from './listing.ts';
export { renderReport, tableOfContents, type TocEntry } from './render.ts';
export { pageWindow } from './paging.ts';
export { formatNumber } from './charts/format.ts';
export { svgToString } from './charts/svg.ts';
