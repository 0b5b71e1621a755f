import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../src/lib/search/query.ts';
import { fold } from '../../../src/lib/search/text.ts';

describe('parseQuery', () => {
  it('folds the query and splits it at any kind of space, once per term', () => {
    expect(parseQuery(' 醫療\u3000乐清  医疗 ')).toEqual({ terms: ['医疗', '乐清'], excluded: [] });
    expect(parseQuery('　 ')).toEqual({ terms: [], excluded: [] });
  });

  it('keeps a quoted phrase whole, its spaces folded as the text folds them', () => {
    const phrase = { terms: ['医疗 卫生'], excluded: [] };
    expect(parseQuery('"医疗 卫生"')).toEqual(phrase);
    expect(parseQuery('“医疗　 卫生”')).toEqual(phrase);
    expect(parseQuery('＂醫療 衛生＂')).toEqual(phrase);
    // Quotes typed in either order or mixed, spaces at a phrase's edges dropped.
    expect(parseQuery('”医疗 卫生“')).toEqual(phrase);
    expect(parseQuery('“ 医疗 卫生 "')).toEqual(phrase);
    expect(parseQuery('乐清 "医疗 卫生" 托育')).toEqual({ terms: ['乐清', '医疗 卫生', '托育'], excluded: [] });
  });

  it('runs a phrase not closed to the end, and ends a term at a quote', () => {
    expect(parseQuery('乐清 "医疗 卫')).toEqual({ terms: ['乐清', '医疗 卫'], excluded: [] });
    expect(parseQuery('实施“健康乐清”行动')).toEqual({ terms: ['实施', '健康乐清', '行动'], excluded: [] });
    expect(parseQuery('""  “”')).toEqual({ terms: [], excluded: [] });
  });

  it('excludes a term or phrase right after a minus sign at the start of a term', () => {
    expect(parseQuery('医疗 -托育 -"家庭 医生" －乐清')).toEqual({ terms: ['医疗'], excluded: ['托育', '家庭 医生', '乐清'] });
    expect(parseQuery('-托育')).toEqual({ terms: [], excluded: ['托育'] });
    // Elsewhere, or alone, a minus sign is searched as written.
    expect(parseQuery('2021-2025年 - "-1 %"')).toEqual({ terms: ['2021-2025年', '-', '-1 %'], excluded: [] });
    expect(parseQuery('医疗 -')).toEqual({ terms: ['医疗', '-'], excluded: [] });
  });

  it('gives, for a query without quotes or minus signs, its folded space-separated words', () => {
    const char = fc.constantFrom('医', '療', '9', '％', ' ', '\u3000', 'A', '托');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 12 }).map((a) => a.join('')), (q) => {
        expect(parseQuery(q)).toEqual({ terms: [...new Set(fold(q).split(' ').filter(Boolean))], excluded: [] });
      }),
    );
  });

  it('never gives an empty term, a term with a quote, or one with spaces at its edges', () => {
    const char = fc.constantFrom('医', '疗', ' ', '"', '“', '”', '-', '－', '＂');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 16 }).map((a) => a.join('')), (q) => {
        const { terms, excluded } = parseQuery(q);
        for (const t of [...terms, ...excluded]) {
          expect(t).not.toBe('');
          expect(t).not.toMatch(/["“”]|^ | $/);
          expect(fold(t)).toBe(t);
        }
      }),
    );
  });
});
