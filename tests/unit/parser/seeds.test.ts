/**
 * The five seeds, parsed end to end. Every expected value here was read off the seed text by
 * hand (headings counted in the file, not computed by the parser). Place is another module's
 * job and is not asserted here.
 */
import { describe, expect, it } from 'vitest';
import type { Report } from '../../../src/lib/model/report.ts';
import { SEEDS, allBlocks, countByDepth, headings, parseFile, sentenceTexts, topLevel } from './helpers.ts';

const stripped = (r: Report) => r.stripped.map((s) => [s.line, s.reason, s.text]);
const titles = (r: Report) => allBlocks(r).flatMap((b) => (b.type === 'title' ? [b.text] : []));
const partsOf = (r: Report) => r.parts.map((p) => [p.kind, p.year, p.title]);
/** The part whose blocks hold a sentence starting with `start`. */
const partOfSentence = (r: Report, start: string) =>
  r.parts.findIndex((p) => p.blocks.some((b) => b.type === 'paragraph' && b.sentences.some((s) => s.text.startsWith(start))));

describe('000 乐清: one line, inline headings, 2023 review + 2024 plan', () => {
  const r = parseFile(SEEDS.yueqing);

  it('reads the title line and both years from the two part headings', () => {
    expect(r.title).toBe('乐清市卫生健康局2023年工作总结和2024年工作重点');
    expect(r.titleComposed).toBe(false);
    expect(titles(r)).toEqual(['乐清市卫生健康局2023年工作总结和2024年工作重点']);
    expect([r.reviewYear, r.planYear, r.kind]).toEqual([2023, 2024, 'summary+plan']);
    expect(partsOf(r)).toEqual([
      ['summary', 2023, '2023年工作总结'],
      ['plan', 2024, '2024年工作重点'],
    ]);
    expect(r.basis.reviewYear).toContain('2023年工作总结');
    expect(r.basis.planYear).toContain('2024年工作重点');
  });

  it('finds the inline headings: 2 at depth 1, five (一)–(五) under each', () => {
    expect(countByDepth(r)).toEqual([2, 10, 0, 0, 0]);
    expect(topLevel(r)).toEqual([['一、2023年工作总结'], ['二、2024年工作重点']]);
    expect(r.parts[0].outline[0].children.map((n) => n.label + n.title)).toEqual([
      '(一)守底线,提质效,公共卫生安全体系持续健全。',
      '(二)筑高峰,强基层,医疗核心竞争力持续提升。',
      '(三)抓改革,促整合,医药体制机制持续优化。',
      '(四)提品质,惠民生,全周期健康服务体系持续完善。',
      '(五)重规范,强领航,党的建设持续加强。',
    ]);
    expect(r.parts[1].outline[0].children[4].title).toBe('全面加强党的领导,为卫生健康现代化先行提供坚强保障。');
    expect(headings(r).every((h) => h.inline)).toBe(true);
  });

  it('keeps the review-closing paragraphs in the review and the plan intro in the plan', () => {
    expect(partOfSentence(r, '此外,持续强化文明创建')).toBe(0);
    expect(partOfSentence(r, '在肯定成绩的同时')).toBe(0);
    expect(partOfSentence(r, '2024年,市卫健局将以')).toBe(1);
    // `3.41人` is a figure in running text, not a depth-3 heading.
    expect(sentenceTexts(r).some((s) => s.includes('千人医师数3.41人'))).toBe(true);
  });

  it('has no page furniture or metadata', () => {
    expect(r.stripped).toEqual([]);
    expect(r.meta).toEqual({ indexNumber: null, docNumber: null, publisher: null, publishedAt: null, name: null, url: null, extra: {} });
  });
});

