/**
 * City profiles: the facts about a place that reports come from, for city pages.
 *
 * Editors write `content/cities/<slug>.md` (frontmatter + a short profile in Chinese). The facts
 * in the frontmatter must agree with the gazetteer; a place with reports but no file gets
 * `defaultCityProfile`, the same facts without text. Population is optional and only ever
 * entered by an editor with its source: it cannot be checked here, and a wrong one would
 * distort every per-capita comparison.
 */
import { z } from 'zod';
import { type ContentFile, readContentFolder } from './content-folder.ts';
import { placeLevelSchema, ReportError } from '../model/index.ts';
import { allDivisions, citySlug, divisionByCode, lineage, type Division } from '../places/index.ts';

const profileFields = z.strictObject({
  /** Short name, `乐清`. */
  name: z.string().min(1),
  /** Full name as in the gazetteer, `乐清市`. */
  fullName: z.string().min(1),
  /** Province short name, `浙江` (the municipality for 北京/上海/天津/重庆). */
  province: z.string().min(1),
  /** Parent prefecture short name of a county-level place, else null. */
  prefecture: z.string().nullable(),
  level: placeLevelSchema,
  /** Six-digit GB/T 2260 code; decides every other fact. */
  divisionCode: z.string().regex(/^\d{6}$/, '须为六位数字的行政区划代码（GB/T 2260）'),
  /** URL slug, also the file name: `yueqing`. */
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, '须为小写拼音、数字和连字符'),
  /** Resident population as published, with the year and where it was published. */
  population: z
    .strictObject({
      value: z.number().int('须为整数（人）').positive('须为正数（人）'),
      year: z.number().int().min(1949).max(2100),
      source: z.string().min(1, '须写明出处（如统计公报名称）'),
    })
    .optional(),
});

/** Frontmatter of `content/cities/*.md`, checked against the gazetteer. */
export const cityProfileSchema = profileFields.superRefine((profile, ctx) => {
  const division = divisionByCode(profile.divisionCode);
  if (!division) {
    ctx.addIssue({
      code: 'custom',
      path: ['divisionCode'],
      message: '不是现行行政区划代码（国家行政区划表中查不到），请按 GB/T 2260 核对',
    });
    return;
  }
  const facts = profileOf(division);
  for (const field of ['name', 'fullName', 'province', 'prefecture', 'level', 'slug'] as const) {
    if (profile[field] !== facts[field]) {
      ctx.addIssue({
        code: 'custom',
        path: [field],
        message: `应为${facts[field] === null ? '空值（null）' : `“${facts[field]}”`}（区划代码 ${division.code} 是${division.name}）`,
      });
    }
  }
});

/** A city profile's facts (the markdown body is the editor's text, kept by the content loader). */
export type CityProfile = z.infer<typeof cityProfileSchema>;

let slugs: Map<Division, string> | undefined;

/**
 * City slugs are unique. A prefecture-level city keeps its plain slug unless another one reads the
 * same (福州 and 抚州: `fuzhou-fujian`, `fuzhou-jiangxi`); a county-level place whose slug is taken
 * anywhere adds its parent's (义乌 and 伊吾: `yiwu-jinhua`, `yiwu-hami`); the code settles the rest.
 * Provinces other than the four municipalities have no city page and take no part.
 */
function slugOf(division: Division): string {
  if (!slugs) {
    const places = allDivisions().filter((d) => !d.zone && (d.level !== 'province' || d.municipality));
    const base = new Map(places.map((d) => [d, citySlug(d.shortName)]));
    const cities = new Map<string, number>();
    const all = new Map<string, number>();
    for (const d of places) {
      const tally = d.level === 'county' ? all : cities;
      tally.set(base.get(d)!, (tally.get(base.get(d)!) ?? 0) + 1);
    }
    const withParent = new Map(
      places.map((d) => {
        const b = base.get(d)!;
        const taken = d.level === 'county' ? all.get(b)! > 1 || cities.has(b) : cities.get(b)! > 1;
        const parent = lineage(d)[1];
        return [d, taken && parent ? `${b}-${citySlug(parent.shortName)}` : b];
      }),
    );
    const count = new Map<string, number>();
    for (const slug of withParent.values()) count.set(slug, (count.get(slug) ?? 0) + 1);
    slugs = new Map([...withParent].map(([d, slug]) => [d, count.get(slug)! > 1 ? `${slug}-${d.code}` : slug]));
  }
  return slugs.get(division) ?? citySlug(division.shortName);
}

