/**
 * Figures read off the five seeds by hand, checked field by field. Sentences are cut out of the
 * seed files by a substring, so each case also proves the seed says it.
 */
import { describe, expect, it } from 'vitest';
import type { Figure, FigureContext } from '../../../src/lib/model/figure.ts';
import { seedFigures, seedSentence, type Seed } from '../../helpers/figures-seeds.ts';

type Ctx = Omit<FigureContext, 'sentenceId'>;
type Expected = Pick<Figure, 'raw' | 'value' | 'unit' | 'qualifier' | 'year' | 'kind' | 'name'> & { upperValue?: number };

const YUEQING_2023: Ctx = { partYear: 2023, partKind: 'summary' };
const YUEQING_2024: Ctx = { partYear: 2024, partKind: 'plan' };
const YIWU_2020: Ctx = { partYear: 2020, partKind: 'summary' };
const YIWU_2021: Ctx = { partYear: 2021, partKind: 'plan' };
const GUANGZHOU_2021: Ctx = { partYear: 2021, partKind: 'summary' };
const GUANGZHOU_2022: Ctx = { partYear: 2022, partKind: 'plan' };
const HAIAN_PLAN: Ctx = { partYear: null, partKind: 'plan' };
const TIANMEN_2023: Ctx = { partYear: 2023, partKind: 'summary' };

interface Case {
  seed: Seed;
  needle: string;
  ctx: Ctx;
  /** Every figure the sentence states, in order, when `complete`; else the ones listed. */
  figures: Expected[];
  complete?: boolean;
}

const f = (
  raw: string,
  value: number,
  unit: string | null,
  name: string | null,
  year: number | null,
  kind: Figure['kind'] = 'actual',
  qualifier: string | null = null,
): Expected => ({ raw, value, unit, qualifier, year, kind, name });

