/** Word boundaries for topic keywords: a keyword is a mention only where it does not cut a word in two. */
import { describe, expect, it } from 'vitest';
import { straddlesWords, wordSpans } from '../../../src/lib/editorial/words.ts';

const at = (text: string, keyword: string) => {
  const start = text.indexOf(keyword);
  return straddlesWords(wordSpans(text), start, start + keyword.length);
};

describe('wordSpans', () => {
  it('covers the text with consecutive words', () => {
    const text = '浙中医疗卫生服务中心建设,2023年完成5家。';
    const spans = wordSpans(text);
    expect(spans[0][0]).toBe(0);
    expect(spans.at(-1)![1]).toBe(text.length);
    for (let i = 1; i < spans.length; i++) expect(spans[i][0]).toBe(spans[i - 1][1]);
  });
});

describe('straddlesWords', () => {
  it('refuses a keyword made of the end of one word and the start of the next', () => {
    expect(at('浙中医疗卫生服务', '中医')).toBe(true);
    expect(at('推进集中药品采购', '中药')).toBe(true);
    expect(at('全国医疗卫生机构', '国医')).toBe(true);
  });

  it('accepts a keyword that is a word, inside a longer word, several whole words, or cut at one end only', () => {
    expect(at('实施基层卫生院迁改扩建', '基层卫生')).toBe(false);
    expect(at('提升公共卫生应急响应', '卫生应急')).toBe(false);
    expect(at('名中医工作室', '中医')).toBe(false);
    expect(at('提升中医药服务能力', '中医')).toBe(false);
    expect(at('市中医院建设', '中医院')).toBe(false);
    expect(at('加强基层党组织建设', '基层党组织')).toBe(false);
  });

  it('judges spans directly: a cut at both ends reads across words; one end, or containment, does not', () => {
    const spans: [number, number][] = [[0, 2], [2, 4], [4, 7]];
    expect(straddlesWords(spans, 1, 3)).toBe(true);
    expect(straddlesWords(spans, 1, 5)).toBe(true);
    expect(straddlesWords(spans, 2, 5)).toBe(false);
    expect(straddlesWords(spans, 1, 4)).toBe(false);
    expect(straddlesWords(spans, 2, 4)).toBe(false);
    expect(straddlesWords(spans, 0, 7)).toBe(false);
    expect(straddlesWords(spans, 5, 6)).toBe(false);
  });
});
