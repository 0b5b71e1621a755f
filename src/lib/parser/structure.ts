/**
 * Structure: body lines → title, heading and text blocks, in reading order.
 *
 * A line is split into segments at ` | ` separators (pages flattened to one line), and a
 * segment into paragraphs at a sentence end followed by a space or by a heading marker
 * (`…81.37岁。 (一)守底线…`). A marker anywhere else is running text. A paragraph that opens
 * with a marker becomes a heading, and what follows the heading stays a paragraph.
 * A long text line that stops mid-sentence continues on the next line (hard-wrapped copies).
 * Title lines: the first line when it reads as a title (short, no sentence end), and any
 * short unnumbered line naming a part (`2021年卫生健康工作要点`).
 * Heading ids follow the outline position (`h-2-1`), title ids count (`t-1`).
 */
import type { Block, OutlineNode, SourceLine } from '../model/index.ts';
import { extractFigures } from '../figures/index.ts';
import { matchHeading, type HeadingMatch } from './headings.ts';
import { titleKinds } from './kinds.ts';

export type TitleBlock = Extract<Block, { type: 'title' }>;
export type HeadingBlock = Extract<Block, { type: 'heading' }>;
/** Paragraph text before it is cut into sentences. */
export interface TextBlock {
  type: 'text';
  text: string;
  line: number;
}
export type StructureBlock = TitleBlock | HeadingBlock | TextBlock;

/**
 * ` | ` separators of pages copied as one line; `|` inside a word is kept. The spaces before a
 * `|` are matched from the start of their run only, so a long run of spaces is not rescanned
 * from each of its positions.
 */
const SEPARATOR = /(?:^|(?<!\s)\s+)\|(?:\s+|$)/;
/** A sentence end, its closing quotes, and the spaces after it. */
const SENTENCE_END = /[。!?][”’」』)]*(\s*)/g;
const MAX_TITLE = 60;
const MAX_PART_TITLE = 40;
/** Shortest line taken to be hard-wrapped when it stops without a sentence end. */
const MIN_WRAPPED = 20;
/** Text that ends a sentence or clause (then closing quotes): a line ending so is not hard-wrapped. */
const CLOSED = /[。!?;:][”’」』)]*$/;

/**
 * Cut body lines into blocks. `removed` are the source lines taken out of the body before (page
 * chrome, metadata): a hard-wrapped paragraph does not continue across one, since the two pieces
 * were not next to each other in the text.
 */
export function buildBlocks(lines: SourceLine[], removed: ReadonlySet<number> = new Set()): StructureBlock[] {
  const blocks: StructureBlock[] = [];
  let titles = 0;
  // The block hard-wrapped lines were last appended to, and whether it is still open. Its text
  // grows by concatenation and is not read again here (reading would copy it for every line).
  let joined: { block: TextBlock; open: boolean } | null = null;
  let previousLine = 0;
  for (const { text, line } of lines) {
    const last = blocks[blocks.length - 1];
    let wrapped = joined !== null && last === joined.block ? joined.open : isWrapped(last);
    // Each gap between body lines is walked once, so this stays linear in the lines.
    for (let gap = previousLine + 1; wrapped && gap < line; gap++) if (removed.has(gap)) wrapped = false;
    previousLine = line;
    for (const segment of text.split(SEPARATOR).map((s) => s.trim()).filter(Boolean)) {
      if (isTitle(segment, blocks.length === 0)) {
        blocks.push({ type: 'title', id: `t-${++titles}`, text: segment, line });
      } else {
        for (const paragraph of paragraphs(segment)) {
          const previous = blocks[blocks.length - 1];
          if (wrapped && previous.type === 'text' && matchHeading(paragraph) === null) {
            previous.text += paragraph;
            // It was open, so it ends a sentence now only if the new piece does.
            joined = { block: previous, open: !CLOSED.test(paragraph) };
          } else {
            pushParagraph(blocks, paragraph, line);
          }
          wrapped = false;
        }
      }
      wrapped = false;
    }
  }
  assignHeadingIds(blocks);
  return blocks;
}

/** Nest headings by depth: each is a child of the nearest earlier heading of smaller depth. */
export function buildOutline(headings: HeadingBlock[]): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const stack: OutlineNode[] = [];
  for (const h of headings) {
    const node: OutlineNode = { depth: h.depth, label: h.label, title: h.title, id: h.id, children: [] };
    while (stack.length > 0 && stack[stack.length - 1].depth >= h.depth) stack.pop();
    (stack.length > 0 ? stack[stack.length - 1].children : roots).push(node);
    stack.push(node);
  }
  return roots;
}

/**
 * A paragraph broken by the line width of its source (PDF copies): a long text line that stops
 * without a sentence end continues on the next line. Short unpunctuated lines are sub-headings.
 */
function isWrapped(block: StructureBlock | undefined): boolean {
  return block?.type === 'text' && block.text.length >= MIN_WRAPPED && !CLOSED.test(block.text);
}

function isTitle(segment: string, first: boolean): boolean {
  if (/[。!?;]/.test(segment) || matchHeading(segment) !== null) return false;
  if (first && segment.length >= 4 && segment.length <= MAX_TITLE && !/:$/.test(segment)) return true;
  return segment.length <= MAX_PART_TITLE && !segment.includes(',') && titleKinds(segment).size > 0;
}

/** Split a segment where a new paragraph starts: after a sentence end followed by a space or a heading marker. */
function paragraphs(segment: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of segment.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].length;
    if (end >= segment.length) break;
    if (m[1] !== '' || matchHeading(segment.slice(end)) !== null) {
      out.push(segment.slice(start, end).trim());
      start = end;
    }
  }
  out.push(segment.slice(start).trim());
  return out.filter(Boolean);
}

function pushParagraph(blocks: StructureBlock[], text: string, line: number): void {
  const heading = matchHeading(text);
  if (!heading || isListItem(heading)) {
    blocks.push({ type: 'text', text, line });
    return;
  }
  const { depth, label, title, rest } = heading;
  blocks.push({ type: 'heading', id: '', depth, label, title, line, inline: rest !== '' });
  if (rest !== '') pushParagraph(blocks, rest, line);
}

/**
 * `(1)实施类项目8个。旗医院…`: a numbered item of the lowest depths that runs on into its paragraph
 * and whose first sentence states a figure is an item of a list, read as a paragraph so the figure
 * is marked; on a line of its own it stays a heading that may have items under it.
 */
function isListItem(heading: HeadingMatch): boolean {
  if (heading.depth < 4 || heading.rest === '' || !/[。!?]$/.test(heading.title)) return false;
  return extractFigures(heading.title, { sentenceId: '', partYear: null, partKind: 'other' }).length > 0;
}

/** Ids from the outline path over the whole report, so they are unique and stable for the same text. */
function assignHeadingIds(blocks: StructureBlock[]): void {
  const root = { depth: 0, path: [] as number[], children: 0 };
  const stack = [root];
  for (const b of blocks) {
    if (b.type !== 'heading') continue;
    while (stack.length > 1 && stack[stack.length - 1].depth >= b.depth) stack.pop();
    const parent = stack[stack.length - 1];
    const path = [...parent.path, ++parent.children];
    b.id = `h-${path.join('-')}`;
    stack.push({ depth: b.depth, path, children: 0 });
  }
}
