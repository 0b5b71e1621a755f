/**
 * What a build deploys: the size of `dist/`, its largest file, and any build-only file left in it
 * (the search records are the index's input, not for readers: issue 13 keeps them out of `dist/`).
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export interface DistFile {
  /** Path relative to dist, with `/`. */
  path: string;
  bytes: number;
}

export interface DistFigures {
  bytes: number;
  files: number;
  largest: DistFile | null;
  /** Build-only files found in dist, largest first. */
  buildOnly: DistFile[];
  /** Bytes under each top-level folder or file of dist (e.g. `pagefind`). */
  byTop: Record<string, number>;
}

/** The search records (records.json, records.ndjson, search-records.*) are build-only wherever they are. */
export function isBuildOnly(relPath: string): boolean {
  return /^(search-)?records\b/.test(path.posix.basename(relPath));
}

/** Figures of a list of files (pure: the scan below feeds it). */
export function distFiguresOf(files: DistFile[]): DistFigures {
  let largest: DistFile | null = null;
  let bytes = 0;
  const byTop: Record<string, number> = {};
  for (const f of files) {
    bytes += f.bytes;
    const top = f.path.split('/')[0];
    byTop[top] = (byTop[top] ?? 0) + f.bytes;
    if (!largest || f.bytes > largest.bytes) largest = f;
  }
  const buildOnly = files.filter((f) => isBuildOnly(f.path)).sort((a, b) => b.bytes - a.bytes);
  return { bytes, files: files.length, largest, buildOnly, byTop };
}

export function scanDist(dir: string): DistFigures {
  const files: DistFile[] = [];
  const stack = [dir];
  while (stack.length) {
    const current = stack.pop()!;
    let entries;
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch {
      continue; // no dist (a killed build)
    }
    for (const entry of entries) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) stack.push(full);
      else if (entry.isFile()) files.push({ path: path.relative(dir, full).split(path.sep).join('/'), bytes: statSync(full).size });
    }
  }
  return distFiguresOf(files);
}
