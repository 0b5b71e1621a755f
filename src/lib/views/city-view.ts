/**
 * A city as its page and the city lists describe it: where it lies (province, prefecture) and its
 * administrative level, in readers' words.
 */
import type { CityProfile } from '../editorial/index.ts';

/** Administrative levels as a city page names them. */
export const CITY_LEVEL_LABELS: Record<CityProfile['level'], string> = { province: '省级', prefecture: '地级', county: '县级' };

/**
 * Where a city lies: its province and prefecture, space-separated, leaving out the city itself
 * (a municipality is its own province) and a missing prefecture; `''` when nothing is left.
 */
export function cityWithin(profile: Pick<CityProfile, 'name' | 'province' | 'prefecture'>): string {
  return [profile.province, profile.prefecture].filter((p) => p && p !== profile.name).join(' ');
}
