/**
 * Rendering: a parsed Report → the HTML of its body, through unified
 * (mdast built from the blocks → remark-rehype → rehype-sanitize → rehype-stringify).
 *
 * Everything the source says is text: it is escaped, never parsed as markup, so every
 * character of every block reaches the page. Anchors follow the architecture contract
 * (`h-…` headings, `s-<n>` sentences, `s-<n>-f<k>` figures, `t-<n>` title lines).
 */
import type { BlockContent, Blockquote, Heading, Paragraph, PhrasingContent, Root, Text } from 'mdast';
import rehypeSanitize, { type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { type Block, type Figure, type Part, PART_KIND_LABELS, type Report, type Sentence, yearLabel } from '../model/index.ts';

/** What the renderer needs besides the report. */
export interface RenderOptions {
  /** Indicator id a figure maps to (`data-indicator`), null when it maps to none. */
  indicatorOf: (figure: Figure) => string | null;
}

/**
 * Only what this renderer emits survives: a second guard behind the escaping.
 * Ids are kept as they are (no `user-content-` prefix): they are the page's anchors.
 */
const SANITIZE_SCHEMA: SanitizeSchema = {
  tagNames: ['section', 'p', 'span', 'mark', 'h2', 'h3', 'h4', 'h5', 'h6'],
  attributes: {
    '*': ['id', 'className'],
    section: ['id', 'className', 'dataKind', 'dataYear'],
    mark: ['id', 'className', 'dataIndicator', 'dataKind'],
  },
  clobber: [],
  strip: ['script', 'style'],
};

const processor = unified()
  .use(remarkRehype)
  .use(rehypeSanitize, SANITIZE_SCHEMA)
  .use(rehypeStringify);

/** The report body as HTML: one `<section class="part">` per part. */
export function renderReport(report: Report, options: RenderOptions): string {
  const tree: Root = { type: 'root', children: report.parts.map((part) => partNode(part, options)) };
  const hast = processor.runSync(tree);
  return processor.stringify(hast);
}

function partNode(part: Part, options: RenderOptions): Blockquote {
  const tag: Paragraph = {
    type: 'paragraph',
    data: { hProperties: { className: ['part-tag'] } },
    children: [{ type: 'text', value: `${PART_KIND_LABELS[part.kind]} · ${yearLabel(part.year)}` }],
  };
  const properties: Record<string, string | string[]> = { className: ['part'], dataKind: part.kind };
  if (part.year !== null) properties.dataYear = String(part.year);
  // A blockquote node becomes a <section> through hName: mdast has no section node.
  return {
    type: 'blockquote',
    data: { hName: 'section', hProperties: properties },
    children: [tag, ...part.blocks.map((block) => blockNode(block, options))],
  };
}

function blockNode(block: Block, options: RenderOptions): BlockContent {
  switch (block.type) {
    case 'title':
      return {
        type: 'paragraph',
        data: { hProperties: { id: block.id, className: ['doc-title'] } },
        children: [text(block.text)],
      };
    case 'heading': {
      const children: PhrasingContent[] = [];
      if (block.label) children.push(span(block.label, ['label']));
      children.push(text(block.title));
      return {
        type: 'heading',
        depth: (block.depth + 1) as Heading['depth'],
        data: { hProperties: { id: block.id } },
        children,
      };
    }
    case 'paragraph':
      return { type: 'paragraph', children: block.sentences.map((s) => sentenceNode(s, options)) };
  }
}

function sentenceNode(sentence: Sentence, options: RenderOptions): PhrasingContent {
  const children: PhrasingContent[] = [];
  const figures = [...sentence.figures].sort((a, b) => a.start - b.start);
  let at = 0;
  for (const figure of figures) {
    // Figures come from the parser and from validated corrections; a mismatch is a bug there.
    if (figure.start < at || sentence.text.slice(figure.start, figure.end) !== figure.raw) {
      throw new Error(`${figure.id}: “${figure.raw}”不在句子 ${sentence.id} 的 [${figure.start}, ${figure.end}) 处，或与前一个数字重叠`);
    }
    if (figure.start > at) children.push(text(sentence.text.slice(at, figure.start)));
    const properties: Record<string, string | string[]> = {
      id: figure.id,
      className: ['fig'],
      dataKind: figure.kind,
    };
    const indicator = options.indicatorOf(figure);
    if (indicator !== null) properties.dataIndicator = indicator;
    children.push({
      type: 'emphasis',
      data: { hName: 'mark', hProperties: properties },
      children: [text(sentence.text.slice(figure.start, figure.end))],
    });
    at = figure.end;
  }
  if (at < sentence.text.length) children.push(text(sentence.text.slice(at)));
  return {
    type: 'emphasis',
    data: { hName: 'span', hProperties: { id: sentence.id, className: ['s'] } },
    children,
  };
}

function text(value: string): Text {
  return { type: 'text', value };
}

function span(value: string, className: string[]): PhrasingContent {
  return { type: 'emphasis', data: { hName: 'span', hProperties: { className } }, children: [text(value)] };
}

/** An entry of a report's table of contents. */
export interface TocEntry {
  id: string;
  /** Numbering as written (`一、`), '' when none. */
  label: string;
  title: string;
  children: TocEntry[];
}

/**
 * The table of contents: each part's outline; a part opened by a title line (not by one of its
 * headings) gets an entry of its own with the outline nested under it.
 */
export function tableOfContents(report: Report): TocEntry[] {
  return report.parts.flatMap((part): TocEntry[] => {
    const titled = part.title !== null && part.anchor !== null && !part.outline.some((node) => node.id === part.anchor);
    return titled ? [{ id: part.anchor!, label: '', title: part.title!, children: part.outline }] : part.outline;
  });
}
