/** The pipeline steps one by one, on hand-written input shaped like real pages but not copied from the seeds. */
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode } from '../../../src/lib/parser/decode.ts';
import { ReportError } from '../../../src/lib/model/errors.ts';
import { matchHeading } from '../../../src/lib/parser/headings.ts';
import { extractMetadata, parseDate } from '../../../src/lib/parser/metadata.ts';
import { normalize, sourceLines } from '../../../src/lib/parser/normalize.ts';
import { parseReport } from '../../../src/lib/parser/index.ts';
import { splitSentences } from '../../../src/lib/parser/sentences.ts';

const lines = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));

describe('normalize', () => {
  it('maps full-width ASCII, Unicode spaces and line breaks, and trims lines', () => {
    expect(normalize('\u3000\u3000（一）加强建设，达到１．５％：好！\r\n\u00a0第二行\u200b \r第三行')).toBe(
      '(一)加强建设,达到1.5%:好!\n第二行\n第三行',
    );
  });

  it('keeps the number of lines', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', '，', '\r\n', '\n', '\r', '\u3000', ' ', '字', '\u200b'), { maxLength: 60 }), (chars) => {
        const text = chars.join('');
        const breaks = text.replace(/\r\n/g, '\n').replace(/\r/g, '\n').split('\n').length;
        expect(normalize(text).split('\n').length).toBe(breaks);
      }),
    );
  });

  it('numbers non-empty lines from firstLine', () => {
    expect(sourceLines('a\n\nb', 10)).toEqual([
      { text: 'a', line: 10 },
      { text: 'b', line: 12 },
    ]);
  });
});

describe('decode', () => {
  const text = '某县卫生健康局2023年工作总结\n一、主要成效\n全年完成投资5亿元。';

  it.each([
    ['utf-8', Buffer.from(text)],
    ['gb18030', iconv.encode(text, 'gbk')],
    ['big5', iconv.encode('某縣衛生健康局2023年工作總結。全年完成投資5億元,新建醫院3家。', 'big5')],
    ['utf-16le', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
  ])('reads %s', (encoding, bytes) => {
    expect(decode(bytes, 'x.txt').encoding).toBe(encoding);
  });

  it('refuses UTF-16 whose bytes were shifted by an inserted byte instead of reading nonsense', () => {
    const body = Buffer.from(`${text.repeat(20)}`, 'utf16le');
    const shifted = (at: number, inserted: number[]) =>
      Buffer.concat([Buffer.from([0xff, 0xfe]), body.subarray(0, at), Buffer.from(inserted), body.subarray(at)]);
    // one byte in: the length is odd; and with the last byte lost too, even again but misread after it
    expect(() => decode(shifted(101, [0x41]), 'x.txt')).toThrow(ReportError);
    const misread = shifted(body.length - 600, [0x41]);
    expect(() => decode(misread.subarray(0, misread.length - 1), 'x.txt')).toThrow(/乱码/);
    expect(decode(Buffer.concat([Buffer.from([0xff, 0xfe]), body]), 'x.txt').text).toBe(text.repeat(20));
  });

  it('drops the UTF-8 BOM', () => {
    expect(decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'x.txt').text).toBe(text);
  });
});

