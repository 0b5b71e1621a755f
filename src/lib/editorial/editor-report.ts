/**
 * Editor-written reports (`content/reports/*.md`): a report an editor copied from a web page,
 * with what the editor knows in the frontmatter and the report text as the body. The body goes
 * through the same parser as a seed (line numbers are the markdown file's). The frontmatter's years
 * and kind go into the parser as stated facts, counted like a part title's (parser/parts.ts: parts and
 * figures take their years from them, the basis says `前言 reviewYear: 2023（编辑录入）`); its other
 * fields are applied as a correction whose note says where the editor copied the report from. A
 * `copiedFrom` that is an http(s) address is the report's `meta.url`, the original page linked on
 * the report page.
 */
import { z } from 'zod';
import { type Correction, type CorrectionData, reportFields } from './corrections/index.ts';
import { splitFrontmatter, validate } from './editor-input.ts';
import { parseReport } from '../parser/index.ts';
import { type Report, webUrl } from '../model/index.ts';

/** Frontmatter of `content/reports/*.md`. */
const frontmatterSchema = z.strictObject(
  {
    title: reportFields.title,
    divisionCode: reportFields.divisionCode.optional(),
    reviewYear: reportFields.reviewYear.optional(),
    planYear: reportFields.planYear.optional(),
    kind: reportFields.kind.optional(),
    publisher: reportFields.publisher.optional(),
    publishedAt: reportFields.publishedAt.optional(),
    /** Where the editor copied the report from: the page address, or the publication. */
    copiedFrom: z.string({ error: '应写明报告出处（原网页地址或出版物）' }).trim().min(1, { error: '应写明报告出处（原网页地址或出版物）' }),
  },
  { error: '应为 title、copiedFrom 等字段' },
);

/** An editor-written report: as the parser reads its body, and the frontmatter to apply. */
export interface EditorReport {
  report: Report;
  frontmatter: Correction;
}

/** Parse `content/reports/<name>.md`; errors name the file, line and field. */
export function parseEditorReport(source: string, bytes: Uint8Array): EditorReport {
  const { yaml, body, bodyLine } = splitFrontmatter(source, new TextDecoder('utf-8').decode(bytes));
  const frontmatter = validate(source, frontmatterSchema, yaml);
  const note = `编辑录入，出处：${frontmatter.copiedFrom}`;
  const data: CorrectionData = {};
  for (const key of ['title', 'divisionCode', 'publisher', 'publishedAt'] as const) {
    const value = frontmatter[key];
    if (value !== undefined) (data as Record<string, unknown>)[key] = { value, note };
  }
  const { title, reviewYear, planYear, kind } = frontmatter;
  const stated = { title, reviewYear, planYear, kind };
  const report = parseReport(new TextEncoder().encode(body), { source, firstLine: bodyLine, stated });
  const url = webUrl(frontmatter.copiedFrom);
  if (url !== null) report.meta.url = url;
  return {
    report,
    frontmatter: { file: source, data, lineOf: yaml.lineOf },
  };
}