describe('001 义乌: metadata header, two documents back to back', () => {
  const r = parseFile(SEEDS.yiwu);

  it('reads the unlabelled header and strips the page widgets', () => {
    expect(stripped(r)).toEqual([
      [1, '元数据', '11330782329949043U/2021-374107'],
      [2, '元数据', '市卫生健康局'],
      [3, '元数据', '2021-03-24'],
      [4, '元数据', '主动公开'],
      [5, '元数据', '发布时间:2021-03-24 14:29'],
      [6, '页面功能', '访问次数:'],
      [7, '页面功能', '字体大小:大 中 小'],
    ]);
    expect(r.meta.indexNumber).toBe('11330782329949043U/2021-374107');
    expect(r.meta.publisher).toBe('市卫生健康局');
    expect(r.meta.publishedAt).toBe('2021-03-24');
    expect(r.meta.extra['公开方式']).toBe('主动公开');
  });

  it('splits the 2020 review from the 2021 plan at the second title', () => {
    expect(titles(r)).toEqual(['2020年卫生健康工作总结', '2021年卫生健康工作要点']);
    expect(r.title).toBe('2020年卫生健康工作总结');
    expect([r.reviewYear, r.planYear, r.kind]).toEqual([2020, 2021, 'summary+plan']);
    expect(partsOf(r)).toEqual([
      ['summary', 2020, '2020年卫生健康工作总结'],
      ['plan', 2021, '2021年卫生健康工作要点'],
    ]);
  });

  it('finds 一–五 then 一–七, (一) headings on their own lines and 1. headings opening paragraphs', () => {
    expect(topLevel(r)).toEqual([
      [
        '一、主动担当,勇于作为,举全系统之力战疫',
        '二、围绕问题,重点突破,以改革促进卫生事业长期发展',
        '三、补齐短板,增质扩容,全面提升医疗卫生能力',
        '四、深度融合,医防共建,加快推进健康义乌建设',
        '五、党建引领,法制为先,不断健全组织制度保障',
      ],
      [
        '一、持之以恒抓疫情防控',
        '二、围绕总体目标,紧抓两条主线',
        '三、立足民意民心,推进三大改革',
        '四、加强健康管理,聚焦五类人群',
        '五、全面提档升级,狠抓六项重点工作',
        '六、统筹做好其他工作',
        '七、全面加强党的建设。',
      ],
    ]);
    // Depth 2: 4+5+5+6 in the review; depth 3: 4+4 in the review, 2+3+5+6+4 in the plan.
    expect(countByDepth(r)).toEqual([12, 20, 28, 0, 0]);
    const h = headings(r).find((x) => x.title === '优化规范诊疗模式。');
    expect(h).toMatchObject({ depth: 3, label: '1.', inline: true, line: 19 });
    expect(headings(r).find((x) => x.label === '(一)')).toMatchObject({ title: '探索实施“三医联动、六医统筹”集成式改革。', inline: false, line: 15 });
  });

  it('keeps 一是…二是… as text and the 2020 part title years apart from body years', () => {
    expect(sentenceTexts(r).some((s) => s.startsWith('一是加强重大传染病'))).toBe(true);
    expect(headings(r).some((x) => x.title.includes('一是'))).toBe(false);
  });
});

describe('002 广州: breadcrumb, slogan title, review, challenges and plan', () => {
  const r = parseFile(SEEDS.guangzhou);

  it('strips the breadcrumb, time/source line, share widget and the empty boxes at the end', () => {
    expect(stripped(r)).toEqual([
      [1, '面包屑导航', '首页 > 信息 > 计划总结'],
      [5, '元数据', '时间:2022-03-23 来源:本网'],
      [6, '页面功能', '分享到:'],
      [143, '空栏目', '附件:'],
      [144, '空栏目', '相关稿件:'],
    ]);
    expect(r.meta.publishedAt).toBe('2022-03-23');
    expect(r.meta.publisher).toBeNull(); // 来源:本网 names the website, not an authority
  });

  it('takes the slogan as the title and reads three parts', () => {
    expect(r.title).toBe('学史力行办实事 踔厉奋发开新局 凝心聚力推动卫生健康事业高质量发展');
    expect([r.reviewYear, r.planYear, r.kind]).toEqual([2021, 2022, 'summary+plan']);
    expect(partsOf(r)).toEqual([
      ['summary', 2021, '2021年工作回顾'],
      ['challenges', null, '清醒认识当前工作面临的挑战,正确把握卫生健康工作重大问题'],
      ['plan', 2022, '2022年工作安排'],
    ]);
  });

  it('finds 一–四 and (一)–(五), (一)–(八); 四、党建 stays in the plan', () => {
    expect(topLevel(r)).toEqual([
      ['一、2021年工作回顾'],
      ['二、清醒认识当前工作面临的挑战,正确把握卫生健康工作重大问题'],
      ['三、2022年工作安排', '四、加强党的建设、提升党建水平,持续凝聚推动事业高质量发展的强大合力'],
    ]);
    expect(countByDepth(r)).toEqual([4, 13, 0, 0, 0]);
    expect(r.parts[2].outline[0].children.map((n) => n.label)).toEqual(['(一)', '(二)', '(三)', '(四)', '(五)', '(六)', '(七)', '(八)']);
    expect(r.parts[2].outline[0].children[1].title).toBe('建立健全高质高效的公共卫生体系');
  });

  it('keeps the mistyped `是提升…` (missing 二) as a sentence of the plan', () => {
    expect(partOfSentence(r, '是提升家庭医生服务品质。')).toBe(2);
    expect(partOfSentence(r, '三是增强妇幼健康服务能力。')).toBe(2);
  });
});

