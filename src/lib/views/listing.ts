/**
 * Listing: the order reports are listed in, and which reports belong to which city page
 * (a city has a page when an editor wrote its profile or when a report was resolved to it).
 */
import type { Report } from '../model/index.ts';

/** What listing needs of a city profile. */
export interface ProfileKey {
  /** Six-digit GB/T 2260 code: reports belong to a city through it. */
  divisionCode: string;
  /** URL slug of the city page. */
  slug: string;
}

/** A city page: its profile (written by an editor, or derived from the gazetteer) and its reports. */
export interface CityEntry<P extends ProfileKey, R> {
  profile: P;
  /** True when `content/cities/` has a profile for it. */
  written: boolean;
  reports: R[];
}

/** Newest first by the latest year a report covers (unknown years last), then by id. */
export function byYearThenId<R extends Pick<Report, 'id' | 'reviewYear' | 'planYear'>>(a: R, b: R): number {
  const year = (r: R) => Math.max(r.reviewYear ?? -Infinity, r.planYear ?? -Infinity);
  return year(b) - year(a) || a.id.localeCompare(b.id);
}

/**
 * Every city with a page, ordered by slug. Reports whose place is unknown belong to none;
 * `derive` gives the profile of a resolved city nobody wrote one for.
 */
export function cityEntries<P extends ProfileKey, R extends Pick<Report, 'id' | 'place' | 'reviewYear' | 'planYear'>>(
  profiles: readonly P[],
  reports: readonly R[],
  derive: (divisionCode: string) => P,
): CityEntry<P, R>[] {
  const byCode = new Map<string, CityEntry<P, R>>();
  for (const profile of profiles) byCode.set(profile.divisionCode, { profile, written: true, reports: [] });
  for (const report of reports) {
    const code = report.place.divisionCode;
    if (code === null) continue;
    let entry = byCode.get(code);
    if (!entry) {
      entry = { profile: derive(code), written: false, reports: [] };
      byCode.set(code, entry);
    }
    entry.reports.push(report);
  }
  const entries = [...byCode.values()];
  for (const entry of entries) entry.reports.sort(byYearThenId);
  return entries.sort((a, b) => a.profile.slug.localeCompare(b.profile.slug));
}
