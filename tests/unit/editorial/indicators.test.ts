/**
 * Indicator mapping on seed figures (the domain table's values), the cases that must stay
 * unmapped, and the content folder: adding a file adds an indicator, mistakes name file and line.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ReportError } from '../../../src/lib/model/errors.ts';
import { extractFigures } from '../../../src/lib/figures/index.ts';
import type { Figure, FigureContext } from '../../../src/lib/model/figure.ts';
import { differentMeasureOf, type IndicatorDef, indicatorSchema, type LoadedIndicator, loadIndicatorDefs, mapIndicator } from '../../../src/lib/editorial/indicators.ts';
import { folderCopies } from '../../helpers/folder-copy.ts';
import { seedFigures, type Seed } from '../../helpers/figures-seeds.ts';

const CONTENT = path.join(import.meta.dirname, '../../../content/indicators');
const REVIEW = (year: number): Omit<FigureContext, 'sentenceId'> => ({ partYear: year, partKind: 'summary' });
const PLAN = (year: number | null): Omit<FigureContext, 'sentenceId'> => ({ partYear: year, partKind: 'plan' });

let defs: LoadedIndicator[];
beforeAll(async () => {
  defs = await loadIndicatorDefs(CONTENT);
});

/** The seed figure written `raw` in the sentence containing `needle`. */
function seedFigure(seed: Seed, needle: string, raw: string, ctx = REVIEW(2023)): Figure {
  const figure = seedFigures(seed, needle, ctx).find((f) => f.raw === raw);
  if (!figure) throw new Error(`no figure ${raw} in ${seed}: ${needle}`);
  return figure;
}

describe('the shipped indicators', () => {
  it('load and cover the indicators the brief names', () => {
    const names = defs.map((d) => d.name);
    for (const name of [
      '人均预期寿命', '千人医师数', '千人床位数', '千人托位数', '县域就诊率', '基层就诊率', '高血压规范管理率',
      '糖尿病规范管理率', '家庭医生签约率', '重点人群签约率', '居民健康素养水平', '出生率', '粗死亡率',
      '检查检验结果互认率', '医疗卫生机构数', '床位数', '卫生技术人员数', '村卫生室数', '托位数', '医养结合床位',
      '孕产妇死亡率', '婴儿死亡率', '严重精神障碍规范管理率',
    ]) {
      expect(names).toContain(name);
    }
    for (const def of defs) {
      expect(def.definition.length).toBeGreaterThan(10);
      expect(path.basename(def.file)).toBe(`${def.id}.md`);
    }
  });
});

