/**
 * Views: the entry module pages, components, data modules and other subsystems import
 * (re-exports only of what they use). What the site shows of parsed reports, as pure functions:
 * - metrics.ts (every figure as a row), compare.ts (one indicator across places),
 *   compare-pages.ts (its pages, the overview by province), downloads.ts (the data files),
 *   columns.ts (their columns, declared once), data-dictionary.ts (what /data/ documents);
 * - plan-outcome.ts (each plan's targets against later reviews; its wording rules and downloads beside it);
 * - sections.ts (a report cut at its headings), topic-view.ts (each report's topics),
 *   topic-pages.ts (a topic's pages, shares by province);
 * - the pages as they render: indicator-page.ts, compare-index.ts, topic-page.ts, topic-index.ts,
 *   city-view.ts, peer-levels.ts (places by level), place-values.ts (a city's values over the years),
 *   listing.ts (orders, city pages), render.ts (a report's HTML), publisher.ts (who
 *   published a report), home.ts (the home page's key indicators), paging.ts (pager);
 * - charts/ (charts drawn at build time as SVG trees).
 */
export { type MetricRow, metricRows, PER_RESIDENTS_LABEL, placesOf, type Population } from './metrics.ts';
export { indicatorView, type PlaceSeries } from './compare.ts';
export { comparePagePath, type IndicatorPaging, PAGE_BUDGET as INDICATOR_PAGE_BUDGET, paginateIndicator, provinceMatrix } from './compare-pages.ts';
export { metricRecords, type MetricRecord, METRIC_COLUMNS, reportRecord, REPORT_COLUMNS } from './downloads.ts';
export { type Column, csvOf, csvPieces, field, jsonOf, jsonPieces } from './columns.ts';
export { type ColumnDoc, DATA_LICENCE, DOWNLOADS, type DownloadDoc, INDICATOR_ID, indicatorCsvPath, indicatorSvgPath } from './data-dictionary.ts';
export { linesOnPage, OUTCOME_NOTE, type OutcomeLine, outcomeLines, planOutcomes } from './plan-outcome.ts';
export { PLAN_OUTCOME_COLUMNS, planOutcomeRecords } from './plan-outcome-downloads.ts';
export { reportSections, type SearchSection } from './sections.ts';
export { keptTopics, reportTopics, type ReportTopics } from './topic-view.ts';
export { paginateTopic, provinceShares, topicPagePath, type TopicPaging } from './topic-pages.ts';
export { indicatorPageView, type IndicatorOverview, type IndicatorPageView, type PlacesOfProvince } from './indicator-page.ts';
export { compareIndex, type MatrixKind, type MatrixRow } from './compare-index.ts';
export { type AbsentRun, type ReportColumn, type SectionView, topicPageView, type TopicPageView } from './topic-page.ts';
export { topicIndex, type TopicIndex } from './topic-index.ts';
export { cityLevel, cityWithin } from './city-view.ts';
export { type PeerGroup } from './peer-levels.ts';
export { type PlaceIndicatorValues, placeValues } from './place-values.ts';
export { byYearThenId, cityEntries, type CityEntry } from './listing.ts';
export { renderReport, tableOfContents, type TocEntry } from './render.ts';
export { reportPublisher, type ReportPublisher } from './publisher.ts';
export { keyIndicators, type KeyIndicator } from './home.ts';
export { pageWindow } from './paging.ts';
export { formatNumber } from './charts/format.ts';
export { svgToString } from './charts/svg.ts';
export { latestChart } from './charts/indicator.ts';
export { standaloneSvg } from './charts/standalone.ts';
