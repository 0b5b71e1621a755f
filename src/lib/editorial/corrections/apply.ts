/**
 * Editor corrections: what the parser got wrong or cannot know, fixed by an editor in
 * `content/corrections/<source name>.yaml`, each fix with a note saying why. The notes
 * are shown on the report page, so a reader sees what the text said and what an editor decided.
 *
 * The frontmatter of editor-written reports (editor-report.ts) states the same fields and is
 * applied the same way.
 */
import { z } from 'zod';
import { type FieldPath, parseEditorYaml, validate } from '../editor-input.ts';
import { ReportError } from '../../model/errors.ts';
import type { Figure, FigureContext } from '../../figures/index.ts';
import type { PlaceResult } from '../../places/resolve.ts';
import { REPORT_KIND_LABELS } from '../../model/labels.ts';
import type { Report } from '../../parser/index.ts';

const YEAR = z
  .number({ error: '应为四位年份（如 2024）' })
  .int({ error: '应为四位年份（如 2024）' })
  .min(1949, { error: '应为 1949 年以后的四位年份' })
  .max(2100, { error: '应为四位年份（如 2024）' });
const NOTE = z
  .string({ error: '应为一句说明依据的文字（note）' })
  .trim()
  .min(1, { error: '应为一句说明依据的文字（note），不能为空' });
