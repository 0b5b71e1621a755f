/**
 * The city pages: editors' profiles (content/cities) and cities derived from the gazetteer for
 * reports whose place was resolved, each with its reports.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { cityEntries, type CityEntry } from '../lib/views/listing.ts';
import { defaultCityProfile } from '../lib/editorial/cities.ts';

export type CityProfile = CollectionEntry<'cities'>['data'];
export type CityPage = CityEntry<CityProfile, CollectionEntry<'reports'>['data']> & {
  /** The editor's profile text as HTML, null for a derived page. */
  html: string | null;
  /** The profile file, null for a derived page. */
  file: string | null;
};

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