function profileOf(d: Division): CityProfile {
  return {
    name: d.shortName,
    fullName: d.name,
    province: divisionByCode(d.provinceCode)!.shortName,
    prefecture: d.prefectureCode ? divisionByCode(d.prefectureCode)!.shortName : null,
    level: d.level,
    divisionCode: d.code,
    slug: slugOf(d),
  };
}

/** The profile of a place with reports but no `content/cities` file: gazetteer facts only. */
export function defaultCityProfile(divisionCode: string): CityProfile {
  const division = divisionByCode(divisionCode);
  if (!division) {
    throw new ReportError('content/cities', null, `行政区划代码“${divisionCode}”不在区划表中`, '请按 GB/T 2260 核对代码');
  }
  return profileOf(division);
}

/**
 * Read and check every `*.md` of `dir` as a city profile: the one reading of `content/cities`, for
 * the `cities` collection. Errors name the file, the line and the field.
 */
export async function readCityFolder(dir: string): Promise<ContentFile<CityProfile>[]> {
  const files = await readContentFolder(dir, cityProfileSchema);
  checkCityFolder(files);
  return files;
}

/**
 * What the schema cannot see in one file: each place has one profile (two would make one page
 * replace the other), and a profile's file is named by its slug, the page URL
 * (`content/cities/yueqing.md` → `/cities/yueqing/`). Throws a ReportError naming the file.
 */
function checkCityFolder(files: readonly ContentFile<CityProfile>[]): void {
  // Duplicates first: a copied profile also has a file name that is not its slug, which would hide the copy.
  const byCode = new Map<string, string>();
  for (const { file, data, yaml } of files) {
    const other = byCode.get(data.divisionCode);
    if (other !== undefined) {
      throw new ReportError(
        file,
        yaml.lineOf(['divisionCode']),
        `divisionCode “${data.divisionCode}”与 ${other} 相同，同一地点有两份档案`,
        '请合并为一份，删去另一个文件',
      );
    }
    byCode.set(data.divisionCode, file);
  }
  for (const { file, stem, data, yaml } of files) {
    if (data.slug !== stem) {
      throw new ReportError(file, yaml.lineOf(['slug']), `slug “${data.slug}”与文件名“${stem}”不一致`, `请把文件改名为 ${data.slug}.md`);
    }
  }
  for (const { file, body } of files) checkProfileText(file, body);
}

/** The words the site shows for what a report leaves unknown (`年份未注明`, `地点未知`, `未注明`). */
const UNKNOWN_WORDS = /未注明|地点未知/;

/**
 * A profile does not say what the site shows of a report: the report page decides a year, place or
 * publisher from the text and the corrections, and a profile that wrote “年份标为‘未注明’” kept
 * saying so after an editor inferred the year. What the source itself lacks (原文未写明年份) may be said.
 */
function checkProfileText(file: string, body: string): void {
  const sentence = body.split(/(?<=[。；\n])/).find((s) => UNKNOWN_WORDS.test(s));
  if (sentence === undefined) return;
  throw new ReportError(
    file,
    null,
    `简介写了本站对报告的显示“${UNKNOWN_WORDS.exec(sentence)![0]}”：“${sentence.trim()}”`,
    '报告的年份、地点和发布机构以报告页为准（随原文和更正文件变化），简介不要重复；可以写原文的情况，如“原文未写明年份”',
  );
}