const KIND = z.enum(['summary', 'plan', 'summary+plan'], {
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
          kind: z.enum(['actual', 'target', 'change'], { error: '应为 actual（实际）、target（目标）或 change（变化）之一' }),
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

/** A correction as applied, for the report page ("编辑更正"). */
export interface AppliedCorrection {
  /** Where it stands in the correction file: `planYear`, `parts[2]`, `addFigures[1]`. */
  key: string;
  /** What was changed, in Chinese, e.g. `计划年份`, `第 2 部分年份`, `数字 s-12-f1`. */
  field: string;
  /** The parser's value for readers, `未注明` when it had none. */
  before: string;
  /** The editor's value for readers, `已删除` for dropped figures. */
  after: string;
  note: string;
  /** The text does not state it: the editor inferred it from the text. */
  inferred: boolean;
  /** The file the correction comes from. */
  file: string;
}

/** A report with the editors' corrections applied and listed. */
export interface CorrectedReport extends Report {
  corrections: AppliedCorrection[];
  /** Figure id → indicator id, for figures an editor added with their indicator. */
  assignedIndicators: Record<string, string>;
}

/** What applying needs from other modules. */
export interface CorrectionDeps {
  /** Gazetteer lookup of a six-digit division code; null when the code does not exist. */
  placeByCode(code: string): PlaceResult | null;
  /** Figure extraction, re-run for a part whose year an editor changed and to number added figures after the parser's. */
  extractFigures(sentence: string, context: FigureContext): Figure[];
  /** Ids of the indicators (content/indicators), for figures an editor assigns to one. */
  indicatorIds: ReadonlySet<string>;
}

/** Parse and validate a correction file; a ReportError names the field, what is expected and what was found. */
export function parseCorrection(file: string, yamlText: string): Correction {
  const yaml = parseEditorYaml(file, yamlText);
  return { file, data: validate(file, correctionSchema, yaml), lineOf: yaml.lineOf };
}

const FIELD_LABELS = {
  title: '标题',
  divisionCode: '地点（行政区划代码）',
  reviewYear: '总结年份',
  planYear: '计划年份',
  kind: '报告类型',
  publishedAt: '发布日期',
  publisher: '发布机构',
} as const;


function shown(value: string | number | null): string {
  return value === null || value === '' ? '未注明' : String(value);
}

/**
 * Apply a correction to a report. Pure: returns a new report with the fixes made and listed
 * after those already in `corrections`. Throws ReportError when the correction does not fit
 * the report (no such part, figure or sentence).
 */
export function applyCorrection(report: CorrectedReport, correction: Correction, deps: CorrectionDeps): CorrectedReport {
  const { data, file } = correction;
  const out: CorrectedReport = structuredClone(report);
  const applied = out.corrections;
  const record: Record_ = (key, field, before, after, note, inferred = false) =>
    applied.push({ key, field, before, after, note, inferred, file });
  const basisOf = (inferred: boolean | undefined) => `${inferred ? '编辑推断' : '编辑更正'}，理由见 ${file}`;

  if (data.title) {
    record('title', FIELD_LABELS.title, out.title, data.title.value, data.title.note, data.title.inferred);
    out.title = data.title.value;
    out.titleComposed = false;
  }
  if (data.divisionCode) {
    const { value, note, inferred } = data.divisionCode;
    const place = deps.placeByCode(value);
    if (place === null) {
      throw new ReportError(file, correction.lineOf(['divisionCode', 'value']), `divisionCode “${value}” 不是现行行政区划代码`, '请按 GB/T 2260 查对六位代码');
    }
    record('divisionCode', FIELD_LABELS.divisionCode, shown(out.place.fullName), `${shown(place.fullName)}（${value}）`, note, inferred);
    out.place = { ...place, basis: basisOf(inferred) };
    out.basis.place = out.place.basis;
  }
  if (data.kind) {
    record('kind', FIELD_LABELS.kind, REPORT_KIND_LABELS[out.kind], REPORT_KIND_LABELS[data.kind.value], data.kind.note, data.kind.inferred);
    out.kind = data.kind.value;
    out.basis.kind = basisOf(data.kind.inferred);
  }
  if (data.publishedAt) {
    record('publishedAt', FIELD_LABELS.publishedAt, shown(out.meta.publishedAt), data.publishedAt.value, data.publishedAt.note, data.publishedAt.inferred);
    out.meta.publishedAt = data.publishedAt.value;
  }
  if (data.publisher) {
    record('publisher', FIELD_LABELS.publisher, shown(out.meta.publisher), data.publisher.value, data.publisher.note, data.publisher.inferred);
    out.meta.publisher = data.publisher.value;
  }

  // Part years: explicit ones, and the report's years filling parts of that kind the text left undated.
  const partYears = new Map<number, number | null>();
  for (const [field, partKinds] of [
    ['reviewYear', ['summary', 'challenges']],
    ['planYear', ['plan']],
  ] as const) {
    const given = data[field];
    if (!given) continue;
    record(field, FIELD_LABELS[field], shown(out[field]), shown(given.value), given.note, given.inferred);
    out[field] = given.value;
    out.basis[field] = basisOf(given.inferred);
    out.parts.forEach((part, i) => {
      if (part.year === null && (partKinds as readonly string[]).includes(part.kind)) partYears.set(i, given.value);
    });
  }
  for (const [i, item] of (data.parts ?? []).entries()) {
    const part = out.parts[item.part - 1];
    if (!part) {
      throw new ReportError(file, correction.lineOf(['parts', i, 'part']), `parts[${i + 1}].part 为 ${item.part}，但报告只有 ${out.parts.length} 个部分`, '请按阅读顺序从 1 数起');
    }
    record(`parts[${i + 1}]`, `第 ${item.part} 部分年份`, shown(part.year), shown(item.year), item.note, item.inferred);
    partYears.set(item.part - 1, item.year);
  }
  for (const [i, year] of partYears) setPartYear(out, i, year, deps);

  for (const [i, item] of (data.dropFigures ?? []).entries()) dropFigure(out, correction, i, item, record);
  for (const [i, item] of (data.addFigures ?? []).entries()) {
    if (item.indicator !== undefined && !deps.indicatorIds.has(item.indicator)) {
      throw new ReportError(
        file,
        correction.lineOf(['addFigures', i, 'indicator']),
        `addFigures[${i + 1}].indicator 应为已有指标的 id（content/indicators 中的文件名），实际为 “${item.indicator}”`,
        '请改为已有指标，或先新建该指标文件',
      );
    }
    const figure = addFigure(out, correction, i, item, record, deps);
    if (item.indicator !== undefined) out.assignedIndicators[figure.id] = item.indicator;
  }
  return out;
}

/** Change a part's year and re-extract its figures, whose years default to the part's. */
function setPartYear(report: Report, index: number, year: number | null, deps: CorrectionDeps): void {
  const part = report.parts[index];
  part.year = year;
  for (const block of part.blocks) {
    if (block.type !== 'paragraph') continue;
    for (const sentence of block.sentences) {
      sentence.figures = deps.extractFigures(sentence.text, { sentenceId: sentence.id, partYear: year, partKind: part.kind });
    }
  }
}

type Record_ = (key: string, field: string, before: string, after: string, note: string, inferred?: boolean) => void;
type DropItem = NonNullable<CorrectionData['dropFigures']>[number];
type AddItem = NonNullable<CorrectionData['addFigures']>[number];

function* sentencesOf(report: Report) {
  for (const part of report.parts) {
    for (const block of part.blocks) {
      if (block.type === 'paragraph') for (const sentence of block.sentences) yield { part, sentence };
    }
  }
}

function dropFigure(report: Report, correction: Correction, i: number, item: DropItem, record: Record_): void {
  for (const { sentence } of sentencesOf(report)) {
    const figure = sentence.figures.find((f) => f.id === item.id);
    if (!figure) continue;
    sentence.figures = sentence.figures.filter((f) => f !== figure);
    record(`dropFigures[${i + 1}]`, `数字 ${item.id}`, figure.raw, '已删除', item.note);
    return;
  }
  throw new ReportError(
    correction.file,
    correction.lineOf(['dropFigures', i, 'id']),
    `dropFigures[${i + 1}].id “${item.id}” 不是本报告中的数字`,
    '请在报告页面的数字表中查对锚点',
  );
}

function figureNumber(figure: Figure): number {
  return Number(figure.id.slice(figure.id.lastIndexOf('f') + 1));
}

function addFigure(report: Report, correction: Correction, i: number, item: AddItem, record: Record_, deps: CorrectionDeps): Figure {
  const where = (field: string) => correction.lineOf(['addFigures', i, field]);
  const matches = [...sentencesOf(report)].filter(({ sentence }) => sentence.text.includes(item.sentence));
  if (matches.length !== 1) {
    const problem = matches.length === 0 ? '不在报告的任何一句中' : `出现在 ${matches.length} 句中`;
    throw new ReportError(correction.file, where('sentence'), `addFigures[${i + 1}].sentence “${item.sentence}” ${problem}`, '请从报告原文复制一段只出现一次的文字');
  }
  const { part, sentence } = matches[0];
  const offset = item.sentence.indexOf(item.raw);
  if (offset < 0) {
    throw new ReportError(correction.file, where('raw'), `addFigures[${i + 1}].raw “${item.raw}” 不在 sentence 所给的文字中`, '请让 sentence 包含该数字的原文');
  }
  const start = sentence.text.indexOf(item.sentence) + offset;
  const end = start + item.raw.length;
  const overlap = sentence.figures.find((f) => f.start < end && start < f.end);
  if (overlap) {
    throw new ReportError(correction.file, where('raw'), `addFigures[${i + 1}] 与已识别的数字 ${overlap.id}（“${overlap.raw}”）重叠`, '如需替换，请先在 dropFigures 中删除它');
  }
  // Numbered after every figure the parser gave the sentence, dropped ones included: an anchor
  // once published (links, downloads) must never come to mean a different figure.
  const parsed = deps.extractFigures(sentence.text, { sentenceId: sentence.id, partYear: part.year, partKind: part.kind });
  const next = Math.max(0, ...[...parsed, ...sentence.figures].map(figureNumber)) + 1;
  const figure: Figure = {
    id: `${sentence.id}-f${next}`,
    name: item.name,
    // The editor names what the figure measures; no enumeration lead-in to qualify it.
    subject: null,
    raw: item.raw,
    value: item.value,
    ...(item.upperValue === undefined ? {} : { upperValue: item.upperValue }),
    unit: item.unit,
    qualifier: item.qualifier,
    year: item.year === undefined ? part.year : item.year,
    kind: item.kind,
    start,
    end,
  };
  sentence.figures = [...sentence.figures, figure].sort((a, b) => a.start - b.start);
  record(`addFigures[${i + 1}]`, `数字 ${figure.id}`, '（未识别）', item.raw, item.note);
  return figure;
}

/**
 * Which source each correction file corrects: `content/corrections/<name>.yaml` corrects the
 * source named `<name>.txt` or `<name>.md`. A correction file for no source, or two sources
 * with one name, is an error. Returns correction file by source file.
 */
export function matchCorrections(correctionFiles: readonly string[], sourceFiles: readonly string[]): Map<string, string> {
  const stem = (file: string) => file.slice(file.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');
  const sources = new Map<string, string>();
  for (const source of sourceFiles) {
    const other = sources.get(stem(source));
    if (other) throw new ReportError(source, null, `与 ${other} 同名，更正文件无法区分两者`, '请给其中一个改名');
    sources.set(stem(source), source);
  }
  const matched = new Map<string, string>();
  for (const file of correctionFiles) {
    const source = sources.get(stem(file));
    if (!source) {
      throw new ReportError(
        file,
        null,
        `没有名为 ${stem(file)} 的报告源文件（应有 ${stem(file)}.txt 或 ${stem(file)}.md）`,
        '更正文件须与所更正的报告源文件同名，请核对文件名',
      );
    }
    matched.set(source, file);
  }
  return matched;
}
