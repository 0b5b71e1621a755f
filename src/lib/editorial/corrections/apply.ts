/**
 * Applying an editor's correction (schema.ts) to a parsed report: the fixes made, each listed with
 * its note for the report page. The frontmatter of editor-written reports (editor-report.ts) is
 * applied the same way.
 */
import {
  type CorrectedReport,
  type Figure,
  type FigureContext,
  type PlaceResult,
  type Report,
  REPORT_KIND_LABELS,
  ReportError,
  sentencesOf,
} from '../../model/index.ts';
import type { Correction, CorrectionData } from './schema.ts';

/** What applying needs from other modules. */
export interface CorrectionDeps {
  /** Gazetteer lookup of a six-digit division code; null when the code does not exist. */
  placeByCode(code: string): PlaceResult | null;
  /** Figure extraction, re-run for a part whose year an editor changed and to number added figures after the parser's. */
  extractFigures(sentence: string, context: FigureContext): Figure[];
  /** Ids of the indicators (content/indicators), for figures an editor assigns to one. */
  indicatorIds: ReadonlySet<string>;
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
  for (const { sentence } of sentencesOf({ parts: [part] })) {
    sentence.figures = deps.extractFigures(sentence.text, { sentenceId: sentence.id, partYear: year, partKind: part.kind });
  }
}

type Record_ = (key: string, field: string, before: string, after: string, note: string, inferred?: boolean) => void;
type DropItem = NonNullable<CorrectionData['dropFigures']>[number];
type AddItem = NonNullable<CorrectionData['addFigures']>[number];

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
