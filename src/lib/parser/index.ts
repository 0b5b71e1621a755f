/**
 * The parsed report: the single data model every page, download and test reads.
 *
 * `parseReport` is the pipeline, one module per step:
 *   bytes ─decode─▶ text ─normalize─▶ lines ─chrome─▶ body lines (+ stripped)
 *   ─metadata─▶ source metadata ─structure─▶ blocks (titles, headings, paragraphs)
 *   ─parts─▶ parts with kind and year ─sentences/figures─▶ sentences with figures
 *   ─place─▶ city, province, division code ─slug─▶ stable id
 * Rendering to HTML (`render.ts`) and editor corrections (`corrections.ts`)
 * work on the result; nothing here imports Astro.
 */
import { extractFigures, type Figure } from '../figures/index.ts';
import { resolvePlace, type PlaceResult } from '../places/resolve.ts';
import { reportId } from '../places/slug.ts';
import { decode } from './decode.ts';
import { normalize, sourceLines } from './normalize.ts';
import { stripChrome } from './chrome.ts';
import { extractMetadata } from './metadata.ts';
import { buildBlocks, buildOutline, type HeadingBlock, type StructureBlock } from './structure.ts';
import { splitParts, titleKinds } from './parts.ts';
import { splitSentences } from './sentences.ts';
import { ReportError } from '../model/errors.ts';

/** One line of the normalised source with its 1-based line number in the file. */
export interface SourceLine {
  text: string;
  line: number;
}

/** Something the parser removed from the body, named so nothing disappears silently. */
export interface Stripped {
  /** The text removed, as normalised. */
  text: string;
  /** 1-based line in the source file. */
  line: number;
  /** Why it was removed, e.g. `面包屑导航`, `页面功能`, `元数据`. */
  reason: string;
}

/** Web-page metadata found around the report (labelled table, header lines). */
export interface SourceMeta {
  /** 索引号 as written, e.g. `11330782329949043U/2021-374107`. */
  indexNumber: string | null;
  /** 文号, e.g. `乐卫发〔2024〕1号`. */
  docNumber: string | null;
  /** 发布机构 / 来源 / a publisher line. */
  publisher: string | null;
  /** 发布日期 / 发文日期 / 发布时间 / 时间, as YYYY-MM-DD. */
  publishedAt: string | null;
  /** 名称 field of a metadata table (a title stated by the page). */
  name: string | null;
  /** Any other labelled fields (分类, 效力状态, 主题分类…), label → value. */
  extra: Record<string, string>;
}

/** Heading depth as in domain.md: 1 `一、`, 2 `(一)`, 3 `1.`, 4 `(1)`, 5 `①`. */
export type HeadingDepth = 1 | 2 | 3 | 4 | 5;

/** A sentence of the body, the unit figures and links point at. */
export interface Sentence {
  /** Anchor id on the report page, stable for the same text: `s-<n>`. */
  id: string;
  text: string;
  /** Figures stated in this sentence, with offsets into `text`. */
  figures: Figure[];
}

export type Block =
  /** A document title line inside the body (001 has two). */
  | { type: 'title'; id: string; text: string; line: number }
  | {
      type: 'heading';
      /** Anchor id, stable: derived from the position in the outline, e.g. `h-2-1`. */
      id: string;
      depth: HeadingDepth;
      /** Numbering as written, e.g. `一、`, `(一)`, `1.`; '' for an unnumbered part title. */
      label: string;
      /** Heading text without its label. */
      title: string;
      line: number;
      /** True when the heading opened a paragraph and ended at its first `。`. */
      inline: boolean;
    }
  | { type: 'paragraph'; sentences: Sentence[]; line: number };

export type PartKind = 'summary' | 'plan' | 'challenges' | 'other';
export type ReportKind = 'summary' | 'plan' | 'summary+plan';

/** An outline entry, nested by depth. */
export interface OutlineNode {
  depth: HeadingDepth;
  label: string;
  title: string;
  id: string;
  children: OutlineNode[];
}

/** A part of a report: a review, a plan, a challenges section. */
export interface Part {
  kind: PartKind;
  /** The year this part covers (reviewed or planned), null when the text never says. */
  year: number | null;
  /** The part's title (document title line or part heading), null when it has none. */
  title: string | null;
  /** Id of the block that opens the part, for linking. */
  anchor: string | null;
  blocks: Block[];
  outline: OutlineNode[];
}

/** How a field was decided, in words an editor can check (Chinese). */
export interface Basis {
  place: string;
  reviewYear: string;
  planYear: string;
  /** Why the report counts as a review, a plan or both (the title words, or its wording when untitled). */
  kind: string;
}