describe('mapIndicator on the seeds (the domain table)', () => {
  const cases: [Seed, string, string, string, Omit<FigureContext, 'sentenceId'>?][] = [
    ['yueqing', '完成固定资产投资5.8亿元', '81.37岁', 'life-expectancy'],
    ['yiwu', '平均期望寿命为81.88岁', '81.88岁', 'life-expectancy', REVIEW(2020)],
    ['guangzhou', '人均期望寿命达83.18岁', '83.18岁', 'life-expectancy', REVIEW(2021)],
    ['yueqing', '人均期望寿命达到81.5岁', '81.5岁', 'life-expectancy', PLAN(2024)],
    ['yueqing', '完成固定资产投资5.8亿元', '3.41人', 'doctors-per-1000'],
    ['yueqing', '千人医师数达到3.63人', '3.63人', 'doctors-per-1000', PLAN(2024)],
    ['yueqing', '完成固定资产投资5.8亿元', '4.06张', 'beds-per-1000'],
    ['yueqing', '完成固定资产投资5.8亿元', '4.21个', 'childcare-places-per-1000'],
    ['yueqing', '完成固定资产投资5.8亿元', '90.45%', 'county-visit-rate'],
    ['yueqing', '完成固定资产投资5.8亿元', '79.18%', 'primary-care-visit-rate'],
    ['yiwu', '基层就诊率提高至66.28%', '66.28%', 'primary-care-visit-rate', REVIEW(2020)],
    ['yueqing', '高血压、糖尿病规范管理率71.29%', '71.29%', 'hypertension-management-rate'],
    ['yueqing', '高血压、糖尿病规范管理率71.29%', '72.2%', 'diabetes-management-rate'],
    ['yiwu', '高血压、糖尿病患者规范管理率分别达到72.01%', '72.01%', 'hypertension-management-rate', REVIEW(2020)],
    ['yiwu', '高血压、糖尿病患者规范管理率分别达到72.01%', '71.89%', 'diabetes-management-rate', REVIEW(2020)],
    ['yueqing', '重点人群家庭医生签约覆盖率90.56%', '46.01%', 'family-doctor-contract-rate'],
    ['yiwu', '家庭医生签约服务率达43%以上', '43%以上', 'family-doctor-contract-rate', REVIEW(2020)],
    ['yueqing', '重点人群家庭医生签约覆盖率90.56%', '90.56%', 'key-population-contract-rate'],
    ['yiwu', '十类重点人群签约率达90%以上', '90%以上', 'key-population-contract-rate', REVIEW(2020)],
    ['yueqing', '居民健康素养水平升至39.29%', '39.29%', 'health-literacy'],
    ['yueqing', '2023年当年出生率为5.35‰', '5.35‰', 'birth-rate'],
    ['yiwu', '2019年全人群粗死亡率为5.25‰', '5.25‰', 'crude-death-rate', REVIEW(2020)],
    ['yueqing', '跨院互认率达72.44%', '72.44%', 'test-mutual-recognition-rate'],
    ['guangzhou', '调阅后平均互认率达97%', '97%', 'test-mutual-recognition-rate', REVIEW(2021)],
    ['guangzhou', '床位达10.65万张', '5814个', 'health-institutions', REVIEW(2021)],
    ['guangzhou', '床位达10.65万张', '10.65万张', 'beds', REVIEW(2021)],
    ['guangzhou', '床位达10.65万张', '18.77万人', 'health-technicians', REVIEW(2021)],
    ['tianmen', '全市建有村卫生室745个', '745个', 'village-clinics'],
    ['tianmen', '托位数量3270个', '3270个', 'childcare-places'],
    ['yueqing', '医养结合床位数达1057张', '1057张', 'integrated-care-beds'],
    ['yueqing', '6大类严重精神障碍规范管理率99.91%', '99.91%', 'severe-mental-disorder-management-rate'],
    ['yueqing', '免疫规划疫苗接种率均达95%以上', '95%以上', 'immunization-rate'],
    ['haian', '孕产妇系统管理率保持90%以上', '90%以上', 'maternal-system-management-rate', PLAN(null)],
  ];
  for (const [seed, needle, raw, id, ctx] of cases) {
    it(`${seed} ${raw} → ${id}`, () => {
      expect(mapIndicator(seedFigure(seed, needle, raw, ctx), defs)).toBe(id);
    });
  }
});

