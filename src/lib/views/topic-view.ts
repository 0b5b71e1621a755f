/**
 * Topic views: which sections of each report are about which topic (topics.ts decides), how much
 * of each report a topic takes, and the figures stated in each section — what the topic pages show.
 *
 * Sections are the report's sections as search cuts them (heading to next heading, see
 * sections.ts), so a topic page links to the same anchors a search hit does.
 */
import { type Report, sentencesOf, UNKNOWN_PLACE, UNKNOWN_YEAR } from '../model/index.ts';
import type { MetricRow } from './metrics.ts';
import { reportSections, type SearchSection } from './sections.ts';
import { assignTopics, topicShares, type TopicDef, type TopicScore, type TopicShare, type TopicSection } from '../editorial/index.ts';

/** One section of a report with the topics it is about and the figures it states. */
export interface SectionTopics {
  /** The section (its text is left out of what the topic pages keep, `keptTopics`). */
  section: Omit<SearchSection, 'text'>;
  /** The section's body without its heading line (cut to what its excerpts show in `keptTopics`). */
  body: string;
  topics: TopicScore[];
  /** Figures stated in the section's sentences, in document order. */
  figures: MetricRow[];
}

/** A report as the topic pages see it. */
export interface ReportTopics {
  reportId: string;
  sections: SectionTopics[];
  /** Share of the report's characters per topic, in the order of the topic definitions. */
  shares: TopicShare[];
  /** Characters of all the report's sections (headings included): what the shares divide. */
  chars: number;
}

function asTopicSection(section: SearchSection): TopicSection & { body: string } {
  const heading = section.heading ?? '';
  const body = section.text.slice(heading.length).replace(/^\n/, '');
  return { heading, text: body, body };
}

/**
 * The sentence ids in each section: sentences come in document order and each one's text stands in
 * its section's text after the previous sentence, so a single forward scan places them.
 */
function sentencesBySection(report: Pick<Report, 'parts'>, sections: readonly SearchSection[]): Set<string>[] {
  const out = sections.map(() => new Set<string>());
  let i = 0;
  let cursor = 0;
  for (const { sentence } of sentencesOf(report)) {
    while (i < sections.length) {
      const at = sections[i].text.indexOf(sentence.text, cursor);
      if (at >= 0) {
        out[i].add(sentence.id);
        cursor = at + sentence.text.length;
        break;
      }
      i++;
      cursor = 0;
    }
  }
  return out;
}

/** Topics, shares and figures of one report; `rows` may hold other reports' rows too. */
export function reportTopics(report: Pick<Report, 'id' | 'parts'>, defs: readonly TopicDef[], rows: readonly MetricRow[]): ReportTopics {
  const sections = reportSections(report);
  const asTopic = sections.map(asTopicSection);
  const sentenceIds = sentencesBySection(report, sections);
  const mine = rows.filter((r) => r.reportId === report.id);
  const scored = asTopic.map((section) => ({ section, topics: assignTopics(section, defs) }));
  return {
    reportId: report.id,
    sections: sections.map((section, i) => ({
      section,
      body: asTopic[i].body,
      topics: scored[i].topics,
      figures: mine.filter((r) => sentenceIds[i].has(r.sentenceId)),
    })),
    shares: topicShares(scored, defs),
    chars: asTopic.reduce((n, s) => n + s.heading.length + s.text.length, 0),
  };
}

/**
 * What the topic pages and the search records keep of a report's topics once its text is gone: the
 * sections about some topic, each without its text and with its body cut to what `excerpt` shows
 * of it; shares and characters as they are. The topic data holds this for every report at once.
 */
export function keptTopics(view: ReportTopics): ReportTopics {
  return {
    ...view,
    sections: view.sections
      .filter((s) => s.topics.length > 0)
      .map(({ section: { anchor, heading, path, kind, year }, body, topics, figures }) => ({
        section: { anchor, heading, path, kind, year },
        body: excerptSource(body),
        topics,
        figures,
      })),
  };
}

/** Characters `excerpt` shows at most. */
const EXCERPT_LENGTH = 120;

/**
 * The shortest start of `text` whose excerpts of up to `EXCERPT_LENGTH` characters are the text's
 * own: it ends after the first EXCERPT_LENGTH + 1 characters other than white space, so flattening
 * it gives the start of the flattened text, one character past what an excerpt shows (its `…`).
 */
function excerptSource(text: string): string {
  let seen = 0;
  let at = 0;
  for (const char of text) {
    at += char.length;
    if (/\S/.test(char) && ++seen > EXCERPT_LENGTH) return text.slice(0, at);
  }
  return text;
}

/** The sections of a report about `topic`, best score first, then document order. */
export function sectionsAbout(report: ReportTopics, topic: string): (SectionTopics & { score: number })[] {
  // Array sort is stable: equal scores keep document order.
  return report.sections
    .map((s) => ({ ...s, score: s.topics.find((t) => t.topic === topic)?.score ?? 0 }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score);
}

/** The first `length` characters of a text on one line, `…` when cut. */
export function excerpt(text: string, length = EXCERPT_LENGTH): string {
  const flat = text.replace(/\s*\n\s*/g, ' ').trim();
  const chars = [...flat];
  return chars.length <= length ? flat : `${chars.slice(0, length).join('')}…`;
}

/** A report in a row label: `乐清 2023–2024`, `海安 年份未注明`. */
export function reportLabel(report: Pick<Report, 'place' | 'reviewYear' | 'planYear'>): string {
  const years = [...new Set([report.reviewYear, report.planYear].filter((y): y is number => y !== null))].sort();
  return `${report.place.city ?? report.place.province ?? UNKNOWN_PLACE} ${years.length ? years.join('–') : UNKNOWN_YEAR}`;
}

/** A share (0–1) as a whole percentage; `<1` for a share that rounds to 0 but is not 0. */
export function shareLabel(share: number): string {
  const percent = Math.round(share * 100);
  return percent === 0 && share > 0 ? '<1' : String(percent);
}