export interface Report {
  /** Source path as given, e.g. `seeds/000_f4176e7e517abf09.txt`. */
  source: string;
  /** Stable URL slug: pinyin of city + years + kind, e.g. `yueqing-2023-2024`. */
  id: string;
  title: string;
  titleComposed: boolean;
  /** Encoding the bytes were decoded from, e.g. `utf-8`, `gb18030`, `utf-16le`. */
  encoding: string;
  meta: SourceMeta;
  place: PlaceResult;
  reviewYear: number | null;
  planYear: number | null;
  kind: ReportKind;
  basis: Basis;
  parts: Part[];
  stripped: Stripped[];
}

/** Options of `parseReport`. */
export interface ParseOptions {
  /** Source path, named in errors and kept in the report. */
  source: string;
  /** File line of the first line of `bytes` (editor markdown whose frontmatter precedes the body); default 1. */
  firstLine?: number;
}

const KIND_WORDS: Record<ReportKind, string> = { summary: '工作总结', plan: '工作计划', 'summary+plan': '工作总结和计划' };

/** Parse the bytes of one report file into a `Report`; throws `ReportError` on input that is not a report text. */
export function parseReport(bytes: Uint8Array, options: ParseOptions): Report {
  const { source, firstLine = 1 } = options;
  const { text, encoding } = decode(bytes, source);
  const chrome = stripChrome(sourceLines(normalize(text), firstLine));
  const metadata = extractMetadata(chrome.lines);
  const stripped = [...chrome.stripped, ...metadata.stripped].sort((a, b) => a.line - b.line);
  if (metadata.lines.length === 0) {
    throw new ReportError(source, null, '只有网页栏目或元数据，没有报告正文', '请把报告全文（标题和正文）一起复制到该文件');
  }
  const { meta } = metadata;
  const blocks = buildBlocks(metadata.lines, new Set(stripped.map((s) => s.line)));
  const split = splitParts(blocks, meta.name);

  // The first title line naming a report kind, else the first title line (a slogan), else the page's 名称.
  const titleLines = blocks.filter((b) => b.type === 'title').map((b) => b.text);
  const writtenTitle = titleLines.find((t) => titleKinds(t).size > 0) ?? titleLines[0] ?? meta.name;
  const place = resolvePlace({
    title: writtenTitle,
    publisher: meta.publisher,
    indexNumber: meta.indexNumber,
    body: blocks.map(blockText).join('\n'),
  });
  const { reviewYear, planYear, kind } = split;

  let sentenceCount = 0;
  const parts: Part[] = split.parts.map((draft) => ({
    kind: draft.kind,
    year: draft.year,
    title: draft.title,
    anchor: draft.anchor,
    outline: buildOutline(draft.blocks.filter((b): b is HeadingBlock => b.type === 'heading')),
    blocks: draft.blocks.map((b): Block => {
      if (b.type !== 'text') return b;
      const sentences = splitSentences(b.text).map((sentence): Sentence => {
        const id = `s-${++sentenceCount}`;
        const figures = extractFigures(sentence, { sentenceId: id, partYear: draft.year, partKind: draft.kind });
        return { id, text: sentence, figures };
      });
      return { type: 'paragraph', sentences, line: b.line };
    }),
  }));

  return {
    source,
    id: reportId({ city: place.city, province: place.province, reviewYear, planYear, kind, source }),
    title: writtenTitle ?? composeTitle(place, reviewYear, planYear, kind),
    titleComposed: writtenTitle === null,
    encoding,
    meta,
    place,
    reviewYear,
    planYear,
    kind,
    basis: { place: place.basis, ...split.basis },
    parts,
    stripped,
  };
}

function blockText(b: StructureBlock): string {
  return b.type === 'heading' ? b.label + b.title : b.text;
}

/** A title from what is known, for reports that state none: `海安市卫生健康工作计划`. */
function composeTitle(place: PlaceResult, reviewYear: number | null, planYear: number | null, kind: ReportKind): string {
  const where = place.fullName ?? '';
  const unknown = place.fullName === null ? '（地点未知）' : '';
  if (kind === 'summary+plan' && (reviewYear !== null || planYear !== null)) {
    const review = reviewYear === null ? '' : `${reviewYear}年`;
    const plan = planYear === null ? '' : `${planYear}年`;
    return `${where}${review}卫生健康工作总结和${plan}工作计划${unknown}`;
  }
  const year = kind === 'plan' ? planYear : reviewYear;
  return `${where}${year === null ? '' : `${year}年`}卫生健康${KIND_WORDS[kind]}${unknown}`;
}