describe('matchHeading', () => {
  it.each([
    ['一、加强党的建设', 1, '一、', '加强党的建设'],
    ['十二.其他工作', 1, '十二.', '其他工作'],
    ['(一)强化理论武装', 2, '(一)', '强化理论武装'],
    ['( 三 )强化理论武装', 2, '(三)', '强化理论武装'],
    ['1.完善管理体制', 3, '1.', '完善管理体制'],
    ['12、健全运行机制', 3, '12、', '健全运行机制'],
    ['(1)新增床位', 4, '(1)', '新增床位'],
    ['⑵新增床位', 4, '⑵', '新增床位'],
    ['③县中医院', 5, '③', '县中医院'],
  ])('%s → depth %i', (text, depth, label, title) => {
    expect(matchHeading(text)).toEqual({ depth, label, title, rest: '' });
  });

  it.each(['3.41人', '10.5万人次', '一是加强监测', '一、二级医院全部达标', '1、2、3号楼', '2020 - 2021 年度', '(一)', '1.', '一,二'])(
    '%s is not a heading',
    (text) => {
      expect(matchHeading(text)).toBeNull();
    },
  );

  it('ends a heading that opens a paragraph at its first 。', () => {
    expect(matchHeading('(一)守底线,提质效。传染病防治扎实有力。')).toMatchObject({ title: '守底线,提质效。', rest: '传染病防治扎实有力。' });
  });

  it('ends a bare heading phrase at the space before a sentence', () => {
    expect(matchHeading('一、2023年工作总结 2023年,市卫健局紧紧围绕主线。')).toMatchObject({
      title: '2023年工作总结',
      rest: '2023年,市卫健局紧紧围绕主线。',
    });
  });

  it('does not end a heading at spaces inside it', () => {
    expect(matchHeading('(一)获评2020 - 2021 年度先进集体。')).toMatchObject({ title: '获评2020 - 2021 年度先进集体。', rest: '' });
    expect(matchHeading('(二)为 65岁以上老人体检。')).toMatchObject({ title: '为 65岁以上老人体检。', rest: '' });
  });
});

describe('splitSentences', () => {
  it('cuts at 。!?; and keeps each delimiter with its sentence', () => {
    expect(splitSentences('一是加强监测。二是完善机制;三是强化保障!还有吗?没有')).toEqual([
      '一是加强监测。',
      '二是完善机制;',
      '三是强化保障!',
      '还有吗?',
      '没有',
    ]);
  });

  it('does not cut inside quotes or book titles, and keeps a closing quote with its sentence', () => {
    expect(splitSentences('提出“健康优先。人人参与。”的口号。出台《办法。》一部。他说:“做好工作。”然后离开。')).toEqual([
      '提出“健康优先。人人参与。”的口号。',
      '出台《办法。》一部。',
      '他说:“做好工作。”',
      '然后离开。',
    ]);
  });

  it('ignores an unmatched quote', () => {
    expect(splitSentences('他说“好。我们走。')).toEqual(['他说“好。', '我们走。']);
  });

  it('gives back the text exactly when joined', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('字', '。', ';', '!', '?', '“', '”', '(', ')', '《', '》', ' ', '1', '.'), { maxLength: 80 }), (chars) => {
        const text = chars.join('');
        const sentences = splitSentences(text);
        expect(sentences.join('')).toBe(text);
        expect(sentences.every((s) => s.length > 0)).toBe(true);
      }),
    );
  });
});

describe('extractMetadata', () => {
  it('ends a value at the next label (发布人, 点击量) and takes no copy site for a publisher', () => {
    const own = extractMetadata(lines('发布单位:卫健委 发布人:刘晓翠 发布时间:2023-08-16 点击量:3', '一、主要成效', '全年完成投资5亿元。'));
    expect([own.meta.publisher, own.meta.publishedAt, own.meta.extra['发布人']]).toEqual(['卫健委', '2023-08-16', '刘晓翠']);
    const copy = extractMetadata(lines('时间:2021-11-08 23:14:22 来源:达达文档网 本文已影响', '一、主要成效', '全年完成投资5亿元。'));
    expect(copy.meta.publisher).toBeNull();
  });

  it('reads labels written as a bulleted list with spaced characters (• 索 引 号:…)', () => {
    const { meta, lines: body, stripped } = extractMetadata(
      lines('• 索 引 号:XM02123-0101-2023-00001', '• 备注/文号:厦湖卫健〔2023〕1号', '• 发 布 机 构:湖里区卫生健康局', '湖里区卫生健康局2022年工作总结', '2022年,全局完成各项任务。'),
    );
    expect(meta.indexNumber).toBe('XM02123-0101-2023-00001');
    expect(meta.docNumber).toBe('厦湖卫健〔2023〕1号');
    expect(meta.publisher).toBe('湖里区卫生健康局');
    expect(stripped.map((s) => s.line)).toEqual([1, 2, 3]);
    expect(body.map((l) => l.line)).toEqual([4, 5]);
  });

  it('reads several label:value pairs on one line, and a footer line', () => {
    const { meta, lines: body, stripped } = extractMetadata(
      lines('发布日期:2023年1月5日 来源:某某县卫生健康局 作者:张三', '一、主要成效', '全年完成投资5亿元。', '责任编辑:李四'),
    );
    expect(meta).toEqual({
      indexNumber: null,
      docNumber: null,
      publisher: '某某县卫生健康局',
      publishedAt: '2023-01-05',
      name: null,
      url: null,
      extra: { 作者: '张三', 责任编辑: '李四' },
    });
    expect(body.map((l) => l.line)).toEqual([2, 3]);
    expect(stripped.map((s) => [s.line, s.reason])).toEqual([
      [1, '元数据'],
      [4, '元数据'],
    ]);
  });

  it('prefers the page publication date and skips website names as publisher', () => {
    const { meta } = extractMetadata(
      lines('来源:本站', '成文日期:2023-12-28', '发布时间:2024/1/3 10:00', '发布机构:某某市卫生健康委员会', '一、主要成效'),
    );
    expect(meta.publisher).toBe('某某市卫生健康委员会');
    expect(meta.publishedAt).toBe('2024-01-03');
  });

  it('leaves label-like lines inside the body alone', () => {
    const { lines: body } = extractMetadata(lines('一、主要成效', '全年完成投资5亿元。', '时间:全年', '二、下一步工作', '继续推进改革。'));
    expect(body).toHaveLength(5);
  });

  it('does not take an agency name as publisher unless other header cells stand beside it', () => {
    const { meta, lines: body } = extractMetadata(lines('某某市卫生健康委员会', '一、主要成效', '全年完成投资5亿元。'));
    expect(meta.publisher).toBeNull();
    expect(body).toHaveLength(3);
  });
});

