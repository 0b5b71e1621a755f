/**
 * How a topic's view of the corpus is divided into pages: `/topics/<topic>/` and
 * `/topics/<topic>/<n>/`, each of bounded size whatever the number of reports.
 *
 * Reports come in a stable order (province, city, year, id; unknown places last). The reports
 * with sections about the topic come first, each with its sections (best score first, see
 * `sectionsAbout`), then the reports without any, as a short list. Pages are filled greedily up
 * to `PAGE_BUDGET`, an estimate of their HTML bytes from what they show (`COST`): a report starts
 * a new page rather than being cut, unless it alone exceeds the budget, in which case it continues
 * on the next pages. A section lists at most `FIGURES_SHOWN` figures (the rest are one link away,
 * in the report), so no single entry can make a page large.
 *
 * Every report is on exactly one page per topic (cut reports: their sections spread over
 * consecutive pages, each section on one), and the province summary says on which page each
 * province starts — the same summary the topic index aggregates (`provinceShares`).
 */
import { provinceKey, type PageAnchor, type ProvinceKey } from './paging.ts';
import type { Report } from '../model/index.ts';
import { reportLabel, sectionsAbout, type ReportTopics, type SectionTopics } from './topic-view.ts';
import type { TopicShare } from '../editorial/index.ts';

/** The report fields the topic pages show and order by. */
export type PagedReport = Pick<Report, 'id' | 'title' | 'place' | 'reviewYear' | 'planYear'>;

/** A section about the topic, with its score for the topic. */
export type TopicSectionEntry = SectionTopics & { score: number };

/** One report's sections on one page (all of them, or a run of them when the report is cut). */
export interface ReportGroup {
  report: PagedReport;
  label: string;
  /** The report's share of characters about the topic. */
  share: TopicShare;
  /** The sections shown on this page, in the report's order for the topic. */
  sections: TopicSectionEntry[];
  /** Position of this page's first section among the report's sections (0 = the report starts here). */
  from: number;
  /** How many sections of the report are about the topic, over all pages. */
  total: number;
}

/** A province's run on one page: its report groups or its reports without sections. */
export interface ProvinceRun<T> {
  province: ProvinceKey;
  /** Whether the province's list (of this kind) starts on this page; else it continues from before. */
  starts: boolean;
  items: T[];
}

/** A report without any section about the topic. */
export interface AbsentReport {
  report: PagedReport;
  label: string;
}

/** One page of a topic. */
export interface TopicPage {
  /** 1-based page number. */
  number: number;
  covered: ProvinceRun<ReportGroup>[];
  absent: ProvinceRun<AbsentReport>[];
  /** Whether the list of reports without sections starts on this page. */
  absentStarts: boolean;
}

/** What a province's reports say about the topic, for the overview on the topic's first page. */
export interface ProvinceSummary extends ProvinceKey {
  reports: number;
  /** Reports with at least one section about the topic. */
  covering: number;
  sections: number;
  /** Where the province's reports with sections start, or null when it has none. */
  coveredAt: PageAnchor | null;
  /** Where its reports without sections start, or null when every one has some. */
  absentAt: PageAnchor | null;
}

/** A topic's pages and overview. */
export interface TopicPaging {
  topic: string;
  /** At least one page (an empty first page when there are no reports). */
  pages: TopicPage[];
  provinces: ProvinceSummary[];
  reports: number;
  covering: number;
  /** Distinct known places (division codes) among the covering reports. */
  places: number;
  sections: number;
  /** Where the list of reports without sections starts, or null when every report has some. */
  absentAt: PageAnchor | null;
}

/**
 * Estimated HTML bytes of what a page shows, rounded up from built pages (1,000 generated reports:
 * a section 630 bytes + 150 per figure, at most 2.5 KB; a report without sections at most 250).
 */
export const COST = { report: 500, section: 900, figure: 170, absent: 250, province: 150 } as const;
/** Estimated bytes of the entries on one page (the layout, about 7 KB, and page 1's overview come on top). */
export const PAGE_BUDGET = 120_000;
/** Figures listed per section; the others are in the report, linked from the section. */
export const FIGURES_SHOWN = 10;

const collator = new Intl.Collator('zh-Hans-CN');
const firstYear = (r: PagedReport) => Math.min(r.reviewYear ?? Infinity, r.planYear ?? Infinity);

/** Reports by province, city, first year and id; an unknown province, city or year sorts last. */
export function byPlaceThenYear(a: PagedReport, b: PagedReport): number {
  const last = (x: string | null, y: string | null) => (x === null ? (y === null ? 0 : 1) : y === null ? -1 : collator.compare(x, y));
  return (
    last(a.place.province, b.place.province) ||
    last(a.place.city, b.place.city) ||
    // Both years unknown: Infinity − Infinity is NaN, which falls through like 0.
    firstYear(a) - firstYear(b) ||
    a.id.localeCompare(b.id)
  );
}

/** The province key of a report. */
export function provinceOf(report: Pick<Report, 'place'>): ProvinceKey {
  return provinceKey(report.place.province);
}

/** Estimated bytes of one section as a topic page shows it. */
export function sectionCost(section: Pick<SectionTopics, 'figures'>): number {
  return COST.section + COST.figure * Math.min(section.figures.length, FIGURES_SHOWN);
}

