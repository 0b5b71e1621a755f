/** Mirror artefacts: pinyin glosses removed and Traditional conversions turned back, each named. */
import { describe, expect, it } from 'vitest';
import { undoMirror } from '../../../src/lib/parser/mirror.ts';
import { parseLines } from './helpers.ts';

const lines = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));

describe('undoMirror', () => {
  it('removes pinyin glosses after characters and names them per line', () => {
    // Too few Traditional characters to call the text a converted copy: only the glosses go.
    const r = undoMirror(lines('2023年全州衛(wèi)生健康工作會議召開', '回顧總結(jié)2022年工作'));
    expect(r.lines.map((l) => l.text)).toEqual(['2023年全州衛生健康工作會議召開', '回顧總結2022年工作']);
    expect(r.stripped.filter((s) => s.reason.includes('注音')).map((s) => [s.line, s.text])).toEqual([[1, '(wèi)'], [2, '(jié)']]);
  });

  it('turns a text mostly in Traditional back into Simplified, same length, and lists the pairs', () => {
    const source = '青島市衛生健康委員會2021年上半年工作總結。全市新增醫療機構43個,床位2700張。';
    const r = undoMirror(lines(source));
    expect(r.lines[0].text).toBe('青岛市卫生健康委员会2021年上半年工作总结。全市新增医疗机构43个,床位2700张。');
    expect(r.lines[0].text.length).toBe(source.length);
    const note = r.stripped.find((s) => s.reason.includes('繁体'));
    expect(note?.text).toContain('島→岛');
  });

  it('leaves a Simplified text with a few characters that have Traditional forms as written', () => {
    const source = '全市著名专家下沉基层,乾隆年间的古建筑改作社区卫生服务站,完成诊疗人次120万,签约率达到45%。';
    const r = undoMirror(lines(source));
    expect(r.lines[0].text).toBe(source);
    expect(r.stripped).toEqual([]);
  });

  it('leaves brackets that are not glosses: Latin words without tone marks, English, numbers', () => {
    const source = '设立发热门诊(fever clinic)和核酸检测点(12个)。';
    expect(undoMirror(lines(source)).lines[0].text).toBe(source);
  });

  it('lets the parser read a Traditional mirror: place, kind and figures', () => {
    const r = parseLines('青島市衛(wèi)生健康委員會2021年上半年工作總結(jié)', '2021年上半年,青島市衛生健康委員會認真貫徹落實全省統一部署要求,全市新增床位2700張。');
    expect([r.place.fullName, r.place.divisionCode, r.kind, r.reviewYear]).toEqual(['青岛市', '370200', 'summary', 2021]);
    const figures = r.parts.flatMap((p) => p.blocks.flatMap((b) => (b.type === 'paragraph' ? b.sentences.flatMap((s) => s.figures) : [])));
    expect(figures.map((f) => [f.raw, f.value, f.unit])).toEqual([['2700张', 2700, '张']]);
    expect(r.stripped.map((s) => s.reason)).toEqual(expect.arrayContaining(['镜像网站插入的拼音注音']));
  });
});
