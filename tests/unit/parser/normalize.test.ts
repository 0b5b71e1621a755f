/**
 * The one width folding (`foldWidth`) and zero-width class (`ZERO_WIDTH`) of normalize.ts, and
 * that every user folds with them: `normalize`, figures, indicator names, topic keywords, search.
 * (The line handling of `normalize` is tested in modules.test.ts.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type IndicatorDef, mapIndicator } from '../../../src/lib/editorial/indicators.ts';
import { assignTopics, type TopicDef } from '../../../src/lib/editorial/topics.ts';
import { extractFigures } from '../../../src/lib/figures/index.ts';
import type { Figure, FigureContext } from '../../../src/lib/model/figure.ts';
import { normalize } from '../../../src/lib/parser/normalize.ts';
import { ZERO_WIDTH, foldWidth } from '../../../src/lib/width.ts';
import { fold } from '../../../src/lib/search/text.ts';

/** Every printable ASCII character but the space: what U+FF01–FF5E are the full-width forms of. */
const ASCII = Array.from({ length: 0x7e - 0x21 + 1 }, (_, i) => String.fromCharCode(0x21 + i));
const toFullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000');
/** Every UTF-16 code unit, lone surrogates included. */
const UNITS = Array.from({ length: 0x10000 }, (_, u) => String.fromCharCode(u));
const LINE_BREAKS = /[\n\r\u2028\u2029]/;

describe('foldWidth', () => {
  it('folds every full-width ASCII character to its half-width one', () => {
    for (const c of ASCII) expect(foldWidth(String.fromCharCode(c.charCodeAt(0) + 0xfee0))).toBe(c);
    expect(foldWidth('床位１０．６５万张，增长９％（同比）')).toBe('床位10.65万张,增长9%(同比)');
  });

  it('makes every space a plain space, leaves line breaks and zero-width characters, changes nothing else', () => {
    for (const u of UNITS) {
      const code = u.charCodeAt(0);
      const expected =
        code >= 0xff01 && code <= 0xff5e
          ? String.fromCharCode(code - 0xfee0)
          : /\s/.test(u) && !LINE_BREAKS.test(u) && !ZERO_WIDTH.test(u)
            ? ' '
            : u;
      if (foldWidth(u) !== expected) expect(`U+${code.toString(16)} → ${foldWidth(u)}`).toBe(`U+${code.toString(16)} → ${expected}`);
    }
  });

  it('folds one UTF-16 unit for one, so offsets stay, and folds folded text to itself', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('字', '1', '１', '，', ',', '\u3000', '\u00a0', '\t', '\n', '\u200b', 'Ａ', '😀') }), (text) => {
        const folded = foldWidth(text);
        expect(folded.length).toBe(text.length);
        expect(foldWidth(folded)).toBe(folded);
      }),
    );
  });
});

describe('ZERO_WIDTH', () => {
  it('is the soft hyphen, zero-width space/joiners, word joiner and BOM, and nothing else', () => {
    const zeroWidth = UNITS.filter((u) => ZERO_WIDTH.test(u)).map((u) => u.charCodeAt(0));
    expect(zeroWidth).toEqual([0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);
  });

  it('is what normalize and search drop', () => {
    for (const u of UNITS.filter((c) => ZERO_WIDTH.test(c))) {
      expect(normalize(`检测${u}能力`)).toBe('检测能力');
      expect(fold(`检测${u}能力`)).toBe('检测能力');
    }
  });
});

describe('every user folds the same way', () => {
  it('normalize: its text is width-folded and has no zero-width character', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('字', '１', '，', '\u3000', '\u2003', '\t', '\r\n', '\u200b', '\ufeff', 'Ａ', 'a') }), (text) => {
        const normalized = normalize(text);
        expect(foldWidth(normalized)).toBe(normalized);
        expect(ZERO_WIDTH.test(normalized)).toBe(false);
        expect(normalize(toFullWidth(normalized))).toBe(normalized);
      }),
    );
  });

  it('figures: text that folds alike states the same figures, offsets into the text as written', () => {
    const ctx: FigureContext = { sentenceId: 's-1', partYear: 2023, partKind: 'summary' };
    const sentences = [
      '全市共有医疗卫生机构5814个,床位达10.65万张(含民营),千人医师数3.41人。',
      '2023年县域就诊率和基层就诊率分别为90.45%、79.18%,同比提高1.2个百分点。',
      '力争到2025年,高血压、糖尿病规范管理率均达到70%以上,平均急救反应时间缩短至12分30秒。',
      '新增托育机构16家、托位684个;PM2.5年均浓度下降8.3%。',
    ];
    const comparable = ({ raw, ...rest }: Figure) => ({ ...rest, raw: foldWidth(raw) });
    for (const sentence of sentences) {
      const wide = toFullWidth(sentence);
      const figures = extractFigures(wide, ctx);
      expect(figures.length).toBeGreaterThan(0);
      expect(figures.map(comparable)).toEqual(extractFigures(sentence, ctx).map(comparable));
      for (const f of figures) expect(wide.slice(f.start, f.end)).toBe(f.raw);
    }
  });

  it('indicators: a name and a synonym that fold alike match, whichever is full-width', () => {
    const def = (name: string): IndicatorDef => ({ id: 'pm25', name, synonyms: [], unit: '%', higherIsBetter: true, measure: 'rate' });
    const figure = (name: string): Figure => ({
      id: 's-1-f1', name, subject: null, raw: '90%', value: 90, unit: '%', qualifier: null, year: 2023, kind: 'actual', start: 0, end: 3,
    });
    for (const half of ['PM2.5达标率', '执业(助理)医师 考核率']) {
      const wide = toFullWidth(half);
      expect(mapIndicator(figure(half), [def(half)])).toBe('pm25');
      expect(mapIndicator(figure(wide), [def(half)])).toBe('pm25');
      expect(mapIndicator(figure(half), [def(wide)])).toBe('pm25');
    }
  });

  it('topics: keywords and text that fold alike score alike', () => {
    const topic = (keywords: string[]): TopicDef => ({ id: 'air', name: '空气', keywords, description: '空气质量。' });
    const section = { heading: '(三)PM2.5治理', text: 'PM2.5浓度下降,PM2.5达标天数增加,PM2.5监测覆盖全域。' };
    const wide = { heading: toFullWidth(section.heading), text: toFullWidth(section.text) };
    const expected = assignTopics(section, [topic(['PM2.5'])]);
    expect(expected.length).toBe(1);
    expect(assignTopics(wide, [topic(['PM2.5'])])).toEqual(expected);
    expect(assignTopics(section, [topic([toFullWidth('PM2.5')])])).toEqual(expected);
  });

  it('search: folds whatever foldWidth folds to the same text as its width-folded form', () => {
    for (const u of UNITS) {
      if (fold(u) !== fold(foldWidth(u))) expect(`U+${u.charCodeAt(0).toString(16)} → ${fold(u)}`).toBe(`→ ${fold(foldWidth(u))}`);
    }
    for (const c of ASCII) expect(fold(String.fromCharCode(c.charCodeAt(0) + 0xfee0))).toBe(fold(c));
  });
});
