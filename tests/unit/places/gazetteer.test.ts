import { describe, expect, it } from 'vitest';
import {
  allDivisions,
  divisionByCode,
  divisionsByFullName,
  divisionsByShortName,
  scanNames,
  shortNameOf,
} from '../../../src/lib/places/gazetteer.ts';

describe('gazetteer', () => {
  it('short names', () => {
    expect(shortNameOf('乐清市')).toBe('乐清');
    expect(shortNameOf('恩施土家族苗族自治州')).toBe('恩施');
    expect(shortNameOf('博尔塔拉蒙古自治州')).toBe('博尔塔拉');
    expect(shortNameOf('围场满族蒙古族自治县')).toBe('围场县');
    expect(shortNameOf('龙胜各族自治县')).toBe('龙胜县');
    expect(shortNameOf('鄂温克族自治旗')).toBe('鄂温克旗');
    expect(shortNameOf('新疆维吾尔自治区')).toBe('新疆');
    expect(shortNameOf('沙市区')).toBe('沙市');
    expect(shortNameOf('神农架林区')).toBe('神农架林区');
    expect(shortNameOf('赵县')).toBe('赵县');
  });

  it('keeps a suffix that is part of the name: banners, leagues, 林区, 新区, 特区 (never a fragment)', () => {
    for (const name of ['科尔沁右翼前旗', '镶黄旗', '兴安盟', '浦东新区', '六枝特区']) expect(shortNameOf(name)).toBe(name);
    // Every banner and league of the gazetteer ends in its suffix, whatever it is called by.
    const banners = allDivisions().filter((d) => /[旗盟]$/.test(d.name));
    expect(banners.length).toBeGreaterThan(50);
    for (const d of banners) expect(d.shortName.slice(-1)).toBe(d.name.slice(-1));
    // An autonomous county's usual name is found by its written form, once.
    expect(divisionsByFullName('长阳县').map((d) => d.code)).toEqual(['420528']);
    expect(divisionsByFullName('长阳县县')).toEqual([]);
  });

  it('finds banners by the contractions people write (科右中旗, 乌前旗), none that two banners share', () => {
    expect(divisionsByFullName('科右中旗').map((d) => d.name)).toEqual(['科尔沁右翼中旗']);
    expect(divisionsByFullName('科左后旗').map((d) => d.name)).toEqual(['科尔沁左翼后旗']);
    expect(divisionsByFullName('察右前旗').map((d) => d.name)).toEqual(['察哈尔右翼前旗']);
    expect(divisionsByFullName('乌前旗').map((d) => d.name)).toEqual(['乌拉特前旗']);
    expect(scanNames('成立科右中旗卫生局').map((m) => m.name)).toEqual(['科右中旗']);
  });

  it('a short name that would be another place’s keeps its suffix', () => {
    expect(divisionByCode('430121')?.shortName).toBe('长沙县');
    expect(divisionByCode('220200')?.shortName).toBe('吉林市');
    expect(divisionByCode('632324')?.shortName).toBe('河南县');
    expect(divisionByCode('632500')?.shortName).toBe('海南州');
    expect(divisionByCode('654002')?.shortName).toBe('伊宁市');
  });

  it('pseudo-prefectures are not places; municipal districts belong to the municipality', () => {
    expect(divisionByCode('429000')).toBeUndefined();
    expect(divisionByCode('110100')).toBeUndefined();
    expect(divisionByCode('429006')?.prefectureCode).toBeNull();
    expect(divisionByCode('110105')?.prefectureCode).toBe('110000');
    expect(divisionByCode('500229')?.prefectureCode).toBe('500000');
  });

  it('cities without districts appear once, as prefectures', () => {
    expect(divisionsByFullName('东莞市').map((d) => d.code)).toEqual(['441900']);
    expect(divisionsByFullName('嘉峪关市').map((d) => d.code)).toEqual(['620200']);
  });

  it('collisions are kept, not guessed', () => {
    expect(divisionsByFullName('朝阳区').map((d) => d.code).sort()).toEqual(['110105', '220104']);
    expect(divisionsByShortName('长沙').map((d) => d.code)).toEqual(['430100']);
  });

  it('scanNames reads leftmost-longest and skips given words', () => {
    expect(scanNames('云南县级医院').map((m) => m.name)).toEqual(['云南']);
    expect(scanNames('河南县域医共体').map((m) => m.name)).toEqual(['河南']);
    expect(scanNames('河南县卫生健康局').map((m) => m.name)).toEqual(['河南县']);
    expect(scanNames('推进健康乐清建设', ['健康']).map((m) => m.name)).toEqual(['乐清']);
    // Two-character names are short forms: 范县 in 示范县 is no evidence on its own.
    expect(scanNames('示范县创建').map((m) => [m.name, m.form])).toEqual([['范县', 'short']]);
    expect(scanNames('平安医院', ['平安'])).toEqual([]);
    expect(scanNames('平安区医院', ['平安']).map((m) => m.name)).toEqual(['平安区']);
  });
});
