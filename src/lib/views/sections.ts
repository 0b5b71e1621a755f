/**
 * A report's sections: the report cut at its headings, as topic pages and search results see it.
 *
 * A section is a heading (of any depth) or a part title with the paragraphs up to the next
 * heading or title, so a search hit or a topic excerpt lands on the nearest anchor above the
 * sentence; text before any heading is a section anchored at its first sentence. Every sentence
 * of a report is in exactly one section. Lines are kept apart by `\n` (no match spans one), except
 * that a heading which opened its paragraph runs on into it, as in the source.
 */
import type { PartKind, Report } from '../model/index.ts';

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
