/**
 * The reports loader's reloads in dev: an edit stores again only the reports it changed, and what
 * the store then holds is what a fresh load of the same files stores (the caches never serve a
 * report made from older files). Each entry is a summary naming its body file, which holds the
 * full report; body files are shared by equal content and removed when no entry names them. And a
 * source's stem names it alike in its id and its correction file.
 */
import { createHash } from 'node:crypto';
import { appendFile, cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { matchCorrections } from '../../../src/lib/editorial/index.ts';
import { reportSummarySchema, sourceStem, type StoredReport, storedReportSchema } from '../../../src/lib/model/index.ts';
import { reportsLoader } from '../../../src/loaders/reports.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');

interface StoredEntry {
  id: string;
  data: Record<string, unknown>;
  digest?: string;
  filePath?: string;
}

/** The part of Astro's store and loader context the reports loader uses; `set` calls are recorded. */
function fakeContext(root: string) {
  const entries = new Map<string, StoredEntry>();
  const setIds: string[] = [];
  const listeners = new Map<string, (file: string) => void>();
  let settled: (() => void) | null = null;
  const done = () => settled?.();
  const context = {
    config: { root: pathToFileURL(root + path.sep), cacheDir: pathToFileURL(path.join(root, '.astro') + path.sep) },
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: StoredEntry) => {
        setIds.push(entry.id);
        entries.set(entry.id, entry);
        return true;
      },
      delete: (id: string) => void entries.delete(id),
      clear: () => entries.clear(),
      keys: () => [...entries.keys()],
      values: () => [...entries.values()],
    },
    generateDigest: (value: unknown) =>
      createHash('sha256')
        .update(typeof value === 'string' ? value : JSON.stringify(value))
        .digest('hex'),
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    logger: { info: done, error: done, warn: () => {} },
    watcher: {
      add: () => {},
      on: (event: string, listener: (file: string) => void) => listeners.set(event, listener),
    },
  };
  return {
    context: context as unknown as LoaderContext,
    entries,
    setIds,
    /** Report `files` (relative to the root) as changed and wait until the reload has finished. */
    async edited(...files: string[]) {
      const finished = new Promise<void>((resolve) => (settled = resolve));
      for (const file of files) listeners.get('change')!(path.join(root, file));
      await vi.runAllTimersAsync();
      await finished;
    },
  };
}

const options = { seedsDir: 'seeds', contentDir: 'content' };

/** The data of every stored report by id, as a fresh loader stores it from the files of `root`. */
async function freshLoad(root: string) {
  const fresh = fakeContext(root);
  await reportsLoader(options).load(fresh.context);
  return dataOf(fresh.entries);
}

const dataOf = (entries: Map<string, StoredEntry>) => new Map([...entries].map(([id, e]) => [id, e.data]));

/** The full report an entry's body file holds. */
const bodyOf = async (data: Record<string, unknown>): Promise<StoredReport> => JSON.parse(await readFile(data.bodyFile as string, 'utf8'));

/** The body files in the cache folder of `root`. */
const bodyFiles = async (root: string) => (await readdir(path.join(root, '.astro/report-bodies'))).map((name) => path.join(root, '.astro/report-bodies', name)).sort();

/** The id of the stored report made from `source` (`seeds/….txt`). */
const idOf = (entries: Map<string, StoredEntry>, source: string) =>
  [...entries.values()].find((e) => e.data.source === source)!.id;

let root: string;
beforeEach(async () => {
  vi.useFakeTimers();
  root = await mkdtemp(path.join(tmpdir(), 'reports-loader-'));
  await cp(path.join(ROOT, 'seeds'), path.join(root, 'seeds'), { recursive: true });
  await cp(path.join(ROOT, 'content'), path.join(root, 'content'), { recursive: true });
});
afterEach(async () => {
  vi.useRealTimers();
  await rm(root, { recursive: true, force: true });
});