describe('figures that must not map', () => {
  const unmapped: [Seed, string, string, string][] = [
    // A per-capita figure never maps to the absolute count.
    ['yueqing', '完成固定资产投资5.8亿元', '4.06张', 'beds'],
    ['yueqing', '千人床位数达到4.3张', '4.3张', 'beds'],
    ['yueqing', '完成固定资产投资5.8亿元', '4.21个', 'childcare-places'],
  ];
  for (const [seed, needle, raw, wrong] of unmapped) {
    it(`${seed} ${raw} is not ${wrong}`, () => {
      expect(mapIndicator(seedFigure(seed, needle, raw), defs)).not.toBe(wrong);
    });
  }

  const none: [Seed, string, string, string][] = [
    ['tianmen', '建立医养结合机构6家', '1860张', 'beds of the 医养结合 institutions, not the city'],
    ['yueqing', '新增民生实事托育机构16家', '684个', 'new places, not the city’s places'],
    ['yueqing', '新建民生实事托位数300个', '300个', 'new places planned'],
    ['yueqing', '每千人注册中医类别医师数增至0.46人', '0.46人', 'TCM doctors only'],
    ['yueqing', '每万名老年人康复护理床位数达48张', '48张', 'beds per 10,000 elderly'],
    ['yueqing', '新增ICU床位40张', '40张', 'new ICU beds'],
    ['yiwu', '平均期望寿命为81.88岁', '0.99岁', 'a change'],
    ['yueqing', '手术量和三四级手术量同比增长9.63%', '9.63%', 'a change'],
    ['yueqing', '65岁以上老人和0-3岁儿童中医健康管理率达', '73.73%', 'no indicator'],
    ['guangzhou', '全市共有检测机构', '136\u00a0家', 'testing labs, not health institutions'],
  ];
  for (const [seed, needle, raw, why] of none) {
    it(`${seed} ${raw} maps to nothing (${why})`, () => {
      expect(mapIndicator(seedFigure(seed, needle, raw), defs)).toBeNull();
    });
  }

  it('rejects a unit the indicator is not stated in', () => {
    const [figure] = extractFigures('人均预期寿命达到81.5%。', { sentenceId: 's-1', partYear: 2023, partKind: 'summary' });
    expect(figure.unit).toBe('%');
    expect(mapIndicator(figure, defs)).toBeNull();
  });

  it('rejects a name that matches two indicators', () => {
    const twins: IndicatorDef[] = [
      { id: 'a', name: '甲', synonyms: ['签约率'], unit: '%', higherIsBetter: true, measure: 'rate' },
      { id: 'b', name: '乙', synonyms: ['签约率'], unit: '%', higherIsBetter: true, measure: 'rate' },
    ];
    const [figure] = extractFigures('签约率达50%。', { sentenceId: 's-1', partYear: 2023, partKind: 'summary' });
    expect(mapIndicator(figure, twins)).toBeNull();
    expect(mapIndicator(figure, twins.slice(0, 1))).toBe('a');
  });
});

describe('scope prefixes', () => {
  const map = (sentence: string) =>
    extractFigures(sentence, { sentenceId: 's-1', partYear: 2023, partKind: 'summary' }).map((f) => mapIndicator(f, defs));

  it('accepts a year, 全市, 年末, 现有 before a synonym, and full-width brackets', () => {
    expect(map('2023年全市床位达5000张。')).toEqual(['beds']);
    expect(map('年末全市卫生技术人员12000人。')).toEqual(['health-technicians']);
    expect(map('每千常住人口执业（助理）医师数达3.2人。')).toEqual(['doctors-per-1000']);
  });

  it('rejects any other prefix', () => {
    expect(map('城区床位5000张。')).toEqual([null]);
    expect(map('农村地区孕产妇死亡率8.5/10万。')).toEqual([null]);
    expect(map('孕产妇死亡率8.5/10万。')).toEqual(['maternal-mortality']);
  });

  it('reads a count as the city’s only when its sentence says so', () => {
    expect(map('全市共有医院120家,床位8000张。')).toEqual([null, 'beds']);
    expect(map('建成养老机构12家,床位800张。')).toEqual([null, null]);
    expect(map('床位达8000张。')).toEqual(['beds']);
  });
});

describe('different measures', () => {
  const recognition = () => defs.find((d) => d.id === 'test-mutual-recognition-rate')!;

  it('maps a figure of a different measure to the indicator, and says which measure it states', () => {
    const guangzhou = seedFigure('guangzhou', '调阅后平均互认率', '97%');
    expect(mapIndicator(guangzhou, defs)).toBe('test-mutual-recognition-rate');
    expect(differentMeasureOf(guangzhou.name, recognition())?.name).toBe('调阅后互认率');
    const yueqing = seedFigure('yueqing', '跨院互认率', '72.44%');
    expect(mapIndicator(yueqing, defs)).toBe('test-mutual-recognition-rate');
    expect(differentMeasureOf(yueqing.name, recognition())).toBeNull();
  });

  it('reads a scope prefix before a different measure’s synonym as for any synonym, and nothing else', () => {
    expect(differentMeasureOf('2023年全市调阅后平均互认率', recognition())?.name).toBe('调阅后互认率');
    expect(differentMeasureOf('门诊调阅后平均互认率', recognition())).toBeNull();
    expect(differentMeasureOf(null, recognition())).toBeNull();
    expect(differentMeasureOf('调阅后平均互认率', defs.find((d) => d.id === 'life-expectancy')!)).toBeNull();
  });

  it('requires each different measure’s synonym to be one of the indicator’s synonyms, naming the line', async () => {
    const folder = await folderCopies(CONTENT)({
      'zz-measure.md':
        '---\nid: zz-measure\nname: 某率\nsynonyms:\n  - 某某率\nunit: "%"\nhigherIsBetter: true\nmeasure: rate\ndifferentMeasures:\n  - name: 另一口径\n    synonyms:\n      - 某某率\n      - 别的率\n    note: 口径不同。\n---\n',
    });
    const error = (await loadIndicatorDefs(folder).catch((e: unknown) => e)) as ReportError;
    expect(error).toBeInstanceOf(ReportError);
    expect(error.line).toBe(13);
    expect(error.message).toContain('别的率');
  });
});

