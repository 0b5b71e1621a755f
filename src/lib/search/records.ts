/**
 * Search records: what the search index holds for one result, built from a report's sections
 * (src/lib/views/sections.ts), a city page or a topic page. Runs at build time only.
 */
import { PART_KIND_LABELS, type Report, UNKNOWN_PLACE, yearLabel } from '../model/index.ts';
import { reportSections, type SearchSection } from '../views/index.ts';
import type { Facet } from './facets.ts';

/** What the search index holds for one result: a report section, a city page or a topic page. */
export interface SearchRecord {
  /** Page URL with the site's base path and, for a section, its `#anchor`. */
  url: string;
  /** Result title: the section heading, or the page title. */
  title: string;
  /** Where the result stands, e.g. the report title and the headings above the section. */
  context: string;
  /** The searchable text, as shown on the page. */
  text: string;
  /** Facet values (readers' labels); a facet a record has no value for is absent. */
  filters: Partial<Record<Facet, string[]>>;
}

/** Where a report's pages live, and how a section's topics are found. */
export interface RecordOptions {
  /** The site's base path, ending in `/`. */
  base: string;
  /** Names of the topics a section is about (content/topics). */
  topicsOf: (section: SearchSection) => string[];
}

/** The search records of a report: one per section, linked to its anchor on the report page. */
export function reportRecords(
  report: Pick<Report, 'id' | 'title' | 'place' | 'parts'>,
  { base, topicsOf }: RecordOptions,
): SearchRecord[] {
  return reportSections(report).map((section) => {
    const topics = topicsOf(section);
    return {
      url: `${base}reports/${report.id}/#${section.anchor}`,
      title: section.heading ?? report.title,
      context: [report.title, ...section.path].join(' › '),
      text: section.text,
      filters: {
        city: [report.place.fullName ?? UNKNOWN_PLACE],
        province: [report.place.province ?? UNKNOWN_PLACE],
        year: [yearLabel(section.year)],
        kind: [PART_KIND_LABELS[section.kind]],
        ...(topics.length ? { topic: topics } : {}),
      },
    };
  });
}

/** What a city page shows, for its search record. */
export interface CityPageText {
  slug: string;
  fullName: string;
  province: string;
  prefecture: string | null;
  /** The editor's profile as HTML, null when none is written. */
  profileHtml: string | null;
  /** Titles of the city's reports, as listed on its page. */
  reportTitles: string[];
}

/** The search record of a city page: its name, where it lies, its profile and its reports. */
export function cityRecord(city: CityPageText, base: string): SearchRecord {
  const within = [city.province, city.prefecture].filter((p) => p !== null && !city.fullName.startsWith(p)).join(' ');
  return {
    url: `${base}cities/${city.slug}/`,
    title: city.fullName,
    context: '城市',
    text: [within ? `${city.fullName}（${within}）` : city.fullName, ...(city.profileHtml ? [htmlText(city.profileHtml)] : []), ...city.reportTitles].join('\n'),
    filters: { city: [city.fullName], province: [city.province] },
  };
}

/** What a topic page says of itself, for its search record (its report excerpts are indexed as sections). */
export interface TopicPageText {
  id: string;
  name: string;
  description: string;
  keywords: string[];
  /** The editor's text as HTML. */
  bodyHtml: string;
}

/** The search record of a topic page: its name, description, text and keywords. */
export function topicRecord(topic: TopicPageText, base: string): SearchRecord {
  return {
    url: `${base}topics/${topic.id}/`,
    title: topic.name,
    context: '专题',
    text: [topic.name, topic.description, htmlText(topic.bodyHtml), `关键词：${topic.keywords.join('、')}`].filter(Boolean).join('\n'),
    filters: { topic: [topic.name] },
  };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The text of rendered markdown: one line per block, tags gone, entities decoded. */
export function htmlText(html: string): string {
  return html
    .replace(/<br\s*\/?>|<\/(?:p|li|h[1-6]|blockquote|tr|div)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
      e[0] === '#' ? String.fromCodePoint(parseInt(e.slice(e[1] === 'x' || e[1] === 'X' ? 2 : 1), e[1] === 'x' || e[1] === 'X' ? 16 : 10)) : (ENTITIES[e.toLowerCase()] ?? m),
    )
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}