describe('reports loader reloads', () => {

  test('an edited seed and an edited correction store again only their reports, as a fresh load would', async () => {
    const dev = fakeContext(root);
    await reportsLoader(options).load(dev.context);
    const seed = 'seeds/000_f4176e7e517abf09.txt';
    const corrected = 'seeds/003_91bbed86cc79f672.txt';
    const correction = 'content/corrections/003_91bbed86cc79f672.yaml';
    await appendFile(path.join(root, seed), '\n本年度还将开展一项新增的测试工作。\n');
    const yaml = await readFile(path.join(root, correction), 'utf8');
    await writeFile(path.join(root, correction), yaml.replace('编辑据正文推断', '编辑据正文内容推断'));
    dev.setIds.length = 0;

    await dev.edited(seed, correction);

    expect(dev.setIds.toSorted()).toEqual([idOf(dev.entries, seed), idOf(dev.entries, corrected)].toSorted());
    expect(dataOf(dev.entries)).toEqual(await freshLoad(root));
    expect(JSON.stringify(await bodyOf(dataOf(dev.entries).get(idOf(dev.entries, seed))!))).toContain('新增的测试工作');
    expect(JSON.stringify(dataOf(dev.entries).get(idOf(dev.entries, corrected)))).toContain('编辑据正文内容推断');
  });

  test('an edited indicator definition is applied to every report, as a fresh load would', async () => {
    const dev = fakeContext(root);
    await reportsLoader(options).load(dev.context);
    const mapsToBeds = async (data: Map<string, Record<string, unknown>>) =>
      (await Promise.all([...data.values()].map(bodyOf))).filter((body) => Object.values(body.indicators).includes('beds')).length;
    const before = await mapsToBeds(dataOf(dev.entries));
    const file = 'content/indicators/beds.md';
    const text = await readFile(path.join(root, file), 'utf8');
    // Without its file the indicator no longer exists: no figure may map to it.
    await rm(path.join(root, file));
    dev.setIds.length = 0;

    await dev.edited(file);

    const after = dataOf(dev.entries);
    expect(after).toEqual(await freshLoad(root));
    expect(text).toContain('id: beds');
    expect(before).toBeGreaterThan(0);
    expect(await mapsToBeds(after)).toBe(0);
    expect(dev.setIds.length).toBeGreaterThan(0);
  });
});

describe('summaries and body files', () => {
  test('an entry is the summary of the full report its body file holds', async () => {
    const loaded = fakeContext(root);
    await reportsLoader(options).load(loaded.context);
    expect(loaded.entries.size).toBeGreaterThan(0);
    for (const { id, data } of loaded.entries.values()) {
      const body = await bodyOf(data);
      expect(storedReportSchema.parse(body)).toEqual(body);
      expect(reportSummarySchema.parse(data)).toEqual(data);
      expect(body.id).toBe(id);
      const { parts, stripped: _stripped, indicators: _indicators, ...rest } = body;
      expect(parts.length).toBeGreaterThan(0);
      expect({ ...rest, bodyFile: data.bodyFile }).toEqual(data);
      expect(data).not.toHaveProperty('parts');
      expect(data).not.toHaveProperty('stripped');
    }
    // One file per report, named by its content.
    expect(await bodyFiles(root)).toEqual([...loaded.entries.values()].map((e) => e.data.bodyFile as string).sort());
  });

  test('an edit writes the edited report’s body anew and keeps the others’ files; the next run removes the stale one', async () => {
    const dev = fakeContext(root);
    await reportsLoader(options).load(dev.context);
    const seed = 'seeds/000_f4176e7e517abf09.txt';
    const before = new Map([...dev.entries].map(([id, e]) => [id, e.data.bodyFile as string]));
    const edited = idOf(dev.entries, seed);
    await appendFile(path.join(root, seed), '\n本年度还将开展一项新增的测试工作。\n');

    await dev.edited(seed);

    const after = new Map([...dev.entries].map(([id, e]) => [id, e.data.bodyFile as string]));
    for (const [id, file] of before) {
      if (id === edited) expect(after.get(id)).not.toBe(file);
      else expect(after.get(id), id).toBe(file);
    }
    // The pages may still read the replaced file until Astro reloads the store: it stays for this run.
    expect(await bodyFiles(root)).toEqual([...after.values(), before.get(edited)!].sort());
    expect(JSON.stringify(await bodyOf(dev.entries.get(edited)!.data))).toContain('新增的测试工作');
    const next = fakeContext(root);
    await reportsLoader(options).load(next.context);
    expect(await bodyFiles(root)).toEqual([...after.values()].sort());
  });
});

describe('source names', () => {
  test('a source is named by its stem alike everywhere: its correction file, and its id without a place', async () => {
    // `x.txt` names no place, so its id falls back to the stem; its correction file has the same stem.
    await writeFile(path.join(root, 'seeds/x.txt'), '卫生健康工作总结\n\n一、工作开展情况\n今年完成了各项工作，全年门诊量达12万人次。\n');
    await writeFile(path.join(root, 'content/corrections/x.yaml'), 'reviewYear:\n  value: 2023\n  note: 据正文\n');
    const loaded = fakeContext(root);
    await reportsLoader(options).load(loaded.context);
    const x = [...loaded.entries.values()].find((e) => e.data.source === 'seeds/x.txt')!;
    expect(x.id).toBe(sourceStem('seeds/x.txt'));
    expect(x.data.correctionFile).toBe(`content/corrections/${sourceStem('seeds/x.txt')}.yaml`);
    expect(x.data.reviewYear).toBe(2023);
    expect(x.data.corrections).toMatchObject([{ key: 'reviewYear', file: 'content/corrections/x.yaml' }]);
    // Every report names the correction file that would correct it.
    for (const { data } of loaded.entries.values()) {
      const source = data.source as string;
      expect(matchCorrections([data.correctionFile as string], [source]), source).toEqual(new Map([[source, data.correctionFile]]));
    }
  });
});
