/**
 * The report bodies: each report's full data (a `StoredReport`, parts and all) as one JSON file in
 * Astro's cache folder, named by the digest of its content, so a dev reload or a second build that
 * made the same report finds it written and nothing stale is ever read. The `reports` collection
 * stores only a summary naming the file (src/lib/model/report-summary.ts); src/data/report-bodies.ts
 * reads it back, one report at a time.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder of the body files under the cache folder. */
export function bodiesDir(cacheDir: URL): string {
  return path.join(fileURLToPath(cacheDir), 'report-bodies');
}

/** Folders already created this run. */
const made = new Set<string>();

/** Write one body (JSON text) as `<digest>.json` unless it is there; returns the file's path. */
export async function writeBody(dir: string, json: string, digest: string): Promise<string> {
  if (!made.has(dir)) {
    await mkdir(dir, { recursive: true });
    made.add(dir);
  }
  const file = path.join(dir, `${digest}.json`);
  // `wx`: a file of that name already holds this very content.
  await writeFile(file, json, { flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
  return file;
}

/** Remove the body files no entry names any more. */
export async function removeStaleBodies(dir: string, kept: ReadonlySet<string>): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  await Promise.all(names.filter((name) => name.endsWith('.json') && !kept.has(path.join(dir, name))).map((name) => rm(path.join(dir, name), { force: true })));
}