describe('003 海安: a plan with no title, no date, no year, starting at (一)', () => {
  const r = parseFile(SEEDS.haian);

  it('composes a title and never guesses a year', () => {
    expect(r.titleComposed).toBe(true);
    expect(r.title).toContain('卫生健康工作计划');
    expect([r.reviewYear, r.planYear, r.kind]).toEqual([null, null, 'plan']);
    expect(r.basis.planYear).toBe('文中未注明');
    expect(r.basis.kind).toContain('按用语判断');
    expect(partsOf(r)).toEqual([['plan', null, null]]);
  });

  it('finds eight depth-2 headings opening their paragraphs', () => {
    expect(countByDepth(r)).toEqual([0, 8, 0, 0, 0]);
    expect(topLevel(r)[0]).toEqual([
      '(一)全面加强党的建设。',
      '(二)坚定不移深化医改提升服务内涵。',
      '(三)以基层为重点推进服务能力建设。',
      '(四)打造优质高效公共卫生治理体系。',
      '(五)聚焦重点人群保障促进均衡发展。',
      '(六)稳步推进健康中国行动落实落地。',
      '(七)持续促进中医药传承创新发展。',
      '(八)全面加大事业发展支撑保障力度。',
    ]);
    expect(headings(r).map((h) => h.id)).toEqual(['h-1', 'h-2', 'h-3', 'h-4', 'h-5', 'h-6', 'h-7', 'h-8']);
    expect(r.stripped).toEqual([]);
    expect(r.meta.publishedAt).toBeNull();
  });
});

describe('004 天门: metadata table one field per line, 2023 review, chrome at the end', () => {
  const r = parseFile(SEEDS.tianmen);

  it('reads the metadata table', () => {
    expect(r.meta).toEqual({
      indexNumber: 'MB1A08302/2024-13532',
      docNumber: null,
      publisher: '天门市卫生健康委员会',
      publishedAt: '2024-03-06',
      name: '天门市卫健委2023年工作总结',
      url: null,
      extra: { 分类: '卫生', 效力状态: '有效' },
    });
  });

  it('strips the table, the time line, the empty attachment box and the page widgets', () => {
    const table = ['索引号', 'MB1A08302/2024-13532', '分类', '卫生', '发布机构', '天门市卫生健康委员会', '发文日期', '2024年03月06日',
      '名称', '天门市卫健委2023年工作总结', '文号', '效力状态', '有效', '发布日期', '2024年03月06日'];
    expect(stripped(r)).toEqual([
      ...table.map((text, i) => [i + 1, '元数据', text]),
      [19, '元数据', '发布时间:2024-03-06 09:17 来源:天门市卫生健康委员会'],
      [99, '空栏目', '附件:'],
      [101, '页面功能', '扫一扫在手机上查看当前页面'],
      [103, '页面功能', '我要打印 关闭窗口'],
    ]);
  });

  it('is a 2023 review with 一.–三. and 3+8+3 (一) headings', () => {
    expect(r.title).toBe('天门市卫健委2023年工作总结');
    expect([r.reviewYear, r.planYear, r.kind]).toEqual([2023, null, 'summary']);
    expect(partsOf(r)).toEqual([['summary', 2023, '天门市卫健委2023年工作总结']]);
    expect(topLevel(r)).toEqual([['一.党建引领风清气正', '二.重点工作争先进位', '三.依法行政以人为本']]);
    expect(countByDepth(r)).toEqual([3, 14, 0, 0, 0]);
    expect(headings(r).filter((h) => h.inline).map((h) => h.title)).toEqual([
      '持续深化“放管服”改革。',
      '规范行政执法行为。',
      '落实包容审慎监管措施。',
    ]);
    // `2020 - 2021 年度` in running text is not a heading.
    expect(sentenceTexts(r).some((s) => s.includes('“2020 - 2021 年度全国平安医院建设表现突出集体”'))).toBe(true);
  });
});

describe('ids', () => {
  it('are unique per report and follow the outline path', () => {
    for (const path of Object.values(SEEDS)) {
      const r = parseFile(path);
      const ids = allBlocks(r).flatMap((b) => (b.type === 'paragraph' ? b.sentences.map((s) => s.id) : [b.id]));
      expect(new Set(ids).size).toBe(ids.length);
      const sentences = sentenceTexts(r).length;
      expect(allBlocks(r).flatMap((b) => (b.type === 'paragraph' ? b.sentences.map((s) => s.id) : []))).toEqual(
        Array.from({ length: sentences }, (_, i) => `s-${i + 1}`),
      );
    }
    const yiwu = parseFile(SEEDS.yiwu);
    expect(headings(yiwu).find((h) => h.title === '优化规范诊疗模式。')!.id).toBe('h-2-2-1');
  });
});