const CASES: Case[] = [
  // 乐清 2023 review
  {
    seed: 'yueqing',
    needle: '完成固定资产投资5.8亿元',
    ctx: YUEQING_2023,
    complete: true,
    figures: [
      f('5.8亿元', 580000000, '元', '完成固定资产投资', 2023),
      f('90.45%', 90.45, '%', '县域就诊率', 2023),
      f('79.18%', 79.18, '%', '基层就诊率', 2023),
      f('3.41人', 3.41, '人', '千人医师数', 2023),
      f('4.06张', 4.06, '张', '千人床位数', 2023),
      f('4.21个', 4.21, '个', '千人托位数', 2023),
      f('81.37岁', 81.37, '岁', '人均预期寿命', 2023),
    ],
  },
  {
    seed: 'yueqing',
    needle: '免疫规划疫苗接种率均达95%以上',
    ctx: YUEQING_2023,
    complete: true,
    figures: [f('95%以上', 95, '%', '免疫规划疫苗接种率', 2023, 'actual', '以上')],
  },
  {
    seed: 'yueqing',
    needle: '平均反应时间同比缩短4分20秒',
    ctx: YUEQING_2023,
    complete: true,
    figures: [
      f('6个', 6, '个', '新增院前急救分站', 2023),
      f('4分20秒', 260, '秒', '主城区平均反应时间', 2023, 'change'),
      f('2分38秒', 158, '秒', '非主城区平均反应时间', 2023, 'change'),
    ],
  },
  {
    seed: 'yueqing',
    needle: '手术量和三四级手术量同比增长9.63%',
    ctx: YUEQING_2023,
    complete: true,
    figures: [f('9.63%', 9.63, '%', '手术量', 2023, 'change'), f('40.04%', 40.04, '%', '三四级手术量', 2023, 'change')],
  },
  {
    seed: 'yueqing',
    needle: '高血压、糖尿病规范管理率71.29%',
    ctx: YUEQING_2023,
    figures: [f('71.29%', 71.29, '%', '高血压规范管理率', 2023), f('72.2%', 72.2, '%', '糖尿病规范管理率', 2023)],
  },
  {
    seed: 'yueqing',
    needle: '2023年当年出生率为5.35‰',
    ctx: YUEQING_2023,
    complete: true,
    figures: [f('5.35‰', 5.35, '‰', '当年出生率', 2023)],
  },
  {
    seed: 'yueqing',
    needle: '医养结合床位数达1057张',
    ctx: YUEQING_2023,
    complete: true,
    figures: [
      f('1057张', 1057, '张', '医养结合床位数', 2023),
      f('48张', 48, '张', '医疗机构每万名老年人康复护理床位数', 2023),
    ],
  },
  {
    seed: 'yueqing',
    needle: '清退财物95.81万元',
    ctx: YUEQING_2023,
    figures: [f('35人', 35, '人', '党纪政务处理', 2023), f('95.81万元', 958100, '元', '清退财物', 2023)],
  },
  {
    seed: 'yueqing',
    needle: '评议系统录入意见信息242.5万条',
    ctx: YUEQING_2023,
    complete: true,
    figures: [
      f('104个', 104, '个', '公立医院参加“万人双评议”科室', 2023),
      f('242.5万条', 2425000, '条', '评议系统录入意见信息', 2023),
      f('93.3%', 93.3, '%', '满意率', 2023),
    ],
  },
  {
    seed: 'yueqing',
    needle: '重点人群家庭医生签约覆盖率90.56%',
    ctx: YUEQING_2023,
    complete: true,
    figures: [
      f('90.56%', 90.56, '%', '重点人群家庭医生签约覆盖率', 2023),
      f('46.01%', 46.01, '%', '总人群签约率', 2023),
      f('77.96%', 77.96, '%', '居民电子健康档案开放率', 2023),
    ],
  },
  // 乐清 2024 plan: targets
  {
    seed: 'yueqing',
    needle: '县域就诊率保持在90%以上',
    ctx: YUEQING_2024,
    complete: true,
    figures: [
      f('90%以上', 90, '%', '县域就诊率', 2024, 'target', '以上'),
      f('4.3张', 4.3, '张', '千人床位数', 2024, 'target'),
    ],
  },
  {
    seed: 'yueqing',
    needle: '千人医师数达到3.63人',
    ctx: YUEQING_2024,
    complete: true,
    figures: [f('3.63人', 3.63, '人', '千人医师数', 2024, 'target')],
  },
  {
    seed: 'yueqing',
    needle: '人均期望寿命达到81.5岁',
    ctx: YUEQING_2024,
    complete: true,
    figures: [
      f('79%以上', 79, '%', '基层就诊率', 2024, 'target', '以上'),
      f('4.5个', 4.5, '个', '千人托位数', 2024, 'target'),
      f('81.5岁', 81.5, '岁', '人均期望寿命', 2024, 'target'),
    ],
  },
  {
    // A trailing qualifier applies to every value of its list.
    seed: 'yueqing',
    needle: '中医健康管理率保持在70%、80%以上',
    ctx: YUEQING_2024,
    complete: true,
    figures: [
      f('70%', 70, '%', '65岁以上老人中医健康管理率', 2024, 'target', '以上'),
      f('80%以上', 80, '%', '0-3岁儿童中医健康管理率', 2024, 'target', '以上'),
    ],
  },
  {
    seed: 'yueqing',
    needle: '主城区平均急救反应时间小于10分钟',
    ctx: YUEQING_2024,
    complete: true,
    figures: [
      f('2个', 2, '个', '岭底等急救站点', 2024, 'target'),
      f('95%以上', 95, '%', '2分钟出车', 2024, 'target', '以上'),
      f('小于10分钟', 10, '分钟', '主城区平均急救反应时间', 2024, 'target', '小于'),
      f('小于13分钟', 13, '分钟', '乡村地区平均急救反应时间', 2024, 'target', '小于'),
    ],
  },
  {
    seed: 'yueqing',
    needle: '严重致残出生缺陷发生率控制在1‰以下',
    ctx: YUEQING_2024,
    figures: [f('1‰以下', 1, '‰', '严重致残出生缺陷发生率', 2024, 'target', '以下')],
  },
  {
    // A multiplier without a unit is still a value; the unit stays unknown.
    seed: 'yueqing',
    needle: '城乡居民健康体检26万(含10万在校生)',
    ctx: YUEQING_2024,
    figures: [
      f('26万', 260000, null, '完成同质同标城乡居民健康体检', 2024, 'target'),
      f('10万', 100000, null, null, 2024, 'target'),
      f('5.7万例', 57000, '例', '重点人群消化道肿瘤免费筛查', 2024, 'target'),
    ],
  },
  // 义乌 2020 review (with a 2019 sentence) and 2021 plan
  {
    seed: 'yiwu',
    needle: '2019年全人群粗死亡率为5.25‰',
    ctx: YIWU_2020,
    complete: true,
    figures: [
      f('5.25‰', 5.25, '‰', '全人群粗死亡率', 2019),
      f('81.88岁', 81.88, '岁', '平均期望寿命', 2019),
      // `较2018年` is the base of the change, not its year or name.
      f('0.99岁', 0.99, '岁', null, 2019, 'change'),
    ],
  },
  {
    seed: 'yiwu',
    needle: '吸收近100名牵头医院专家',
    ctx: YIWU_2020,
    complete: true,
    figures: [
      f('166支', 166, '支', '全市共组建“1+1+1+X+Y”家庭医生签约团队', 2020),
      f('近100名', 100, '名', '吸收', 2020, 'actual', '近'),
      f('490余名', 490, '名', null, 2020, 'actual', '余'),
      f('43%以上', 43, '%', '家庭医生签约服务率', 2020, 'actual', '以上'),
      f('90%以上', 90, '%', '十类重点人群签约率', 2020, 'actual', '以上'),
    ],
  },
  {
    seed: 'yiwu',
    needle: '出动驻校助学健康指导员2920余人次',
    ctx: YIWU_2020,
    complete: true,
    figures: [
      f('8658家', 8658, '家', '健康指导企业', 2020),
      f('2920余人次', 2920, '人次', '出动驻校助学健康指导员', 2020, 'actual', '余'),
      f('1.58万家次', 15800, '家次', '指导各类公共场所', 2020),
    ],
  },
  {
    seed: 'yiwu',
    needle: '高血压、糖尿病患者规范管理率分别达到72.01%',
    ctx: YIWU_2020,
    complete: true,
    figures: [f('72.01%', 72.01, '%', '高血压规范管理率', 2020), f('71.89%', 71.89, '%', '糖尿病患者规范管理率', 2020)],
  },
  {
    seed: 'yiwu',
    needle: '基层就诊率提高至66.28%',
    ctx: YIWU_2020,
    complete: true,
    figures: [f('66.28%', 66.28, '%', '基层就诊率', 2020)],
  },
  {
    seed: 'yiwu',
    needle: '累计普查19余万人',
    ctx: YIWU_2020,
    complete: true,
    figures: [f('19余万人', 190000, '人', '累计普查', 2020, 'actual', '余')],
  },
  {
    seed: 'yiwu',
    needle: '全年完成有效投资5.19亿元',
    ctx: YIWU_2020,
    complete: true,
    figures: [f('5.19亿元', 519000000, '元', '全年完成有效投资', 2020)],
  },
  {
    seed: 'yiwu',
    needle: '2020年救助998人',
    ctx: YIWU_2020,
    complete: true,
    figures: [f('998人', 998, '人', '救助', 2020), f('118.17万元', 1181700, '元', '补助经费', 2020)],
  },
  {
    seed: 'yiwu',
    needle: '力争患病报告率达到5‰以上',
    ctx: YIWU_2021,
    complete: true,
    figures: [f('5‰以上', 5, '‰', '患病报告率', 2021, 'target', '以上')],
  },
  {
    seed: 'yiwu',
    needle: '分别达 100 种和 60 种',
    ctx: YIWU_2021,
    complete: true,
    figures: [f('100 种', 100, '种', '乡镇卫生院门诊', 2021, 'target'), f('60 种', 60, '种', '住院诊疗目录病种', 2021, 'target')],
  },
  // 广州 2021 review and 2022 plan
  {
    seed: 'guangzhou',
    needle: '床位达10.65万张',
    ctx: GUANGZHOU_2021,
    complete: true,
    figures: [
      f('5814个', 5814, '个', '全市医疗卫生机构', 2021),
      f('10.65万张', 106500, '张', '床位', 2021),
      f('18.77万人', 187700, '人', '各类专业卫生技术人员', 2021),
    ],
  },
  {
    // `1991年有统计记录以来` is a starting point: the figure keeps its part's year.
    seed: 'guangzhou',
    needle: '人均期望寿命达83.18岁',
    ctx: GUANGZHOU_2021,
    complete: true,
    figures: [f('83.18岁', 83.18, '岁', '人均期望寿命', 2021)],
  },
  {
    seed: 'guangzhou',
    needle: '全市动态储备隔离房间36700多间',
    ctx: GUANGZHOU_2021,
    complete: true,
    figures: [f('36700多间', 36700, '间', '全市动态储备隔离房间', 2021, 'actual', '多')],
  },
  {
    seed: 'guangzhou',
    needle: '调阅后平均互认率达97%',
    ctx: GUANGZHOU_2021,
    complete: true,
    figures: [f('265家', 265, '家', '市检验检查结果互认平台接入', 2021), f('97%', 97, '%', '调阅后平均互认率', 2021)],
  },
  {
    seed: 'guangzhou',
    // The seed writes NBSP around the number.
    needle: '全市共有检测机构\u00a0136\u00a0家',
    ctx: GUANGZHOU_2021,
    complete: true,
    figures: [f('136\u00a0家', 136, '家', '全市共有检测机构', 2021)],
  },
  {
    seed: 'guangzhou',
    needle: '社区卫生服务中心比例超过40%',
    ctx: GUANGZHOU_2022,
    complete: true,
    figures: [f('超过40%', 40, '%', '达到国家推荐标准的镇卫生院和社区卫生服务中心比例', 2022, 'target', '超过')],
  },
  {
    seed: 'guangzhou',
    needle: '力争创建国家级健康促进区1-2个',
    ctx: GUANGZHOU_2022,
    complete: true,
    figures: [{ ...f('1-2个', 1, '个', '创建国家级健康促进区', 2022, 'target'), upperValue: 2 }],
  },
  {
    seed: 'guangzhou',
    needle: '医疗费用增长率控制在10%以内',
    ctx: GUANGZHOU_2022,
    complete: true,
    figures: [f('10%以内', 10, '%', '全市医疗费用增长率', 2022, 'target', '以内')],
  },
  // 海安: a plan that states no year at all
  {
    seed: 'haian',
    needle: '普惠托育机构镇(街)覆盖率达90%',
    ctx: HAIAN_PLAN,
    complete: true,
    figures: [f('90%', 90, '%', '普惠托育机构镇(街)覆盖率', null, 'target')],
  },
  {
    seed: 'haian',
    needle: '新增省、市级普惠机构3家',
    ctx: HAIAN_PLAN,
    complete: true,
    figures: [f('3家', 3, '家', '市级普惠机构', null, 'target'), f('150个', 150, '个', '普惠托位', null, 'target')],
  },
  {
    seed: 'haian',
    needle: '孕产妇系统管理率保持90%以上',
    ctx: HAIAN_PLAN,
    complete: true,
    figures: [f('90%以上', 90, '%', '孕产妇系统管理率', null, 'target', '以上')],
  },
  // 天门 2023 review
  {
    seed: 'tianmen',
    needle: '全市无偿献血近1万人次',
    ctx: TIANMEN_2023,
    complete: true,
    figures: [f('近1万人次', 10000, '人次', '全市无偿献血', 2023, 'actual', '近'), f('超过3吨', 3, '吨', '采血量', 2023, 'actual', '超过')],
  },
  {
    seed: 'tianmen',
    needle: '共3千多名儿童',
    ctx: TIANMEN_2023,
    complete: true,
    figures: [f('10所', 10, '所', null, 2023), f('3千多名', 3000, '名', null, 2023, 'actual', '多')],
  },
  {
    seed: 'tianmen',
    needle: '全市建有村卫生室745个',
    ctx: TIANMEN_2023,
    complete: true,
    figures: [f('745个', 745, '个', '全市建有村卫生室', 2023), f('1018名', 1018, '名', '村医', 2023)],
  },
  {
    seed: 'tianmen',
    needle: '建立医养结合机构6家',
    ctx: TIANMEN_2023,
    complete: true,
    figures: [f('6家', 6, '家', '建立医养结合机构', 2023), f('1860张', 1860, '张', '床位', 2023)],
  },
  {
    seed: 'tianmen',
    needle: '开展医养结合服务11.76万人',
    ctx: TIANMEN_2023,
    complete: true,
    figures: [
      f('11.76万人', 117600, '人', '65岁及以上老年人开展医养结合服务', 2023),
      f('2000余人', 2000, '人', '失能评估健康服务', 2023, 'actual', '余'),
    ],
  },
  {
    seed: 'tianmen',
    needle: '2023年申报创建卫生健康单位33个',
    ctx: TIANMEN_2023,
    complete: true,
    figures: [f('33个', 33, '个', '申报创建卫生健康单位', 2023), f('48个', 48, '个', '卫生村', 2023), f('13个', 13, '个', '社区', 2023)],
  },
];

