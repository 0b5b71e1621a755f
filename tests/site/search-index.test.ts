/**
 * The search bundle of the built site: the records are indexed in shards (the test build makes
 * small ones, tests/setup/build-site.ts), the first in pagefind/ with Pagefind's script, the others
 * listed in pagefind/shards.json with only their index files; together they hold every record once.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { SearchRecord } from '../../src/lib/search/index.ts';

const dist = inject('distDir');
const bundle = path.join(dist, 'pagefind');
const merged: string[] = JSON.parse(readFileSync(path.join(bundle, 'shards.json'), 'utf8'));
const records: SearchRecord[] = JSON.parse(readFileSync(path.join(dist, 'search/records.json'), 'utf8'));
const pageCount = (folder: string): number =>
  JSON.parse(readFileSync(path.join(bundle, folder, 'pagefind-entry.json'), 'utf8')).languages.und.page_count;

describe('search index shards', () => {
  it('are several in the test build, each a folder of the bundle', () => {
    expect(merged.length).toBeGreaterThan(1);
    for (const folder of merged) {
      expect(folder).toMatch(/^shard-\d+\/$/);
      expect(existsSync(path.join(bundle, folder, 'pagefind-entry.json')), folder).toBe(true);
    }
    expect(existsSync(path.join(bundle, 'pagefind.js'))).toBe(true);
  });

  it('hold only what a merged index needs, no second copy of Pagefind’s script', () => {
    for (const folder of merged) {
      const names = readdirSync(path.join(bundle, folder)).sort();
      expect(names.filter((n) => !/^(pagefind-entry\.json|pagefind\..+\.pf_meta|index|fragment|filter)$/.test(n)), folder).toEqual([]);
    }
  });

  it('hold every record once between them', () => {
    const counts = ['', ...merged].map(pageCount);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(records.length);
    const fragments = ['', ...merged].reduce((n, f) => n + readdirSync(path.join(bundle, f, 'fragment')).length, 0);
    expect(fragments).toBe(records.length);
  });
});
