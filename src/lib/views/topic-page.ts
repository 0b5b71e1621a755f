/**
 * One page of a topic (/topics/<topic>/, /topics/<topic>/<n>/) as it renders: per province the
 * reports with sections about the topic, each report's column with its sections (the first
 * `SECTIONS_SHOWN` open, the rest folded), their excerpts and figures; then the reports without
 * any; on the first page the overview by province. Drawn from the topic's paging
 * (topic-pages.ts), links as site-relative paths or report anchors.
 */
import { FIGURE_KIND_LABELS, yearLabel } from '../model/index.ts';
import type { MetricRow } from './metrics.ts';
import type { PageAnchor } from './paging.ts';
import { FIGURES_SHOWN, topicPagePath, type ReportGroup, type TopicPage, type TopicPaging, type TopicSectionEntry } from './topic-pages.ts';
import { excerpt, shareLabel } from './topic-view.ts';

/** Sections shown open per report on a page; the rest fold under a <details>. */
export const SECTIONS_SHOWN = 4;

/** A figure of a section, with what the list says after it. */
export interface SectionFigure {
  row: MetricRow;
  /** ` 床位数（实际，2023年）`: the name as written (if any), kind and year. */
  note: string;
}

/** One section in a report's column. */
export interface SectionView {
  /** The section's anchor on the report page. */
  anchor: string;
  /** Its heading, or the start of its text when it has none. */
  title: string;
  /** Headings above it, `一、… › （一）…`; empty at the top of a part. */
  path: string;
  year: string;
  excerpt: string;
  /** The first `FIGURES_SHOWN` figures. */
  figures: SectionFigure[];
  /** Figures not listed. */
  moreFigures: number;
}

/** One report's column: its sections on this page. */
export interface ReportColumn {
  reportId: string;
  /** The report starts on this page: the column carries the report's id as its anchor. */
  starts: boolean;
  label: string;
  /** `<title> · 相关段落3段，约占全文10%`, with the run of sections when the report is cut. */
  summary: string;
  shown: SectionView[];
  folded: SectionView[];
}

/** A province's run of report columns on the page. */
export interface CoveredRun {
  /** Element id of the province's heading, null when it continues from a page before. */
  anchor: string | null;
  name: string;
  columns: ReportColumn[];
}

/** A province's run of reports without sections about the topic. */
export interface AbsentRun {
  /** Element id of the province's heading, null when it continues from a page before. */
  anchor: string | null;
  name: string;
  reports: { id: string; label: string; title: string }[];
}

/** A province in the overview of the first page. */
export interface TopicOverviewProvince {
  name: string;
  reports: number;
  covering: number;
  sections: number;
  /** Reports without sections about the topic. */
  absent: number;
  /** Where its reports with sections start, null when none has any. */
  coveredPath: string | null;
  /** Where its reports without sections start, null when every one has some. */
  absentPath: string | null;
}

/** Everything one topic page shows besides the topic's definition. */
export interface TopicPageView {
  number: number;
  total: number;
  first: boolean;
  /** `（第2页，共5页）` when the topic takes several pages. */
  pageLabel: string;
  paging: TopicPaging;
  /** Site-relative link to the overview on the first page. */
  overviewPath: string;
  /** The first page's overview by province; empty on the other pages. */
  provinces: TopicOverviewProvince[];
  /** Where the list of reports without sections starts (first page only), null when none. */
  absentPath: string | null;
  covered: CoveredRun[];
  /** Null when the page lists no report without sections. */
  absent: { starts: boolean; runs: AbsentRun[] } | null;
}

function sectionView(s: TopicSectionEntry): SectionView {
  return {
    anchor: s.section.anchor,
    title: s.section.heading ?? excerpt(s.body, 20),
    path: s.section.path.join(' › '),
    year: yearLabel(s.section.year),
    excerpt: excerpt(s.body),
    figures: s.figures.slice(0, FIGURES_SHOWN).map((row) => ({
      row,
      note: `${row.name ? ` ${row.name}` : ''}（${FIGURE_KIND_LABELS[row.kind]}，${yearLabel(row.year)}）`,
    })),
    moreFigures: Math.max(0, s.figures.length - FIGURES_SHOWN),
  };
}

function column(g: ReportGroup): ReportColumn {
  const cut = g.sections.length < g.total ? `，本页为第${g.from + 1}–${g.from + g.sections.length}段` : '';
  const sections = g.sections.map(sectionView);
  return {
    reportId: g.report.id,
    starts: g.from === 0,
    label: g.label,
    summary: `${g.report.title} · 相关段落${g.total}段，约占全文${shareLabel(g.share.share)}%${cut}`,
    shown: sections.slice(0, SECTIONS_SHOWN),
    folded: sections.slice(SECTIONS_SHOWN),
  };
}

/** Page `number` (1-based) of a topic's pages. */
export function topicPageView(paging: TopicPaging, number: number): TopicPageView {
  const page: TopicPage | undefined = paging.pages[number - 1];
  if (!page) throw new Error(`topic ${paging.topic} has no page ${number}`);
  const total = paging.pages.length;
  const first = number === 1;
  const at = (where: PageAnchor | null) => (where ? `${topicPagePath(paging.topic, where.page)}#${where.anchor}` : null);
  return {
    number,
    total,
    first,
    pageLabel: total > 1 ? `（第${number}页，共${total}页）` : '',
    paging,
    overviewPath: `${topicPagePath(paging.topic)}#overview`,
    provinces: first
      ? paging.provinces.map((p) => ({
          name: p.name,
          reports: p.reports,
          covering: p.covering,
          sections: p.sections,
          absent: p.reports - p.covering,
          coveredPath: at(p.coveredAt),
          absentPath: at(p.absentAt),
        }))
      : [],
    absentPath: first ? at(paging.absentAt) : null,
    covered: page.covered.map((run) => ({
      anchor: run.starts ? run.province.anchor : null,
      name: run.province.name,
      columns: run.items.map(column),
    })),
    absent:
      page.absent.length === 0
        ? null
        : {
            starts: page.absentStarts,
            runs: page.absent.map((run) => ({
              anchor: run.starts ? `absent-${run.province.anchor}` : null,
              name: run.province.name,
              reports: run.items.map((a) => ({ id: a.report.id, label: a.label, title: a.report.title })),
            })),
          },
  };
}
