/**
 * The parser: the bytes of one report file → the `Report` of src/lib/model/report.ts, the single
 * data model every page, download and test reads.
 *
 * `parseReport` is the pipeline, one module per step:
 *   bytes ─decode─▶ text ─normalize─▶ lines ─chrome─▶ body lines (+ stripped)
 *   ─metadata─▶ source metadata ─structure─▶ blocks (titles, headings, paragraphs)
 *   ─parts─▶ parts with kind and year ─sentences/figures─▶ sentences with figures
 *   ─place─▶ city, province, division code ─slug─▶ stable id
 * Rendering to HTML (src/lib/views/render.ts) and editor corrections (src/lib/editorial/corrections/)
 * work on the result; nothing here imports Astro.
 */
import {
  type Block,
  type Part,
  type PlaceResult,
  type Report,
  REPORT_KIND_LABELS,
  ReportError,
  type ReportKind,
  type Sentence,
} from '../model/index.ts';
import { extractFigures } from '../figures/index.ts';
import { reportId, resolvePlace } from '../places/index.ts';
import { decode } from './decode.ts';
import { normalize, sourceLines } from './normalize.ts';
import { stripChrome } from './chrome.ts';
import { undoMirror } from './mirror.ts';
import { extractMetadata } from './metadata.ts';
import { buildBlocks, buildOutline, type HeadingBlock, type StructureBlock } from './structure.ts';
import { titleKinds } from './kinds.ts';
import { splitParts, type StatedFacts } from './parts.ts';
import { splitSentences } from './sentences.ts';
import { asOtherGenre, genreWarning, otherGenre } from './genre.ts';
import { asNewYearAddress, newYearAddress } from './speech.ts';

export type { StatedFacts } from './parts.ts';

/** Options of `parseReport`. */
export interface ParseOptions {
  /** Source path, named in errors and kept in the report. */
  source: string;
  /** File line of the first line of `bytes` (editor markdown whose frontmatter precedes the body); default 1. */
  firstLine?: number;
  /** What an editor's frontmatter states of the report's title, years and kind (editorial/editor-report.ts). */
  stated?: StatedFacts;
}

/** Parse the bytes of one report file into a `Report`; throws `ReportError` on input that is not a report text. */
export function parseReport(bytes: Uint8Array, options: ParseOptions): Report {
  const { source, firstLine = 1, stated } = options;
  const { text, encoding } = decode(bytes, source);
  const mirror = undoMirror(sourceLines(normalize(text), firstLine));
  const chrome = stripChrome(mirror.lines);
  const metadata = extractMetadata(chrome.lines);
  const stripped = [...mirror.stripped, ...chrome.stripped, ...metadata.stripped].sort((a, b) => a.line - b.line);
  if (metadata.lines.length === 0) {
    throw new ReportError(source, null, '只有网页栏目或元数据，没有报告正文', '请把报告全文（标题和正文）一起复制到该文件');
  }
  const { meta } = metadata;
  const blocks = buildBlocks(metadata.lines, new Set(stripped.map((s) => s.line)));
  const titleLines = blocks.filter((b) => b.type === 'title').map((b) => b.text);
  const titleTexts = meta.name ? [...titleLines, meta.name] : titleLines;
  const paragraphs = blocks.flatMap((b) => (b.type === 'text' ? [b.text] : []));
  // An editor's stated kind settles it; otherwise a page that is clearly not a work report gets no report years.
  const genre =
    stated?.kind === undefined
      ? otherGenre({ titles: titleTexts, labels: Object.values(meta.extra), paragraphs })
      : null;
  const parsedParts = splitParts(blocks, meta.name, stated);
  // A new-year address of the authority's head reviews one year and opens the next (speech.ts).
  const address = genre || stated ? null : newYearAddress(titleTexts, paragraphs);
  const split = genre ? asOtherGenre(parsedParts, genre) : address ? asNewYearAddress(parsedParts, address) : parsedParts;

  // The first title line naming a report kind, else the first title line (a slogan), else the page's 名称,
  // else the title an editor's frontmatter states.
  const writtenTitle = titleLines.find((t) => titleKinds(t).size > 0) ?? titleLines[0] ?? meta.name ?? stated?.title ?? null;
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
    warnings: genre ? [genreWarning(genre)] : [],
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
  if (kind === 'other') return `${where}卫生健康文件${unknown}`;
  const year = kind === 'plan' ? planYear : reviewYear;
  return `${where}${year === null ? '' : `${year}年`}卫生健康${REPORT_KIND_LABELS[kind]}${unknown}`;
}
