/**
 * Web-page chrome (src/lib/parser/chrome.ts): every form real copies carry is stripped and named
 * with its line; lines of the report itself, even with `>`, 分享 or 登录 in them, stay. The forms
 * are taken from stored copies of government pages and of the mirror sites that repost them.
 */
import { describe, expect, it } from 'vitest';
import { stripChrome } from '../../../src/lib/parser/chrome.ts';
import { decode } from '../../../src/lib/parser/decode.ts';
import { extractMetadata } from '../../../src/lib/parser/metadata.ts';
import { normalize, sourceLines } from '../../../src/lib/parser/normalize.ts';
import { parseReport } from '../../../src/lib/parser/index.ts';
import { allBlocks, bytesOf } from './helpers.ts';

const lines = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));
/** Lines as the parser sees them: normalised (full-width folded) first. */
const page = (...texts: string[]) => sourceLines(normalize(texts.join('\n')));

describe('stripChrome', () => {
  it('strips breadcrumbs, widget lines and page navigation by shape', () => {
    const input = lines(
      '某某县人民政府门户网站',
      '当前位置:首页 > 政务公开 > 规划计划',
      '【字体:大 中 小】【打印本页】【关闭窗口】',
      '浏览次数:1234',
      '一、主要成效',
      '全年完成投资5亿元。',
      '上一篇:关于开展义诊活动的通知',
      '分享到: 微信 微博 QQ空间',
    );
    const { lines: kept, stripped } = stripChrome(input);
    expect(stripped.map((s) => [s.line, s.reason])).toEqual([
      [2, '面包屑导航'],
      [3, '页面功能'],
      [4, '页面功能'],
      [7, '页面导航'],
      [8, '页面功能'],
    ]);
    expect(kept.map((l) => l.text)).toEqual(['某某县人民政府门户网站', '一、主要成效', '全年完成投资5亿元。']);
  });

  it.each(['首页>>信息公开>>计划总结', '您当前的位置:首页 » 政务公开 » 规划计划', '你现在所在位置:网站首页 > 通知公告'])(
    'recognises the breadcrumb %s anywhere near the top',
    (crumb) => {
      const { stripped } = stripChrome(lines('某县人民政府', '某县卫生健康局', '2023年工作总结', crumb, '全年完成投资5亿元。'));
      expect(stripped.map((s) => [s.line, s.reason])).toEqual([[4, '面包屑导航']]);
    },
  );

  it('never strips a sentence or a line with words beyond the widgets', () => {
    const input = lines(
      '一、主要成效',
      '我们要打印宣传册10万份,关闭小散乱诊所20家。',
      '大 中 小',
      '分享到基层的经验',
      '医疗 > 公卫 > 其他',
      '附件:',
      '全年完成投资5亿元。',
    );
    const { lines: kept, stripped } = stripChrome(input);
    expect(stripped).toEqual([]);
    expect(kept).toEqual(input);
  });

  it('strips empty attachment boxes only at the end of the page', () => {
    const { stripped } = stripChrome(lines('一、主要成效', '全年完成投资5亿元。', '相关链接:', '附件', '责任编辑:张三'));
    expect(stripped.map((s) => [s.line, s.reason])).toEqual([
      [3, '空栏目'],
      [4, '空栏目'],
    ]);
  });
});

/** A report line before and after one chrome line: the chrome line is line 2. */
const around = (chrome: string) => page('某县卫生健康局2023年工作总结', chrome, '一、主要成效', '全年完成投资5亿元。');

