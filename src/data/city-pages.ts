/**
 * The city pages (/cities/…): editors' profiles (content/cities) and cities derived from the
 * gazetteer for reports whose place was resolved, each with its reports.
 */
import { getCollection } from 'astro:content';
import type { ReportSummary } from '../lib/model/index.ts';
import { cityEntries, type CityEntry, type PlaceIndicatorValues, placeValues } from '../lib/views/index.ts';
import { defaultCityProfile, type CityProfile } from '../lib/editorial/index.ts';
import { indicatorPagesData } from './indicator-pages.ts';

export type CityPage = CityEntry<CityProfile, ReportSummary> & {
  /** The editor's profile text as HTML, null for a derived page. */
  html: string | null;
  /** The profile file, null for a derived page. */
  file: string | null;
};

/** Every city with a page, ordered by slug; each city's reports newest first. */
export async function cityPages(): Promise<CityPage[]> {
  const profiles = await getCollection('cities');
  const reports = (await getCollection('reports')).map((r) => r.data);
  const byCode = new Map(profiles.map((p) => [p.data.divisionCode, p]));
  return cityEntries(
    profiles.map((p) => p.data),
    reports,
    defaultCityProfile,
  ).map((entry) => {
    const written = entry.written ? byCode.get(entry.profile.divisionCode)! : null;
    return { ...entry, html: written?.rendered?.html ?? null, file: written?.filePath ?? null };
  });
}

/**
 * A city's actual values of each indicator by year, as its indicator pages choose them, with the
 * charts over the years; asked by the city's own page only (other pages list cities without them).
 */
export async function cityValues(divisionCode: string): Promise<PlaceIndicatorValues[]> {
  return placeValues([...(await indicatorPagesData()).pagings.values()], divisionCode);
}