describe('the original page’s address', () => {
  const body = ['某某县卫生健康局2023年工作总结', '一、主要成效', '全年完成投资5亿元。', '二、下一步工作', '继续推进改革。'];
  const parsed = (...extra: string[]) => parseReport(new TextEncoder().encode([...body, ...extra].join('\n')), { source: 'x.txt' });

  it('reads an http(s) address the text names after a label, in the header or the footer', () => {
    const url = 'https://www.example.gov.cn/art/2024/1/5/art_1229_123.html?id=7';
    expect(parsed(`原文链接：${url}`).meta.url).toBe(url);
    expect(extractMetadata(lines(`网址:${url}`, '一、主要成效', '全年完成投资5亿元。')).meta.url).toBe(url);
    const { meta, stripped } = extractMetadata(lines('一、主要成效', '全年完成投资5亿元。', `来源:${url}`));
    expect(meta).toMatchObject({ url, publisher: null });
    expect(stripped.map((s) => s.text)).toEqual([`来源:${url}`]);
  });

  it('leaves a 来源 that is not an address as the publisher, and other values as text', () => {
    const report = parsed('来源：某某县卫生健康局');
    expect(report.meta).toMatchObject({ url: null, publisher: '某某县卫生健康局' });
    for (const value of ['javascript:alert(1)//', 'ftp://example.gov.cn/a.txt', '县政府网站', 'www.example.gov.cn']) {
      const { meta } = extractMetadata(lines(`原文链接:${value}`, '一、主要成效', '全年完成投资5亿元。'));
      expect(meta.url, value).toBeNull();
      expect(meta.extra['原文链接'], value).toBe(value);
    }
  });

  it('is null when the text names none', () => {
    expect(parsed().meta.url).toBeNull();
  });
});

describe('parseDate', () => {
  it.each([
    ['2024年03月06日', '2024-03-06'],
    ['2021-03-24 14:29', '2021-03-24'],
    ['2021/3/4', '2021-03-04'],
    ['2023.12.01', '2023-12-01'],
    ['2023-02-30', null],
    ['3月6日', null],
  ])('%s → %s', (text, date) => {
    expect(parseDate(text)).toBe(date);
  });
});