describe('every form of chrome, named', () => {
  it.each([
    ['首页 > 政务公开 > 计划总结', '面包屑导航'],
    ['首页>>信息公开>>规划计划', '面包屑导航'],
    ['首页 » 政务公开 » 工作总结', '面包屑导航'],
    ['首页 › 卫健动态 › 计划总结', '面包屑导航'],
    ['首页 ＞ 政务公开 ＞ 计划总结', '面包屑导航'],
    ['首页 → 政务公开 → 计划总结', '面包屑导航'],
    ['首頁>要聞', '面包屑导航'],
    ['政务公开 > 规划计划', '面包屑导航'],
    ['您当前的位置：首页 > 政务公开 > 计划总结 > 正文', '面包屑导航'],
    ['您当前的位置：', '面包屑导航'],
    ['当前位置：首页', '面包屑导航'],
    ['当前位置: > 总结大全 > 半年总结', '面包屑导航'],
    ['您现在的位置：首页 > 卫健委 > 工作计划', '面包屑导航'],
    ['你所在的位置：网站首页 → 通知公告', '面包屑导航'],
    ['字号：大 中 小', '页面功能'],
    ['【字体：大 中 小】', '页面功能'],
    ['打印本页', '页面功能'],
    ['关闭窗口', '页面功能'],
    ['【打印】【关闭】', '页面功能'],
    ['[打印本页] [关闭窗口]', '页面功能'],
    ['浏览次数：123', '页面功能'],
    ['阅读量：4567', '页面功能'],
    ['查看人数:25', '页面功能'],
    ['举报', '页面功能'],
    ['收藏', '页面功能'],
    ['分享到：', '页面功能'],
    ['举报 | 收藏 | 分享到', '页面功能'],
    ['点赞 12 评论 3 收藏 5', '页面功能'],
    ['扫一扫在手机打开当前页', '页面功能'],
    ['扫一扫在手机端打开当前页', '页面功能'],
    ['设为首页 | 加入收藏', '页面功能'],
    ['点击查看更多>>', '页面功能'],
    ['第1页 / 共22页', '页面功能'],
    ['首页 上一页 1 2 3 下一页 尾页', '页面功能'],
    ['上一篇', '页面导航'],
    ['上一篇：2022年工作总结', '页面导航'],
    ['下一篇：关于开展义诊活动的通知', '页面导航'],
    ['登录后查看全文', '登录提示'],
    ['立即登录', '登录提示'],
    ['还剩80%未读，登录后查看全文', '登录提示'],
    ['登录 | 免费注册', '登录提示'],
    ['已注册用户请登录：', '登录提示'],
    ['【广告】专业代写各类总结 微信：abc123', '广告'],
    ['广告：三甲医院专家在线问诊', '广告'],
    ['加入VIP，免费下载', '广告'],
    ['下载积分：3 金币', '广告'],
    ['欢迎光临管理范文网', '网站信息'],
    ['版权所有：某县卫生健康局 京ICP备12345678号-1', '网站信息'],
    ['©2024 某某网 All Rights Reserved.', '网站信息'],
    ['主办单位：某县人民政府办公室', '网站信息'],
    ['版权提示 | 免责声明', '网站信息'],
    ['您好，欢迎登录某某县政务公开平台', '网站信息'],
    ['欢迎来到某某市卫生健康委员会！', '网站信息'],
    ['首页 走进某县 政府信息公开 政务服务 互动交流', '网站栏目'],
    ['中央人民政府 某某省人民政府 无障碍 官方微博', '网站栏目'],
    ['1.jpg', '图片文件名'],
    ['现场照片.png', '图片文件名'],
  ])('%s → %s', (chrome, reason) => {
    const { lines: kept, stripped } = stripChrome(around(chrome));
    expect(stripped.map((s) => [s.line, s.reason])).toEqual([[2, reason]]);
    expect(kept.map((l) => l.line)).toEqual([1, 3, 4]);
  });

  it('takes a breadcrumb wrapped onto a second line', () => {
    const { stripped } = stripChrome(page('当前位置: 首页', '>政务频道 >政务公开 >本局文件', '某市卫生健康委关于印发2023年工作要点的通知'));
    expect(stripped.map((s) => [s.line, s.reason])).toEqual([
      [1, '面包屑导航'],
      [2, '面包屑导航'],
    ]);
  });

  it('takes the column name repeated under its breadcrumb', () => {
    const { stripped } = stripChrome(page('当前位置: 某某网主页 > 综合热点 >', '综合热点', '某县召开2023年卫生健康工作会议'));
    expect(stripped.map((s) => [s.line, s.reason])).toEqual([
      [1, '面包屑导航'],
      [2, '面包屑导航'],
    ]);
  });

  it('takes the column name written over its breadcrumb, and keeps a report title that only shares the word', () => {
    const { stripped } = stripChrome(page('工作计划', '当前位置:首页 > 工作计划', '卫健委十三五工作总结'));
    expect(stripped.map((s) => [s.line, s.reason])).toEqual([
      [1, '面包屑导航'],
      [2, '面包屑导航'],
    ]);
    const kept = stripChrome(page('2024年工作计划', '当前位置:首页 > 工作计划', '一、总体要求'));
    expect(kept.lines.map((l) => l.text)).toContain('2024年工作计划');
  });

  it('takes HTML left as text and a site menu written as a bullet list, with the bulleted breadcrumb', () => {
    const menu = ['领导讲话', '剖析整改', '党会党课', '文秘知识', '转正申请'].map((w) => `• ${w}`);
    const { lines: kept, stripped } = stripChrome(
      page('<legend id="h4sia"></legend><samp id="h4sia"></samp>', '1. <blockquote id="h4sia"><rt id="h4sia"></rt></blockquote>', ...menu, '• 当前位置: 达达文档网 > 体裁范文 > 工作总结 > 正文', '某市卫生健康委员会2019年工作总结', '• 一是全年完成投资5亿元'),
    );
    expect(stripped.map((s) => s.reason)).toEqual(['网页代码', '网页代码', ...menu.map(() => '网站栏目'), '面包屑导航']);
    expect(kept.map((l) => l.text)).toEqual(['某市卫生健康委员会2019年工作总结', '• 一是全年完成投资5亿元']);
  });

  it('takes the spam lines of a hijacked mirror, but no report sentence', () => {
    const { lines: kept, stripped } = stripChrome(
      page('澳门在线赌场', '泛目录+镜像 2026年全区卫生健康工作会议召开-新闻发布_ 澳门赌场网站', '全区亚洲开发银行贷款项目完成投资5亿元。'),
    );
    expect(stripped.map((s) => [s.line, s.reason])).toEqual([
      [1, '广告'],
      [2, '广告'],
    ]);
    expect(kept.map((l) => l.text)).toEqual(['全区亚洲开发银行贷款项目完成投资5亿元。']);
  });

  it('takes address and phone lines of a footer only next to the footer', () => {
    const { stripped } = stripChrome(
      page('地址:某县人民路1号', '全年完成投资5亿元。', '版权所有:某县卫生健康局 技术支持:某某公司', '地址:某县人民路1号 电话:0000-1234567', '某ICP备00000000号-1'),
    );
    expect(stripped.map((s) => [s.line, s.reason])).toEqual([
      [3, '网站信息'],
      [4, '网站信息'],
      [5, '网站信息'],
    ]);
  });

  it('takes a box of links at the end of the page, with the links under it', () => {
    const { lines: kept, stripped } = stripChrome(
      page('一、主要成效', '全年完成投资5亿元。', '某县卫生健康局', '相关推荐', '2023年乡镇卫生院工作总结', '卫生健康局年度工作计划范文', '版权所有 某某网'),
    );
    expect(stripped.map((s) => [s.line, s.reason])).toEqual([
      [4, '网站栏目'],
      [5, '网站栏目'],
      [6, '网站栏目'],
      [7, '网站信息'],
    ]);
    expect(kept.map((l) => l.text)).toEqual(['一、主要成效', '全年完成投资5亿元。', '某县卫生健康局']);
  });
});

