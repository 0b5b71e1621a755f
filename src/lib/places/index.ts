/**
 * Places: the entry module other subsystems import (re-exports only).
 *
 * - resolve.ts: which authority wrote a report (`resolvePlace`, from title-evidence.ts,
 *   credit-code.ts, body-reading.ts and body-author.ts), and the place of an editor's division
 *   code (`placeByCode`);
 * - gazetteer.ts: the GB/T 2260 divisions, by code and name;
 * - slug.ts: pinyin slugs for cities and report ids;
 * - title-evidence.ts: the authority a title opens with (`openingAuthority`, a report's publisher
 *   when its page names none).
 * The place types (`PlaceResult`, `PlaceLevel`) live in src/lib/model/place.ts.
 */
export { placeByCode, resolvePlace, type PlaceEvidence } from './resolve.ts';
export { allDivisions, divisionByCode, lineage, type Division } from './gazetteer.ts';
export { citySlug, reportId, type ReportIdInput } from './slug.ts';
export { openingAuthority } from './title-evidence.ts';
