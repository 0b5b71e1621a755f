/**
 * Peers: the administrative level of each compared place in readers' words (省级, 地级, 县级市,
 * 县, 市辖区), read from the gazetteer by division code, and an indicator page's latest values
 * grouped by level, then province, so that a county is set beside counties.
 *
 * The gazetteer says only province / prefecture / county; a county-level division is a
 * county-level city when its full name ends in 市 (乐清市), a district when it ends in 区
 * (浦东新区, 矿区), and a county otherwise (县, 自治县, 旗; 神农架林区 and 六枝特区 are
 * county-level areas that belong to no city's districts, so they count as counties).
 */
import { divisionByCode } from '../places/index.ts';
import type { PlaceValue } from './compare.ts';
import { provinceKey, type ProvinceKey } from './paging.ts';

/** A place's level among its peers. */
export type PeerLevel = 'province' | 'prefecture' | 'county-city' | 'county' | 'district';

/** Levels from the highest down: the order of groups on a page. */
export const PEER_LEVELS: readonly PeerLevel[] = ['province', 'prefecture', 'county-city', 'county', 'district'];

/** Levels as pages name them. */
export const PEER_LEVEL_LABELS: Record<PeerLevel, string> = {
  province: '省级',
  prefecture: '地级',
  'county-city': '县级市',
  county: '县',
  district: '市辖区',
};

/** The level of the place with this division code; null when the gazetteer does not know the code. */
export function peerLevel(code: string): PeerLevel | null {
  const division = divisionByCode(code);
  if (!division) return null;
  if (division.level !== 'county') return division.level;
  if (division.name.endsWith('市')) return 'county-city';
  if (division.name.endsWith('区') && !/(?:林|特)区$/.test(division.name)) return 'district';
  return 'county';
}

/** The element id of a level's group (`peers-county-city`) and of its province (`peers-county-city-浙江`). */
export function peerAnchor(level: PeerLevel | null, province?: ProvinceKey): string {
  const base = `peers-${level ?? 'unknown'}`;
  return province ? `${base}-${province.anchor.replace(/^p-/, '')}` : base;
}

/** One province's places within a level group. */
export interface PeerProvince {
  province: ProvinceKey;
  anchor: string;
  values: PlaceValue[];
}

/** The places of one level. */
export interface PeerGroup {
  /** Null for places whose code the gazetteer does not know (级别未知). */
  level: PeerLevel | null;
  label: string;
  anchor: string;
  provinces: PeerProvince[];
  /** Places in the group. */
  count: number;
}

/**
 * Latest values grouped by level (highest first, unknown last), each group by province in the
 * values' place order; within a province the values keep their order (highest first).
 */
export function peerGroups(values: readonly PlaceValue[]): PeerGroup[] {
  const byLevel = Map.groupBy(values, (v) => peerLevel(v.place.code));
  const order = [...PEER_LEVELS, null];
  return order
    .filter((level) => byLevel.has(level))
    .map((level) => {
      const mine = byLevel.get(level)!;
      const byProvince = Map.groupBy(mine, (v) => provinceKey(v.place.province).anchor);
      return {
        level,
        label: level ? PEER_LEVEL_LABELS[level] : '级别未知',
        anchor: peerAnchor(level),
        count: mine.length,
        provinces: [...byProvince.values()]
          .map((vs) => ({ province: provinceKey(vs[0].place.province), anchor: peerAnchor(level, provinceKey(vs[0].place.province)), values: vs }))
          .sort((a, b) => a.province.name.localeCompare(b.province.name, 'zh-Hans-CN')),
      };
    });
}