describe('link boxes', () => {
  it('leaves an empty box to the 空栏目 rule and a label line under it to the metadata', () => {
    const { lines: kept, stripped } = stripChrome(lines('一、主要成效', '全年完成投资5亿元。', '相关文章:', '责任编辑:张三'));
    expect(stripped.map((s) => [s.line, s.reason])).toEqual([[3, '空栏目']]);
    expect(kept.map((l) => l.text)).toEqual(['一、主要成效', '全年完成投资5亿元。', '责任编辑:张三']);
  });

  it('keeps a numbered heading under a box word', () => {
    const input = lines('一、主要成效', '全年完成投资5亿元。', '相关推荐', '二、下一步工作');
    expect(stripChrome(input).stripped).toEqual([]);
  });
});

describe('lines of the report stay', () => {
  it.each([
    '门诊量>100万人次',
    '全县门诊量>100万人次,同比增长5.2%。',
    '65岁以上老年人健康管理率>70%',
    '转诊按县级医院»乡镇卫生院»村卫生室逐级落实',
    '建立县 > 乡 > 村三级转诊机制,全年上转患者1200人次',
    '引导群众把健康经验分享给家人,收藏健康手册的家庭明显增多',
    '分享基层经验',
    '开展经验分享会12场',
    '三、关于登录系统建设',
    '全县医疗机构统一登录系统上线运行',
    '(二)加强医疗广告监管',
    '广告监管',
    '开通微信公众号,发布健康科普文章300篇',
    'VIP病房改造',
    '扫码关注健康科普公众号',
    '注册护士总数达到3200人',
    '上一年度工作成效明显',
    '相关推荐意见已全部采纳',
    '加强知识产权和版权保护',
    '位置偏远的村卫生室实现远程会诊',
    '首页设置健康专栏,阅读量超过10万次。',
    '大 中 小',
    '1.加强基层医疗卫生机构建设',
    '地址:某县人民路1号',
    '综合热点',
    '首页 设计 方案',
  ])('%s', (text) => {
    const input = page('某县卫生健康局2023年工作总结', text, '一、主要成效', '全年完成投资5亿元。');
    const { lines: kept, stripped } = stripChrome(input);
    expect(stripped).toEqual([]);
    expect(kept).toEqual(input);
  });

  it('keeps body lines near the top even when they look like a short trail', () => {
    const input = page('门诊量>100万人次', '住院量>10万人次', '一、主要成效');
    expect(stripChrome(input).stripped).toEqual([]);
  });

  it('keeps the last lines of a report under a box word that is itself a sentence', () => {
    const input = page('一、主要成效', '全年完成投资5亿元。', '相关推荐意见已全部采纳', '某县卫生健康局', '2024年1月18日');
    expect(stripChrome(input).stripped).toEqual([]);
  });
});

