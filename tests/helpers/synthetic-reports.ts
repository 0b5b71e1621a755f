/**
 * Small hand-made reports for the metrics, comparison and download tests: each sentence states
 * its figures, so expected values are read straight off the test's own text.
 */
import type { Figure, FigureKind } from '../../src/lib/model/figure.ts';
import type { Report } from '../../src/lib/model/report.ts';

/** A figure as the test writes it; `raw` must occur in the sentence. */
export interface FigureSpec {
  raw: string;
  value: number;
  /** Upper bound of a range (`2-3家`). */
  upperValue?: number;
  name?: string | null;
  unit?: string | null;
  qualifier?: string | null;
  year: number | null;
  kind?: FigureKind;
}

export interface ReportSpec {
  id: string;
  city: string | null;
  province: string | null;
  divisionCode: string | null;
  sentences: { text: string; figures: FigureSpec[] }[];
}

/** The figures of sentence `sentenceId` (`<id>-f1`, `-f2`…), each found in `text` after the previous one. */
export function figuresIn(sentenceId: string, text: string, specs: readonly FigureSpec[]): Figure[] {
  let from = 0;
  return specs.map((f, k) => {
    const start = text.indexOf(f.raw, from);
    if (start < 0) throw new Error(`${f.raw} not in ${text}`);
    from = start + f.raw.length;
    return {
      id: `${sentenceId}-f${k + 1}`,
      name: f.name ?? null,
      raw: f.raw,
      value: f.value,
      ...(f.upperValue === undefined ? {} : { upperValue: f.upperValue }),
      unit: f.unit ?? null,
      qualifier: f.qualifier ?? null,
      year: f.year,
      kind: f.kind ?? 'actual',
      start,
      end: from,
    };
  });
}

/** A Report with one part and one paragraph holding the sentences (`s-1`, `s-2`, …). */
export function syntheticReport(spec: ReportSpec): Report {
  const sentences = spec.sentences.map((s, i) => {
    const id = `s-${i + 1}`;
    return { id, text: s.text, figures: figuresIn(id, s.text, s.figures) };
  });
  return {
    source: `seeds/${spec.id}.txt`,
    id: spec.id,
    title: `${spec.city ?? ''}卫生健康工作总结`,
    titleComposed: false,
    encoding: 'utf-8',
    meta: { indexNumber: null, docNumber: null, publisher: null, publishedAt: null, name: null, url: null, extra: {} },
    place: {
      city: spec.city,
      fullName: spec.city === null ? null : `${spec.city}市`,
      province: spec.province,
      prefecture: null,
      level: spec.city === null ? null : 'county',
      divisionCode: spec.divisionCode,
      basis: '测试',
    },
    reviewYear: null,
    planYear: null,
    kind: 'summary',
    basis: { place: '测试', reviewYear: '测试', planYear: '测试', kind: '测试' },
    parts: [{ kind: 'summary', year: null, title: null, anchor: null, blocks: [{ type: 'paragraph', line: 1, sentences }], outline: [] }],
    stripped: [],
    warnings: [],
  };
}

/** Maps figures to indicators by the name they are written under, like an editor's synonym list. */
export function byName(synonyms: Record<string, string>): (f: Figure) => string | null {
  return (f) => (f.name !== null && f.name in synonyms ? synonyms[f.name] : null);
}

/** 乐清: two years of 县域就诊率, a target, a bed count of unstated year, an unmapped change. */
export const yueqing = syntheticReport({
  id: 'yueqing-2023',
  city: '乐清',
  province: '浙江',
  divisionCode: '330382',
  sentences: [
    {
      text: '2023年,县域就诊率90.45%,千人床位数4.06张。',
      figures: [
        { raw: '90.45%', value: 90.45, unit: '%', name: '县域就诊率', year: 2023 },
        { raw: '4.06张', value: 4.06, unit: '张', name: '千人床位数', year: 2023 },
      ],
    },
    { text: '2022年县域就诊率为88.1%。', figures: [{ raw: '88.1%', value: 88.1, unit: '%', name: '县域就诊率', year: 2022 }] },
    {
      text: '2024年县域就诊率力争达到92%以上。',
      figures: [{ raw: '92%以上', value: 92, unit: '%', qualifier: '以上', name: '县域就诊率', year: 2024, kind: 'target' }],
    },
    { text: '全市床位数达到3200张。', figures: [{ raw: '3200张', value: 3200, unit: '张', name: '床位数', year: null }] },
    { text: '手术量同比增长9.63%。', figures: [{ raw: '9.63%', value: 9.63, unit: '%', name: '手术量', year: 2023, kind: 'change' }] },
  ],
});
/** 义乌: 县域就诊率 stated twice for 2020 with different values (and once repeated), a bed count. */
export const yiwu = syntheticReport({
  id: 'yiwu-2020',
  city: '义乌',
  province: '浙江',
  divisionCode: '330782',
  sentences: [
    { text: '2020年县域就诊率66.28%。', figures: [{ raw: '66.28%', value: 66.28, unit: '%', name: '县域就诊率', year: 2020 }] },
    { text: '县域就诊率达66.3%,床位数5000张。', figures: [
      { raw: '66.3%', value: 66.3, unit: '%', name: '县域就诊率', year: 2020 },
      { raw: '5000张', value: 5000, unit: '张', name: '床位数', year: 2020 },
    ] },
    { text: '2020年县域就诊率66.28%,位居全省前列。', figures: [{ raw: '66.28%', value: 66.28, unit: '%', name: '县域就诊率', year: 2020 }] },
  ],
});
/** A report whose place the parser could not decide. */
export const unknownPlace = syntheticReport({
  id: 'unknown-2023',
  city: null,
  province: null,
  divisionCode: null,
  sentences: [{ text: '2023年我市县域就诊率99%。', figures: [{ raw: '99%', value: 99, unit: '%', name: '县域就诊率', year: 2023 }] }],
});
