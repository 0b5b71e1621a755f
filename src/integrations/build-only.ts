/**
 * Files the build writes for itself and no reader needs (the search records the index is built
 * from): they are moved out of the published folder into a sibling folder, `<outDir>-build`
 * (e.g. `dist-build/`), where tests and benchmarks find them. Nothing build-only stays in `dist/`.
 */
import path from 'node:path';

/** The build-only folder of a site built into `outDir`. */
export function buildOnlyDir(outDir: string): string {
  return `${path.resolve(outDir).replace(/[\\/]+$/, '')}-build`;
}

/** In the build-only folder: every search record, one JSON object per line, in record order. */
export const RECORDS_NDJSON = 'search-records.ndjson';