/** Site-relative path of a topic page: `topics/tcm/`, `topics/tcm/2/`. */
export function topicPagePath(topic: string, page = 1): string {
  return page === 1 ? `topics/${topic}/` : `topics/${topic}/${page}/`;
}

/** Append an item to the page's run of its province, opening a run when the province changes. */
function pushRun<T>(runs: ProvinceRun<T>[], province: ProvinceKey, item: T, seen: Set<string>): void {
  const run = runs.at(-1);
  if (run && run.province.anchor === province.anchor) {
    run.items.push(item);
    return;
  }
  runs.push({ province, starts: !seen.has(province.anchor), items: [item] });
  seen.add(province.anchor);
}

/**
 * Divide one topic's view of `reports` into pages (see the module comment). `views` holds each
 * report's topics by id; `budget` is for tests.
 */
export function paginateTopic(
  topic: string,
  reports: readonly PagedReport[],
  views: ReadonlyMap<string, ReportTopics>,
  budget = PAGE_BUDGET,
): TopicPaging {
  const ordered = [...reports].sort(byPlaceThenYear);
  const pages: TopicPage[] = [];
  let page: TopicPage = { number: 1, covered: [], absent: [], absentStarts: false };
  let used = 0;
  const turn = () => {
    pages.push(page);
    page = { number: page.number + 1, covered: [], absent: [], absentStarts: false };
    used = 0;
  };
  const empty = () => page.covered.length === 0 && page.absent.length === 0;
  const seenCovered = new Set<string>();
  const seenAbsent = new Set<string>();
  const summaries = new Map<string, ProvinceSummary>();
  const places = new Set<string>();
  const absentReports: PagedReport[] = [];
  let covering = 0;
  let sections = 0;

  const summary = (key: ProvinceKey) => {
    let s = summaries.get(key.anchor);
    if (!s) summaries.set(key.anchor, (s = { ...key, reports: 0, covering: 0, sections: 0, coveredAt: null, absentAt: null }));
    return s;
  };

  for (const report of ordered) {
    const view = views.get(report.id);
    if (!view) throw new Error(`no topic view for report ${report.id}`);
    const about = sectionsAbout(view, topic);
    const province = provinceOf(report);
    const s = summary(province);
    s.reports++;
    if (about.length === 0) {
      absentReports.push(report);
      continue;
    }
    covering++;
    sections += about.length;
    s.covering++;
    s.sections += about.length;
    if (report.place.divisionCode !== null) places.add(report.place.divisionCode);
    const share = view.shares.find((x) => x.topic === topic);
    if (!share) throw new Error(`no share of topic ${topic} in report ${report.id}`);
    const costs = about.map(sectionCost);
    const whole = COST.report + COST.province + costs.reduce((a, b) => a + b, 0);
    if (!empty() && used + whole > budget) turn();
    const label = reportLabel(report);
    let group: ReportGroup | null = null;
    for (const [i, section] of about.entries()) {
      if (group && used + costs[i] > budget) {
        turn();
        group = null;
      }
      if (!group) {
        group = { report, label, share, sections: [], from: i, total: about.length };
        pushRun(page.covered, province, group, seenCovered);
        s.coveredAt ??= { page: page.number, anchor: province.anchor };
        used += COST.report + COST.province;
      }
      group.sections.push(section);
      used += costs[i];
    }
  }

  let absentAt: PageAnchor | null = null;
  for (const report of absentReports) {
    if (!empty() && used + COST.absent > budget) turn();
    if (!absentAt) {
      absentAt = { page: page.number, anchor: 'absent' };
      page.absentStarts = true;
    }
    const province = provinceOf(report);
    const before = seenAbsent.has(province.anchor);
    pushRun(page.absent, province, { report, label: reportLabel(report) }, seenAbsent);
    if (!before) summary(province).absentAt = { page: page.number, anchor: `absent-${province.anchor}` };
    used += COST.absent;
  }
  pages.push(page);

  return {
    topic,
    pages,
    provinces: [...summaries.values()],
    reports: ordered.length,
    covering,
    places: places.size,
    sections,
    absentAt,
  };
}

/** One province's share of characters per topic, for the topic index. */
export interface ProvinceShares extends ProvinceKey {
  reports: number;
  /** Per topic, in the order of the topic definitions: characters about it over all the province's characters. */
  shares: TopicShare[];
}

/**
 * Topic shares summed by province (characters about a topic over all characters of the
 * province's reports), provinces in the order of `byPlaceThenYear`.
 */
export function provinceShares(reports: readonly PagedReport[], views: ReadonlyMap<string, ReportTopics>): ProvinceShares[] {
  const out = new Map<string, ProvinceShares & { total: number }>();
  for (const report of [...reports].sort(byPlaceThenYear)) {
    const view = views.get(report.id);
    if (!view) throw new Error(`no topic view for report ${report.id}`);
    const key = provinceOf(report);
    let row = out.get(key.anchor);
    if (!row) out.set(key.anchor, (row = { ...key, reports: 0, total: 0, shares: view.shares.map((s) => ({ topic: s.topic, chars: 0, share: 0 })) }));
    row.reports++;
    row.total += view.chars;
    view.shares.forEach((s, i) => (row.shares[i].chars += s.chars));
  }
  return [...out.values()].map(({ total, ...row }) => ({
    ...row,
    shares: row.shares.map((s) => ({ ...s, share: total === 0 ? 0 : s.chars / total })),
  }));
}
