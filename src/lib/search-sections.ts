/**
 * Search sections: what one search result is, and the records the search index is built from.
 *
 * A section is a heading (of any depth) or a part title with the paragraphs up to the next
 * heading or title, so a hit lands on the nearest anchor above the matched sentence; text before
 * any heading is a section anchored at its first sentence. Every sentence of a report is in
 * exactly one section. Lines are kept apart by `\n` (no match spans one), except that a heading
 * which opened its paragraph runs on into it, as in the source.
 */
import { PART_KIND_LABELS, UNKNOWN_PLACE, yearLabel } from './labels.ts';
import type { PartKind, Report } from './report.ts';

/** One section of a report. */
export interface SearchSection {
  /** Anchor id on the report page: a heading `h-…`, a part title `t-…`, or a first sentence `s-…`. */
  anchor: string;
  /** The heading as written (label and title) or the part title; null for text before any heading. */
  heading: string | null;
  /** Headings above this one in its part, outermost first. */
  path: string[];
  /** Heading and paragraphs, one per line, every character as in the report. */
  text: string;
  kind: PartKind;
  /** Year of the part the section stands in, null when the text never says. */
  year: number | null;
}

/** The facets search results can be filtered by. */
export const FACETS = ['city', 'province', 'year', 'kind', 'topic'] as const;
export type Facet = (typeof FACETS)[number];

/** Facet names as shown to readers. */
export const FACET_LABELS: Record<Facet, string> = {
  city: '城市',
  province: '省份',
  year: '年份',
  kind: '类型',
  topic: '主题',
};

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

/** Split a report into sections, in reading order. */
export function reportSections(report: Pick<Report, 'parts'>): SearchSection[] {
  const sections: SearchSection[] = [];
  for (const part of report.parts) {
    const above: { depth: number; text: string }[] = [];
    const open = (anchor: string, heading: string | null, path: string[]): SearchSection => {
      const section = { anchor, heading, path, text: heading ?? '', kind: part.kind, year: part.year };
      sections.push(section);
      return section;
    };
    let current: SearchSection | null = null;
    let runsOn = false;
    for (const block of part.blocks) {
      if (block.type === 'title') {
        above.length = 0;
        current = open(block.id, block.text, []);
        runsOn = false;
      } else if (block.type === 'heading') {
        while (above.length && above[above.length - 1].depth >= block.depth) above.pop();
        const heading = `${block.label}${block.title}`;
        current = open(block.id, heading, above.map((h) => h.text));
        above.push({ depth: block.depth, text: heading });
        runsOn = block.inline;
      } else if (block.sentences.length) {
        current ??= open(block.sentences[0].id, null, []);
        const paragraph = block.sentences.map((s) => s.text).join('');
        current.text += (current.text === '' || runsOn ? '' : '\n') + paragraph;
        runsOn = false;
      }
    }
  }
  return sections;
}

/** Where a report's pages live, and how a section's topics are found. */
export interface RecordOptions {
  /** The site's base path, ending in `/`. */
  base: string;
  /** Names of the topics a section's text is about (content/topics). */
  topicsOf: (text: string) => string[];
}

/** The search records of a report: one per section, linked to its anchor on the report page. */
export function reportRecords(
  report: Pick<Report, 'id' | 'title' | 'place' | 'parts'>,
  { base, topicsOf }: RecordOptions,
): SearchRecord[] {
  return reportSections(report).map((section) => {
    const topics = topicsOf(section.text);
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