describe('the content folder', () => {
  const copyWith = folderCopies(CONTENT);

  it('adds an indicator when a file is added, with no code change', async () => {
    const [figure] = extractFigures('千人护士数达到3.8人。', { sentenceId: 's-1', partYear: 2023, partKind: 'summary' });
    expect(mapIndicator(figure, defs)).toBeNull();
    const folder = await copyWith({
      'nurses-per-1000.md': '---\nid: nurses-per-1000\nname: 千人护士数\nsynonyms:\n  - 每千人口注册护士数\nunit: 人\nhigherIsBetter: true\nmeasure: per-capita\n---\n\n每千名常住人口拥有的注册护士人数。\n',
    });
    const more = await loadIndicatorDefs(folder);
    expect(more).toHaveLength(defs.length + 1);
    expect(mapIndicator(figure, more)).toBe('nurses-per-1000');
    const [synonym] = extractFigures('每千人口注册护士数3.8人。', { sentenceId: 's-1', partYear: 2023, partKind: 'summary' });
    expect(mapIndicator(synonym, more)).toBe('nurses-per-1000');
  });

  it('names file, line and field of a bad value', async () => {
    const folder = await copyWith({ 'bad.md': '---\nid: bad\nname: 坏\nsynonyms: []\nunit: "%"\nhigherIsBetter: true\nmeasure: ratio\n---\n' });
    const error = await loadIndicatorDefs(folder).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReportError);
    expect((error as ReportError).file).toBe(path.join(folder, 'bad.md'));
    expect((error as ReportError).line).toBe(7);
    expect((error as ReportError).message).toContain('measure');
  });

  it('rejects an id that is not the file name', async () => {
    const folder = await copyWith({ 'nurses.md': '---\nid: nurse-rate\nname: 护士\nsynonyms: []\nunit: 人\nhigherIsBetter: true\nmeasure: count\n---\n' });
    const error = (await loadIndicatorDefs(folder).catch((e: unknown) => e)) as ReportError;
    expect(error).toBeInstanceOf(ReportError);
    expect(error.line).toBe(2);
    expect(error.message).toContain('nurses');
  });

  it('rejects a synonym another indicator already claims, naming the line', async () => {
    const folder = await copyWith({
      'zz-dup.md': '---\nid: zz-dup\nname: 重复\nsynonyms:\n  - 新名称\n  - 人均期望寿命\nunit: 岁\nhigherIsBetter: true\nmeasure: years\n---\n',
    });
    const error = (await loadIndicatorDefs(folder).catch((e: unknown) => e)) as ReportError;
    expect(error).toBeInstanceOf(ReportError);
    expect(error.file).toBe(path.join(folder, 'zz-dup.md'));
    expect(error.line).toBe(6);
    expect(error.message).toContain('life-expectancy');
  });

  it('the schema rejects unknown fields', () => {
    const result = indicatorSchema.safeParse({ id: 'x', name: 'x', synonyms: [], unit: '%', higherIsBetter: null, measure: 'rate', extra: 1 });
    expect(result.success).toBe(false);
  });
});
