/**
 * Editor corrections: what the parser got wrong or cannot know, fixed by an editor in
 * `content/corrections/<source name>.yaml`, each fix with a note saying why. The notes
 * are shown on the report page, so a reader sees what the text said and what an editor decided.
 *
 * This module: what a correction file may say (the zod schema) and reading one. The frontmatter
 * of editor-written reports (editor-report.ts) states the same fields (`reportFields`).
 */
import { z } from 'zod';
import { figureKindSchema, reportKindSchema } from '../../model/index.ts';
import { type FieldPath, parseEditorYaml, validate } from '../editor-input.ts';

const YEAR = z
  .number({ error: '应为四位年份（如 2024）' })
  .int({ error: '应为四位年份（如 2024）' })
  .min(1949, { error: '应为 1949 年以后的四位年份' })
  .max(2100, { error: '应为四位年份（如 2024）' });
const NOTE = z
  .string({ error: '应为一句说明依据的文字（note）' })
  .trim()
  .min(1, { error: '应为一句说明依据的文字（note），不能为空' });
const KIND = z.enum(reportKindSchema.options, {
  error: '应为 summary（总结）、plan（计划）或 summary+plan 之一',
});
const DATE = z
  .string({ error: '应为日期 YYYY-MM-DD（如 2024-03-06）' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { error: '应为日期 YYYY-MM-DD（如 2024-03-06）' });
const DIVISION_CODE = z
  .string({ error: '应为六位行政区划代码（如 "330382"，加引号）' })
  .regex(/^\d{6}$/, { error: '应为六位行政区划代码（如 "330382"）' });
const TEXT = z.string({ error: '应为文字' }).trim().min(1, { error: '应为文字，不能为空' });

/** One field fixed by an editor: the new value and why. */
function fix<T extends z.ZodType>(value: T) {
  return z.strictObject(
    {
      value,
      note: NOTE,
      /** True when the text does not state the value and the editor inferred it from the text. */
      inferred: z.boolean({ error: '应为 true 或 false' }).optional(),
    },
    { error: '应为 value 与 note 两项（可加 inferred: true）' },
  );
}

/** Report fields an editor may set, and what each must be. */
export const reportFields = {
  title: TEXT,
  /** The place is looked up in the gazetteer from the code. */
  divisionCode: DIVISION_CODE,
  reviewYear: YEAR.nullable(),
  planYear: YEAR.nullable(),
  kind: KIND,
  publishedAt: DATE,
  publisher: TEXT,
};

/** Schema of `content/corrections/<source name>.yaml`. */
const correctionSchema = z.strictObject(
  {
    title: fix(reportFields.title).optional(),
    divisionCode: fix(reportFields.divisionCode).optional(),
    reviewYear: fix(reportFields.reviewYear).optional(),
    planYear: fix(reportFields.planYear).optional(),
    kind: fix(reportFields.kind).optional(),
    publishedAt: fix(reportFields.publishedAt).optional(),
    publisher: fix(reportFields.publisher).optional(),
    /** Year of one part, counted from 1 in reading order. */
    parts: z
      .array(
        z.strictObject({
          part: z.number({ error: '应为部分序号（从 1 起）' }).int().min(1, { error: '应为部分序号（从 1 起）' }),
          year: YEAR.nullable(),
          note: NOTE,
          inferred: z.boolean({ error: '应为 true 或 false' }).optional(),
        }),
        { error: '应为列表' },
      )
      .optional(),
    /** Figures the parser found that are not figures (or wrong), by anchor id. */
    dropFigures: z
      .array(
        z.strictObject({
          id: z.string({ error: '应为数字锚点，如 s-12-f1' }).regex(/^s-\d+-f\d+$/, { error: '应为数字锚点，如 s-12-f1' }),
          note: NOTE,
        }),
        { error: '应为列表' },
      )
      .optional(),
    /** Figures the parser missed, located by a passage of their sentence. */
    addFigures: z
      .array(
        z.strictObject({
          /** A passage copied from the sentence, containing `raw`; it must occur in exactly one sentence. */
          sentence: TEXT,
          raw: TEXT,
          name: TEXT.nullable(),
          value: z.number({ error: '应为数值（万、亿已换算，如 10.65万 → 106500）' }),
          /** Upper bound of a range (`2-3家`: value 2, upperValue 3). */
          upperValue: z.number({ error: '应为数值（范围的上限）' }).optional(),
          unit: TEXT.nullable(),
          qualifier: TEXT.nullable(),
          /** The year the sentence states; omitted: the year of the part it stands in. */
          year: YEAR.nullable().optional(),
          kind: z.enum(figureKindSchema.options, { error: '应为 actual（实际）、target（目标）或 change（变化）之一' }),
          /** The indicator it states (an id in content/indicators); omitted: mapped by its name like any figure. */
          indicator: TEXT.optional(),
          note: NOTE,
        }),
        { error: '应为列表' },
      )
      .optional(),
  },
  { error: '应为“字段: {value, note}”的列表' },
);

/** What an editor wrote for one report. */
export type CorrectionData = z.infer<typeof correctionSchema>;

/** A correction file, parsed and validated, able to say where in the file a field is. */
export interface Correction {
  /** File path as shown in messages, e.g. `content/corrections/003_….yaml`. */
  file: string;
  data: CorrectionData;
  /** 1-based line of a field in the file, null when unknown (e.g. frontmatter defaults). */
  lineOf(path: FieldPath): number | null;
}

/** Parse and validate a correction file; a ReportError names the field, what is expected and what was found. */
export function parseCorrection(file: string, yamlText: string): Correction {
  const yaml = parseEditorYaml(file, yamlText);
  return { file, data: validate(file, correctionSchema, yaml), lineOf: yaml.lineOf };
}
