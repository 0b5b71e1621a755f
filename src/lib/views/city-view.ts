/**
 * A city as its page and the city lists describe it: where it lies (province, prefecture) and its
 * administrative level, in readers' words.
 */
import type { CityProfile } from '../editorial/index.ts';
import { PEER_LEVEL_LABELS, peerLevel } from './peer-levels.ts';

/** A city's level as pages name it (省级, 地级, 县级市, 县, 市辖区; see peer-levels.ts). */
export function cityLevel(profile: Pick<CityProfile, 'divisionCode'>): string {
  const level = peerLevel(profile.divisionCode);
  return level ? PEER_LEVEL_LABELS[level] : '级别未知';
}

/**
 * Where a city lies: its province and prefecture, space-separated, leaving out the city itself
 * (a municipality is its own province) and a missing prefecture; `''` when nothing is left.
 */
export function cityWithin(profile: Pick<CityProfile, 'name' | 'province' | 'prefecture'>): string {
  return [profile.province, profile.prefecture].filter((p) => p && p !== profile.name).join(' ');
}