function pick(fig: Figure): Expected {
  const out: Expected = { raw: fig.raw, value: fig.value, unit: fig.unit, qualifier: fig.qualifier, year: fig.year, kind: fig.kind, name: fig.name };
  if (fig.upperValue !== undefined) out.upperValue = fig.upperValue;
  return out;
}

describe('extractFigures on the seeds', () => {
  for (const c of CASES) {
    it(`${c.seed}: ${c.needle}`, () => {
      const sentence = seedSentence(c.seed, c.needle);
      const figures = seedFigures(c.seed, c.needle, c.ctx);
      if (c.complete) {
        expect(figures.map(pick)).toEqual(c.figures);
      } else {
        for (const expected of c.figures) {
          expect(figures.map(pick)).toContainEqual(expected);
        }
      }
      figures.forEach((fig, i) => {
        expect(fig.id).toBe(`s-1-f${i + 1}`);
        expect(sentence.slice(fig.start, fig.end)).toBe(fig.raw);
      });
    });
  }

  it('checks at least 40 figures across all five seeds', () => {
    const count = CASES.reduce((n, c) => n + c.figures.length, 0);
    expect(count).toBeGreaterThanOrEqual(40);
    expect(new Set(CASES.map((c) => c.seed)).size).toBe(5);
  });

  it('gives the figures after a sentence’s first the lead clause of the sentence as subject', () => {
    const figures = seedFigures('tianmen', '建立医养结合机构6家', TIANMEN_2023);
    expect(figures.map((fig) => fig.subject)).toEqual([null, '建立医养结合机构']);
    const guangzhou = seedFigures('guangzhou', '床位达10.65万张', GUANGZHOU_2021);
    expect(guangzhou.map((fig) => fig.subject)).toEqual([null, '全市医疗卫生机构达', '全市医疗卫生机构达']);
  });
});
