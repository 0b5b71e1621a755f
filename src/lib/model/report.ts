/**
 * The parsed report: the data model every page, download and test reads. `parseReport`
 * (src/lib/parser) produces it; corrections, views and search read it. The zod schemas are the
 * one declaration of each shape (the stored report, stored-report.ts, extends them); the types
 * are inferred from them.
 */
import { z } from 'zod';
import { figureSchema } from './figure.ts';
import { partKindSchema, reportKindSchema } from './kinds.ts';
import { placeResultSchema } from './place.ts';

export { partKindSchema, reportKindSchema, type PartKind, type ReportKind } from './kinds.ts';

/** One line of the normalised source with its 1-based line number in the file (parser input, not stored). */
export interface SourceLine {
  text: string;
  line: number;
}

const year = z.number().int().nullable();
const line = z.number().int();

/** Something the parser removed from the body, named so nothing disappears silently. */
export const strippedSchema = z.object({
  /** The text removed, as normalised. */
  text: z.string(),
  /** 1-based line in the source file. */
  line,
  /** Why it was removed, e.g. `面包屑导航`, `页面功能`, `元数据`. */
  reason: z.string(),
});
export type Stripped = z.infer<typeof strippedSchema>;

/** A web address a page may link to: http or https only (anything else stays text). */
export const webUrlSchema = z.url({ protocol: /^https?$/ });

/** `text` as a web address a page may link to, or null when it is not an http(s) URL. */
export function webUrl(text: string): string | null {
  const trimmed = text.trim();
  return /^https?:\/\/[^\s<>"'`]+$/i.test(trimmed) && webUrlSchema.safeParse(trimmed).success ? trimmed : null;
}

/** Web-page metadata found around the report (labelled table, header lines). */
export const sourceMetaSchema = z.object({
  /** 索引号 as written, e.g. `11330782329949043U/2021-374107`. */
  indexNumber: z.string().nullable(),
  /** 文号, e.g. `乐卫发〔2024〕1号`. */
  docNumber: z.string().nullable(),
  /** 发布机构 / 来源 / a publisher line. */
  publisher: z.string().nullable(),
  /** 发布日期 / 发文日期 / 发布时间 / 时间, as YYYY-MM-DD. */
  publishedAt: z.string().nullable(),
  /** 名称 field of a metadata table (a title stated by the page). */
  name: z.string().nullable(),
  /**
   * The original web page: the address the text names (`网址:`, `原文链接:`, `来源:http…`) or the
   * editor's `copiedFrom`; http(s) only, null when none is stated.
   */
  url: webUrlSchema.nullable(),
  /** Any other labelled fields (分类, 效力状态, 主题分类…), label → value. */
  extra: z.record(z.string(), z.string()),
});
export type SourceMeta = z.infer<typeof sourceMetaSchema>;

/** Heading depth as in domain.md: 1 `一、`, 2 `(一)`, 3 `1.`, 4 `(1)`, 5 `①`. */
export const headingDepthSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]);
export type HeadingDepth = z.infer<typeof headingDepthSchema>;

/** A sentence of the body, the unit figures and links point at. */
export const sentenceSchema = z.object({
  /** Anchor id on the report page, stable for the same text: `s-<n>`. */
  id: z.string(),
  text: z.string(),
  /** Figures stated in this sentence, with offsets into `text`. */
  figures: z.array(figureSchema),
});
export type Sentence = z.infer<typeof sentenceSchema>;

export const blockSchema = z.discriminatedUnion('type', [
  /** A document title line inside the body (001 has two). */
  z.object({ type: z.literal('title'), id: z.string(), text: z.string(), line }),
  z.object({
    type: z.literal('heading'),
    /** Anchor id, stable: derived from the position in the outline, e.g. `h-2-1`. */
    id: z.string(),
    depth: headingDepthSchema,
    /** Numbering as written, e.g. `一、`, `(一)`, `1.`; '' for an unnumbered part title. */
    label: z.string(),
    /** Heading text without its label. */
    title: z.string(),
    line,
    /** True when the heading opened a paragraph and ended at its first `。`. */
    inline: z.boolean(),
  }),
  z.object({ type: z.literal('paragraph'), sentences: z.array(sentenceSchema), line }),
]);
export type Block = z.infer<typeof blockSchema>;

/** An outline entry, nested by depth. */
export interface OutlineNode {
  depth: HeadingDepth;
  label: string;
  title: string;
  id: string;
  children: OutlineNode[];
}
// A recursive schema needs its type written out once: this is it, and the schema is checked against it.
export const outlineNodeSchema: z.ZodType<OutlineNode> = z.lazy(() =>
  z.object({ depth: headingDepthSchema, label: z.string(), title: z.string(), id: z.string(), children: z.array(outlineNodeSchema) }),
);

/** A part of a report: a review, a plan, a challenges section. */
export const partSchema = z.object({
  kind: partKindSchema,
  /** The year this part covers (reviewed or planned), null when the text never says. */
  year,
  /** The part's title (document title line or part heading), null when it has none. */
  title: z.string().nullable(),
  /** Id of the block that opens the part, for linking. */
  anchor: z.string().nullable(),
  blocks: z.array(blockSchema),
  outline: z.array(outlineNodeSchema),
});
export type Part = z.infer<typeof partSchema>;

/** How a field was decided, in words an editor can check (Chinese). */
export const basisSchema = z.object({
  place: z.string(),
  reviewYear: z.string(),
  planYear: z.string(),
  /** Why the report counts as a review, a plan or both (the title words, or its wording when untitled). */
  kind: z.string(),
});
export type Basis = z.infer<typeof basisSchema>;

export const reportSchema = z.object({
  /** Source path as given, e.g. `seeds/000_f4176e7e517abf09.txt`. */
  source: z.string(),
  /** Stable URL slug: pinyin of city + years + kind, e.g. `yueqing-2023-2024`. */
  id: z.string(),
  title: z.string(),
  titleComposed: z.boolean(),
  /** Encoding the bytes were decoded from, e.g. `utf-8`, `gb18030`, `utf-16le`. */
  encoding: z.string(),
  meta: sourceMetaSchema,
  place: placeResultSchema,
  reviewYear: year,
  planYear: year,
  kind: reportKindSchema,
  basis: basisSchema,
  parts: z.array(partSchema),
  stripped: z.array(strippedSchema),
  /** What the editor should check before trusting the page, in Chinese (e.g. the file is not a work report). */
  warnings: z.array(z.string()),
});
export type Report = z.infer<typeof reportSchema>;
