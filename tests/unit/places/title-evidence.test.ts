import { describe, expect, it } from 'vitest';
import { authorityFinding, namedPlaceFinding, openingAuthority } from '../../../src/lib/places/title-evidence.ts';

const codes = (f: { candidates: { code: string }[] } | null) => f?.candidates.map((d) => d.code).sort() ?? null;

describe('authorityFinding', () => {
  it('the names chained before the authority word: the outer one narrows the inner (南昌 has a 西湖区 too)', () => {
    const f = authorityFinding('杭州市西湖区卫生健康局2023年工作总结', '标题');
    expect(codes(f)).toEqual(['330106']);
    expect(f?.basis).toBe('标题“杭州市西湖区卫生健康局…”');
    expect(codes(authorityFinding('西湖区卫生健康局', '发布机构'))).toEqual(['330106', '360103']);
  });

  it('an ambiguous name keeps every candidate and the basis quotes the name', () => {
    const f = authorityFinding('朝阳区卫生健康委员会2023年工作总结', '标题');
    expect(codes(f)).toEqual(['110105', '220104']);
    expect(f?.basis).toBe('标题“朝阳区卫生健康委员会…”中的“朝阳区”');
  });

  it('a short name before the authority word: 长沙卫健委 is 长沙市, not 长沙县', () => {
    expect(codes(authorityFinding('长沙卫健委2023年工作总结', '标题'))).toEqual(['430100']);
    expect(codes(authorityFinding('长沙县卫生健康局2023年工作总结', '标题'))).toEqual(['430121']);
  });

  it('the whole text is quoted when it ends with the authority word', () => {
    expect(authorityFinding('天门市卫生健康委员会', '发布机构')?.basis).toBe('发布机构“天门市卫生健康委员会”');
  });

  it('an authority word with no place before it, or no authority word, gives nothing', () => {
    expect(authorityFinding('市卫生健康局', '发布机构')).toBeNull();
    expect(authorityFinding('义乌市人民政府', '发布机构')).toBeNull();
    expect(authorityFinding('', '标题')).toBeNull();
  });
});

describe('openingAuthority', () => {
  it('the authority a title opens with, as written, its place names included', () => {
    expect(openingAuthority('乐清市卫生健康局2023年工作总结和2024年工作重点')).toBe('乐清市卫生健康局');
    expect(openingAuthority('杭州市西湖区卫生健康局2023年工作总结')).toBe('杭州市西湖区卫生健康局');
    expect(openingAuthority('长沙卫健委 2023年工作总结')).toBe('长沙卫健委');
  });

  it('no authority at the start of a known place: nothing (a title naming one later does not say who published it)', () => {
    expect(openingAuthority('关于转发温州市卫生健康委员会2024年工作要点的通知')).toBeNull();
    expect(openingAuthority('2020年卫生健康工作总结')).toBeNull();
    expect(openingAuthority('市卫生健康局2023年工作总结')).toBeNull();
    expect(openingAuthority('义乌市人民政府2023年工作报告')).toBeNull();
    expect(openingAuthority('')).toBeNull();
  });
});

describe('namedPlaceFinding', () => {
  it('a publisher naming the place without the authority word', () => {
    const f = namedPlaceFinding('义乌市人民政府', '发布机构');
    expect(codes(f)).toEqual(['330782']);
    expect(f?.basis).toBe('发布机构“义乌市人民政府”');
  });

  it('a title naming the place without the authority word', () => {
    const f = namedPlaceFinding('义乌市2020年卫生健康工作总结', '标题');
    expect(codes(f)).toEqual(['330782']);
    expect(f?.basis).toBe('标题“义乌市2020年卫生健康工作总结”');
  });

  it('the most specific full name wins, its ancestors narrow it, and a long text is cut in the basis', () => {
    const f = namedPlaceFinding('浙江省乐清市2020年卫生健康工作总结，一二三四五六七八九十', '标题');
    expect(codes(f)).toEqual(['330382']);
    expect(f?.basis).toBe('标题“浙江省乐清市2020年卫生健康工作总结，一二三四…”');
  });

  it('full names not on one line of descent give nothing', () => {
    expect(namedPlaceFinding('江苏省乐清市工作总结', '标题')).toBeNull();
  });

  it('words that only look like a place: 合作市场 is no 合作市', () => {
    expect(namedPlaceFinding('深化医疗合作市场化改革工作要点', '标题')).toBeNull();
    expect(authorityFinding('深化医疗合作市场化改革工作要点', '标题')).toBeNull();
  });
});
