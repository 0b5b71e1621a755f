import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cityProfileSchema, defaultCityProfile, readCityFolder } from '../../../src/lib/editorial/cities.ts';
import { ReportError } from '../../../src/lib/model/errors.ts';

const dir = new URL('../../../content/cities/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
const read = (file: string) => {
  const text = readFileSync(new URL(file, dir), 'utf8');
  const [, yaml, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
  return { data: parse(yaml) as Record<string, unknown>, body };
};
const issues = (data: unknown) => cityProfileSchema.safeParse(data).error?.issues ?? [];

describe('content/cities profiles', () => {
  it('the five seed cities have profiles', () => {
    expect(files).toEqual(['guangzhou.md', 'haian.md', 'tianmen.md', 'yiwu-jinhua.md', 'yueqing.md']);
  });

  it.each(files)('%s validates, is named by its slug, agrees with the gazetteer and has no population', (file) => {
    const { data, body } = read(file);
    const profile = cityProfileSchema.parse(data);
    expect(`${profile.slug}.md`).toBe(file);
    expect(profile).toEqual(defaultCityProfile(profile.divisionCode));
    expect(profile.population).toBeUndefined();
    expect(body).toMatch(/\p{Script=Han}/u);
    expect(body).toContain(profile.fullName);
  });
});

describe('defaultCityProfile', () => {
  it('the seeds, from the gazetteer', () => {
    expect(defaultCityProfile('330382')).toEqual({
      name: '乐清', fullName: '乐清市', province: '浙江', prefecture: '温州', level: 'county', divisionCode: '330382', slug: 'yueqing',
    });
    expect(defaultCityProfile('440100')).toMatchObject({ name: '广州', prefecture: null, level: 'prefecture', slug: 'guangzhou' });
    expect(defaultCityProfile('429006')).toMatchObject({ name: '天门', province: '湖北', prefecture: null, level: 'county', slug: 'tianmen' });
    expect(defaultCityProfile('320685')).toMatchObject({ name: '海安', prefecture: '南通', slug: 'haian' });
  });

  it('slugs read alike get their parent: 义乌 (金华) and 伊吾 (哈密); 福州 and 抚州', () => {
    expect(defaultCityProfile('330782').slug).toBe('yiwu-jinhua');
    expect(defaultCityProfile('650522').slug).toBe('yiwu-hami');
    expect(defaultCityProfile('350100').slug).toBe('fuzhou-fujian');
    expect(defaultCityProfile('361000').slug).toBe('fuzhou-jiangxi');
  });

  it('a prefecture-level city keeps its plain slug when only counties read alike: 朝阳 districts', () => {
    expect(defaultCityProfile('110105').slug).toBe('chaoyang-beijing');
    expect(defaultCityProfile('220104').slug).toBe('chaoyang-changchun');
    expect(defaultCityProfile('211300').slug).toBe('chaoyang');
  });

  it('municipalities and their districts', () => {
    expect(defaultCityProfile('500000')).toMatchObject({ name: '重庆', province: '重庆', prefecture: null, level: 'province', slug: 'chongqing' });
    expect(defaultCityProfile('310115')).toMatchObject({ name: '浦东新区', fullName: '浦东新区', prefecture: '上海', level: 'county' });
  });

  it('an unknown code is a ReportError naming the code', () => {
    expect(() => defaultCityProfile('330399')).toThrow(ReportError);
    expect(() => defaultCityProfile('330399')).toThrow(/330399/);
  });
});

describe('cityProfileSchema', () => {
  const yueqing = defaultCityProfile('330382');

  it('rejects a code not in the gazetteer with a clear message', () => {
    const [issue] = issues({ ...yueqing, divisionCode: '330399' });
    expect(issue.path).toEqual(['divisionCode']);
    expect(issue.message).toContain('不是现行行政区划代码');
  });

  it('rejects a malformed code', () => {
    expect(issues({ ...yueqing, divisionCode: 330382 })[0].path).toEqual(['divisionCode']);
    expect(issues({ ...yueqing, divisionCode: '33038' })[0].message).toContain('六位');
  });

  it('rejects facts that disagree with the code, saying what they should be', () => {
    const [issue] = issues({ ...yueqing, prefecture: '台州' });
    expect(issue.path).toEqual(['prefecture']);
    expect(issue.message).toBe('应为“温州”（区划代码 330382 是乐清市）');
    expect(issues({ ...yueqing, slug: 'leqing' })[0].message).toContain('yueqing');
    expect(issues({ ...defaultCityProfile('440100'), prefecture: '广东' })[0].message).toContain('空值');
  });

  it('rejects unknown fields', () => {
    expect(issues({ ...yueqing, populaton: 1 })[0].code).toBe('unrecognized_keys');
  });

  it('population is optional, and when given needs an integer count, a year and a source', () => {
    expect(issues(yueqing)).toEqual([]);
    expect(issues({ ...yueqing, population: { value: 1000000, year: 2023, source: '某市2023年国民经济和社会发展统计公报' } })).toEqual([]);
    expect(issues({ ...yueqing, population: { value: 145.2, year: 2023, source: '公报' } })[0].path).toEqual(['population', 'value']);
    expect(issues({ ...yueqing, population: { value: 1000000, year: 2023, source: '' } })[0].path).toEqual(['population', 'source']);
    expect(issues({ ...yueqing, population: { value: 1000000, source: '公报' } })[0].path).toEqual(['population', 'year']);
  });
});

describe('readCityFolder', () => {
  const temps: string[] = [];
  afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true })));
  /** A folder holding the given files, read as the cities loader reads it. */
  async function check(contents: Record<string, string>): Promise<string | null> {
    const folder = mkdtempSync(path.join(tmpdir(), 'cities-'));
    temps.push(folder);
    for (const [name, text] of Object.entries(contents)) writeFileSync(path.join(folder, name), text);
    try {
      await readCityFolder(folder);
      return null;
    } catch (error) {
      expect(error).toBeInstanceOf(ReportError);
      return (error as Error).message;
    }
  }
  const yueqing = readFileSync(new URL('yueqing.md', dir), 'utf8');

  it('accepts the real folder', async () => {
    expect(await check(Object.fromEntries(files.map((f) => [f, readFileSync(new URL(f, dir), 'utf8')])))).toBeNull();
  });

  it('refuses two profiles of one place, naming both files', async () => {
    // Line 7 of yueqing.md is `divisionCode: "330382"`, line 8 `slug: yueqing`.
    expect(yueqing.split('\n').slice(6, 8)).toEqual(['divisionCode: "330382"', 'slug: yueqing']);
    const message = await check({ 'yueqing.md': yueqing, 'yueqing-2.md': yueqing });
    // Read in file-name order: `yueqing-2.md` comes first, so the later `yueqing.md` is the one named first.
    expect(message).toMatch(/^\S*yueqing\.md:7: divisionCode “330382”与 \S*yueqing-2\.md 相同，同一地点有两份档案。请合并为一份，删去另一个文件$/);
  });

  it('refuses a profile that repeats what the site shows of a report as unknown (it went stale when an editor inferred the year)', async () => {
    const stale = yueqing.trimEnd() + '\n\n本站收录的计划原文未写明年份，年份标为“未注明”；地点由正文确定。\n';
    const message = await check({ 'yueqing.md': stale });
    expect(message).toMatch(/^\S*yueqing\.md: 简介写了本站对报告的显示“未注明”：“本站收录的计划原文未写明年份，年份标为“未注明”；”。报告的年份、地点和发布机构以报告页为准/);
    expect(await check({ 'yueqing.md': yueqing.trimEnd() + '\n\n地点未知的报告不列在这里。\n' })).toMatch(/显示“地点未知”/);
    // What the source lacks may be said.
    expect(await check({ 'yueqing.md': yueqing.trimEnd() + '\n\n原文未写明年份。\n' })).toBeNull();
  });

  it('refuses a profile whose file name is not its slug (the page URL)', async () => {
    const message = await check({ 'leqing.md': yueqing });
    expect(message).toMatch(/^\S*leqing\.md:8: slug “yueqing”与文件名“leqing”不一致。请把文件改名为 yueqing\.md$/);
  });
});
