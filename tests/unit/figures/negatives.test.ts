/**
 * What must NOT come out as a figure (years, dates, ranks, names, codes, attributes), what must
 * not come out as a level (changes), variants of the same text (full width, NBSP, thousands
 * separators), and invariants over every seed sentence and random text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/lib/figures/index.ts';
import type { FigureContext } from '../../../src/lib/model/figure.ts';
import { allSeedSentences, seedSentence } from '../../helpers/figures-seeds.ts';

const REVIEW: FigureContext = { sentenceId: 's-9', partYear: 2023, partKind: 'summary' };
const figuresOf = (sentence: string, ctx: FigureContext = REVIEW) => extractFigures(sentence, ctx);
const raws = (sentence: string) => figuresOf(sentence).map((f) => f.raw);

describe('numbers that are not figures', () => {
  it('skips ranks and ordinals: 第2名, 前10, 第130届, 第一', () => {
    expect(raws(seedSentence('tianmen', '位列第2名'))).toEqual([]);
    expect(raws(seedSentence('yueqing', '位列省同级别医院前10'))).toEqual(['9.63%', '40.04%']);
    expect(raws(seedSentence('guangzhou', '保障第130届广交会'))).toEqual([]);
    expect(raws(seedSentence('yueqing', '连续三年居温州同类医院第一'))).toEqual(['5个']);
    expect(raws('全省排名前3名,居全国第5位。')).toEqual([]);
  });

  it('skips years, dates and clock times', () => {
    // 自2020年1月17日起 … 5个专业工作组 … 24小时带班值班制度
    expect(raws(seedSentence('yiwu', '自2020年1月17日起'))).toEqual(['5个']);
    expect(raws(seedSentence('yiwu', '发布时间:2021-03-24 14:29'))).toEqual([]);
    expect(raws(seedSentence('tianmen', '11月1日起开展免费无创产前基因筛查314人'))).toEqual(['314人']);
    expect(raws('2020 - 2021 年度全国平安医院建设表现突出集体。')).toEqual([]);
  });

  it('skips document names, quoted names and titles: “十四五”, 《…(2021-2023年)》, “521”, 〔2024〕1号', () => {
    expect(raws(seedSentence('yiwu', '积极谋划“十四五”卫生服务体系规划'))).toEqual([]);
    expect(raws(seedSentence('guangzhou', '加快推动21项医疗与健康产业重点任务'))).toEqual(['21项']);
    expect(raws(seedSentence('guangzhou', '有效处置“521”疫情'))).toEqual([]);
    expect(raws('根据乐卫发〔2024〕1号文件,全市“1+5+X”布局。')).toEqual([]);
  });

  it('skips programme names and counts written in Chinese numerals: 26项行动, 四型, 三甲, 九成', () => {
    expect(raws('以26项行动助力健康义乌建设。')).toEqual([]);
    expect(raws(seedSentence('tianmen', '开展“四型”机关创建'))).toEqual(['4次']);
    expect(raws(seedSentence('yueqing', '依托“未来医院”创建三甲'))).toEqual([]);
    expect(raws(seedSentence('guangzhou', '市民满意率连续两年超九成'))).toEqual([]);
  });

  it('keeps a count of items that is not a programme name (26项健康浙江行动 is a count)', () => {
    const [count] = figuresOf(seedSentence('yiwu', '着力做好26项健康浙江行动'));
    expect(count).toMatchObject({ raw: '26项', value: 26, unit: '项', name: '着力做好' });
  });

  it('skips codes, index numbers, phone numbers, hotlines and ratios', () => {
    expect(raws(seedSentence('yiwu', '11330782329949043U/2021-374107'))).toEqual([]);
    expect(raws('索引号:MB1A08302/2024-13532')).toEqual([]);
    expect(raws('咨询电话:0577-61234567,手机13912345678。')).toEqual([]);
    expect(raws(seedSentence('guangzhou', '及时处理12345热线投诉咨询60401件'))).toEqual(['2296件', '60401件']);
    expect(raws(seedSentence('yiwu', '牵头医院专家与院区按1:1安排进修培训'))).toEqual([]);
    expect(raws(seedSentence('yueqing', '无霍乱、H7N9禽流感'))).toEqual([]);
    expect(raws(seedSentence('haian', '老年人23价肺炎疫苗免费接种'))).toEqual([]);
  });

  it('skips thresholds and standards that are rules, not facts, but keeps shares', () => {
    expect(raws('对50万元以下的项目简化审批。')).toEqual([]);
    expect(raws('按照5000-10000㎡建设标准建设。')).toEqual([]);
    expect(raws(seedSentence('guangzhou', '以每年不低于业务收入4%的标准'))).toEqual([]);
    expect(raws('90%以上的村卫生室完成改造。').map(String)).toEqual(['90%以上']);
    expect(raws('建成47个标准化联合医务工作室。').map(String)).toEqual(['47个']);
  });

  it('skips a year as a starting point and counts of years outside 连续/提前…', () => {
    expect(raws('自2024起实施。')).toEqual([]);
    expect(raws('近3年来累计投入资金。')).toEqual([]);
  });

  it('skips age brackets and time spans used as attributes', () => {
    expect(figuresOf(seedSentence('yueqing', '65岁以上老人和0-3岁儿童中医健康管理率达')).map((f) => f.value)).toEqual([73.73, 90.48]);
    expect(raws(seedSentence('yiwu', '落实医院领导24小时带班值班制度'))).toEqual(['5个']);
    expect(raws(seedSentence('yueqing', '以庆祝中华人民共和国成立75周年为契机'))).toEqual([]);
    expect(raws('每10万人口拥有全科医生5人。').map(String)).toEqual(['5人']);
  });

  it('does not read 1000万人才 as ten million people', () => {
    const [count, fund] = figuresOf(seedSentence('yueqing', '设立2个1000万人才引育专项基金'));
    expect(count).toMatchObject({ raw: '2个', value: 2, unit: '个' });
    expect(fund).toMatchObject({ raw: '1000万', value: 10000000, unit: null });
  });
});

describe('changes are not levels', () => {
  it('marks 同比增长, 缩短, 较…增长 and 个百分点 as changes', () => {
    const kinds = (s: string) => figuresOf(s).map((f) => [f.raw, f.kind]);
    expect(kinds(seedSentence('yueqing', '完成远程诊疗16588例,同比增长12.3%'))).toEqual([
      ['75个', 'actual'],
      ['16588例', 'actual'],
      ['12.3%', 'change'],
    ]);
    expect(kinds(seedSentence('yueqing', '同比增长44.6%、10.7%'))).toEqual([
      ['29162例', 'actual'],
      ['24461例', 'actual'],
      ['345人', 'actual'],
      ['9166天', 'actual'],
      ['44.6%', 'change'],
      ['10.7%', 'change'],
    ]);
    expect(kinds('基层就诊率较上年提高2.5个百分点。')).toEqual([['2.5个百分点', 'change']]);
    expect(kinds('孕产妇死亡率下降至8.5/10万。')).toEqual([['8.5/10万', 'actual']]);
  });

  it('a change in a plan stays a change, not a target', () => {
    const plan: FigureContext = { sentenceId: 's-1', partYear: 2024, partKind: 'plan' };
    expect(figuresOf('门诊量同比增长5%,千人床位数达到4.3张。', plan).map((f) => f.kind)).toEqual(['change', 'target']);
  });
});

describe('years', () => {
  it('a year opening a clause applies to the rest of the sentence; one inside a clause to that clause', () => {
    const years = (s: string) => figuresOf(s).map((f) => [f.raw, f.year]);
    expect(years('2022年全市床位5000张,医师3000人。')).toEqual([
      ['5000张', 2022],
      ['3000人', 2022],
    ]);
    expect(years('启动2022年项目10个,完成检测50例。')).toEqual([
      ['10个', 2022],
      ['50例', 2023],
    ]);
    expect(years('婴儿死亡率创2010年以来最低,人均期望寿命达80岁。')).toEqual([['80岁', 2023]]);
  });

  it('a figure after 去年 has no year it can state', () => {
    expect(figuresOf('去年全市床位5000张。').map((f) => f.year)).toEqual([null]);
    expect(figuresOf('较去年增加10张。').map((f) => f.year)).toEqual([2023]);
  });

  it('a plan without a year gives targets without a year', () => {
    const plan: FigureContext = { sentenceId: 's-1', partYear: null, partKind: 'plan' };
    expect(figuresOf('力争千人医师数达到3.6人。', plan)).toMatchObject([{ year: null, kind: 'target' }]);
  });
});

describe('targets outside a plan part', () => {
  it('力争/到YYYY年 in a review or challenges part makes a target; 争取到 does not', () => {
    const kinds = (s: string) => figuresOf(s).map((f) => f.kind);
    expect(kinds('力争基层就诊率达到70%。')).toEqual(['target']);
    expect(kinds('到2025年,千人医师数达到3.6人。')).toEqual(['target']);
    expect(kinds('成功争取到试点项目3个。')).toEqual(['actual']);
  });

  it('到YYYY年 is forward-looking only when the year is after the part’s', () => {
    const kinds = (s: string, partYear: number | null) => figuresOf(s, { sentenceId: 's-1', partYear, partKind: 'summary' }).map((f) => f.kind);
    expect(kinds('到2023年底,全市建成母婴室58家。', 2023)).toEqual(['actual']);
    expect(kinds('到2025年底,全市建成母婴室80家。', 2023)).toEqual(['target']);
    expect(kinds('到2025年底,全市建成母婴室80家。', null)).toEqual(['actual']);
  });

  it('a difference from a reference is a change: 比全国平均水平高出3.2岁', () => {
    expect(figuresOf('人均预期寿命达到81.2岁,比全国平均水平高出3.2岁。').map((f) => f.kind)).toEqual(['actual', 'change']);
  });

  it('a present level inside a plan is not a target', () => {
    const plan: FigureContext = { sentenceId: 's-1', partYear: 2022, partKind: 'plan' };
    expect(figuresOf('目前全市有社区医院19间,力争新增5间。', plan).map((f) => f.kind)).toEqual(['actual', 'target']);
  });
});

describe('variants of the same text', () => {
  const plain = '千人医师数3.41人,千人床位数4.06张,县域就诊率和基层就诊率90.45%、79.18%。';
  const fullWidth = '千人医师数３．４１人，千人床位数４．０６张，县域就诊率和基层就诊率９０．４５％、７９．１８％。';

  it('reads full-width digits and punctuation like half-width, offsets into the original', () => {
    const a = figuresOf(plain);
    const b = figuresOf(fullWidth);
    expect(b.map((f) => [f.name, f.value, f.unit])).toEqual(a.map((f) => [f.name, f.value, f.unit]));
    for (const fig of b) expect(fullWidth.slice(fig.start, fig.end)).toBe(fig.raw);
    expect(b[2].raw).toBe('９０．４５％');
  });

  it('reads NBSP and U+3000 between number and unit', () => {
    expect(figuresOf('全市共有检测机构\u00a0136\u3000家。')).toMatchObject([{ value: 136, unit: '家', name: '全市共有检测机构' }]);
  });

  it('reads thousands separators but not a comma between clauses', () => {
    expect(figuresOf('全市床位达12,345张。')).toMatchObject([{ raw: '12,345张', value: 12345 }]);
    expect(figuresOf('新增站点3个,20个村卫生室完成改造。').map((f) => f.value)).toEqual([3, 20]);
  });

  it('reads full-width parentheses in names and around changes', () => {
    const figs = figuresOf('平均期望寿命为81.88岁（较2018年增长0.99岁）。');
    expect(figs.map((f) => [f.raw, f.kind, f.name])).toEqual([
      ['81.88岁', 'actual', '平均期望寿命'],
      ['0.99岁', 'change', null],
    ]);
  });
});

describe('invariants', () => {
  it('on every seed sentence: raw is the text at [start, end), ids count from 1, values are finite', () => {
    let total = 0;
    for (const { text } of allSeedSentences()) {
      const figures = figuresOf(text);
      figures.forEach((fig, i) => {
        expect(fig.id).toBe(`s-9-f${i + 1}`);
        expect(text.slice(fig.start, fig.end)).toBe(fig.raw);
        expect(Number.isFinite(fig.value)).toBe(true);
        if (i > 0) expect(fig.start).toBeGreaterThanOrEqual(figures[i - 1].end);
      });
      total += figures.length;
    }
    expect(total).toBeGreaterThan(300);
  });

  it('never throws and keeps offsets right on arbitrary text', () => {
    const pieces = fc.constantFrom('3.41', '人', '万', '亿', '%', '以上', '近', '、', ',', '。', '“', '”', '2023年', '-', '第', '岁', '和', '率', ' ', '千', '余');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 3 })), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        for (const fig of figuresOf(text)) {
          expect(text.slice(fig.start, fig.end)).toBe(fig.raw);
          expect(Number.isFinite(fig.value)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