describe('parts and years', () => {
  const parse = (text: string) => parseReport(Buffer.from(text), { source: 'x.txt' });

  it('takes `二、2024年工作` after a 2023 review as the 2024 plan', () => {
    const r = parse('一、2023年工作总结\n2023年,全县完成各项任务。\n二、2024年工作\n继续推进医共体建设。');
    expect(r.parts.map((p) => [p.kind, p.year])).toEqual([
      ['summary', 2023],
      ['plan', 2024],
    ]);
  });

  it('gives untitled-year parts the years the report title states for their kinds', () => {
    const r = parse('某县2023年工作总结及2024年工作计划\n一、工作总结\n全年完成了各项任务。\n二、工作计划\n将继续推进改革。');
    expect([r.reviewYear, r.planYear, r.kind]).toEqual([2023, 2024, 'summary+plan']);
    expect(r.basis.planYear).toContain('报告标题');
  });

  it('reads a year opening the part, never one in the middle of the body or the publication date', () => {
    const r = parse('发布日期:2023-02-10\n一、工作回顾\n2022年,我县卫生健康工作取得了新成效。\n二、下一步工作打算\n继续推进改革,力争比2019年增长10%。');
    expect([r.reviewYear, r.planYear]).toEqual([2022, null]);
    expect(r.basis.reviewYear).toContain('首句');
    expect(r.basis.planYear).toBe('文中未注明');
  });

  it('does not start a challenges part at a heading that merely mentions 问题', () => {
    const r = parse('某县2020年工作总结\n一、围绕问题,重点突破\n全年完成了改革任务。\n二、存在的问题和不足\n人才不足。');
    expect(r.parts.map((p) => p.kind)).toEqual(['summary', 'challenges']);
  });

  it('keeps one review when a short line under it names the same kind again', () => {
    const r = parse('一、2023年工作总结\n主要成效\n全年完成投资5亿元。\n二、2024年工作计划\n继续推进改革。');
    expect(r.parts.map((p) => [p.kind, p.year])).toEqual([
      ['summary', 2023],
      ['plan', 2024],
    ]);
  });
});

describe('a title naming review and plan over a body that never divides them', () => {
  it('is one undivided part; the years are the title\'s and the part has no kind of its own', () => {
    const r = parseReport(Buffer.from('某县卫健局2023年工作总结和2024年工作打算\n一、医疗服务\n全年新增床位100张。明年将新增床位200张。'), { source: 'x.txt' });
    expect([r.kind, r.reviewYear, r.planYear]).toEqual(['summary+plan', 2023, 2024]);
    expect(r.parts.map((p) => [p.kind, p.year])).toEqual([['other', null]]);
    expect(r.basis.kind).toContain('正文未分开');
  });
});

describe('report title and header', () => {
  const parse = (text: string) => parseReport(Buffer.from(text), { source: 'x.txt' });

  it('prefers a title line naming the report over a site-name line above it', () => {
    const r = parse('某某县人民政府门户网站\n某某县卫生健康局关于2023年卫生健康工作总结及2024年工作思路的报告\n发布时间:2024-01-15\n一、工作总结\n全年完成投资5亿元。\n二、工作思路\n继续推进改革。');
    expect(r.title).toBe('某某县卫生健康局关于2023年卫生健康工作总结及2024年工作思路的报告');
    expect(r.meta.publishedAt).toBe('2024-01-15');
    expect(r.stripped.map((s) => s.text)).toEqual(['发布时间:2024-01-15']);
    expect([r.reviewYear, r.planYear]).toEqual([2023, 2024]);
  });
});

describe('page header variants', () => {
  it('reads bracketed metadata and a scan-code widget', () => {
    const r = parseReport(
      Buffer.from('某县卫生健康局2023年工作总结\n【发布时间:2024-01-15】【来源:某县卫生健康局】\n扫一扫在手机打开当前页\n一、主要成效\n全年完成投资5亿元。'),
      { source: 'x.txt' },
    );
    expect(r.meta.publishedAt).toBe('2024-01-15');
    expect(r.meta.publisher).toBe('某县卫生健康局');
    expect(r.stripped.map((s) => [s.line, s.reason])).toEqual([
      [2, '元数据'],
      [3, '页面功能'],
    ]);
  });

  it('reads a counter on the same line as the metadata', () => {
    const r = parseReport(Buffer.from('来源:某县卫生健康局 发布时间:2024-01-15 浏览次数:321\n一、主要成效\n全年完成投资5亿元。'), { source: 'x.txt' });
    expect([r.meta.publisher, r.meta.publishedAt]).toEqual(['某县卫生健康局', '2024-01-15']);
  });
});