describe('mirror-chrome.txt: a mirror page full of chrome around a short report', () => {
  const path = 'tests/fixtures/parser/mirror-chrome.txt';
  const bytes = bytesOf(path);
  const text = decode(bytes, path).text;
  const report = parseReport(bytes, { source: path });
  /** The chrome of the page, by line: read off the file, not from the parser. */
  const CHROME: [number, string][] = [
    [1, '网站信息'],
    [2, '页面功能'],
    [3, '登录提示'],
    [4, '面包屑导航'],
    [5, '广告'],
    [9, '页面功能'],
    [10, '页面功能'],
    [11, '页面功能'],
    [12, '页面功能'],
    [13, '页面功能'],
    [27, '登录提示'],
    [28, '登录提示'],
    [29, '页面功能'],
    [30, '页面导航'],
    [31, '页面导航'],
    [32, '页面功能'],
    [33, '网站栏目'],
    [34, '网站栏目'],
    [35, '网站栏目'],
    [36, '网站信息'],
    [37, '网站信息'],
    [38, '页面功能'],
    [39, '广告'],
  ];

  it('strips every chrome line with its reason, and the metadata line as metadata', () => {
    expect(report.stripped.map((s) => [s.line, s.reason])).toEqual(
      [...CHROME, [8, '元数据']].sort((a, b) => (a[0] as number) - (b[0] as number)),
    );
  });

  it('keeps every other line, every character of it in a block', () => {
    const squash = (t: string) => t.replace(/\s+/g, '');
    const chromeLines = new Set(CHROME.map(([line]) => line));
    const body = sourceLines(normalize(text)).filter((l) => !chromeLines.has(l.line) && l.line !== 8);
    const blockText = allBlocks(report)
      .map((b) => (b.type === 'title' ? b.text : b.type === 'heading' ? b.label + b.title : b.sentences.map((s) => s.text).join('')))
      .join('');
    expect(squash(blockText)).toBe(squash(body.map((l) => l.text).join('')));
    expect(extractMetadata(stripChrome(sourceLines(normalize(text))).lines).lines).toEqual(body);
  });

  it('reads title, place, years and parts as from the page without its chrome', () => {
    const chromeLines = new Set(CHROME.map(([line]) => line));
    const clean = text
      .split('\n')
      .map((l, i) => (chromeLines.has(i + 1) ? '' : l))
      .join('\n');
    const bare = parseReport(Buffer.from(clean), { source: path });
    expect(bare.stripped.map((s) => s.reason)).toEqual(['元数据']);
    expect(report.title).toBe('嘉善县卫生健康局2023年工作总结和2024年工作计划');
    expect([report.place.city, report.place.province]).toEqual(['嘉善', '浙江']);
    expect([report.reviewYear, report.planYear, report.kind]).toEqual([2023, 2024, 'summary+plan']);
    expect(report.meta).toEqual(bare.meta);
    const { stripped: _a, ...withChrome } = report;
    const { stripped: _b, ...without } = bare;
    expect(withChrome).toEqual(without);
  });
});
