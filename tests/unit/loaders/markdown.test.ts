/**
 * Editors' markdown folders are read and checked by one reader per folder, whichever loader reads
 * them: an indicator folder with a synonym two indicators claim fails the `indicators` collection and
 * the reports loader with the same message, and with nothing but the message.
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { readIndicatorFolder } from '../../../src/lib/editorial/index.ts';
import { markdownLoader } from '../../../src/loaders/markdown.ts';
import { reportsLoader } from '../../../src/loaders/reports.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** The part of Astro's loader context both loaders use, for a build (no watcher). */
function buildContext(root: string): LoaderContext {
  const entries = new Map<string, unknown>();
  const context = {
    config: { root: pathToFileURL(root + path.sep) },
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: { id: string }) => entries.set(entry.id, entry) && true,
      delete: (id: string) => void entries.delete(id),
      clear: () => entries.clear(),
      keys: () => [...entries.keys()],
    },
    generateDigest: (value: unknown) => JSON.stringify(value).length.toString(36),
    parseData: async ({ data }: { data: unknown }) => data,
    renderMarkdown: async (body: string) => ({ html: body }),
    logger: { info: () => {}, error: () => {}, warn: () => {} },
  };
  return context as unknown as LoaderContext;
}

async function failure(loader: Loader, root: string): Promise<Error> {
  const error = await Promise.resolve(loader.load(buildContext(root))).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Error);
  return error as Error;
}

describe('an indicator synonym two indicators claim', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'markdown-loader-'));
    await cp(path.join(ROOT, 'seeds'), path.join(root, 'seeds'), { recursive: true });
    await cp(path.join(ROOT, 'content'), path.join(root, 'content'), { recursive: true });
    await writeFile(
      path.join(root, 'content/indicators/zz-dup.md'),
      '---\nid: zz-dup\nname: 重复\nsynonyms:\n  - 新名称\n  - 人均期望寿命\nunit: 岁\nhigherIsBetter: true\nmeasure: years\n---\n',
    );
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  test('fails the indicators collection and the reports loader with one and the same message', async () => {
    const dir = path.relative(process.cwd(), path.join(root, 'content/indicators'));
    const expected = await readIndicatorFolder(dir).then(
      () => null,
      (e: unknown) => (e as Error).message,
    );
    expect(expected).toBe(`${path.join(dir, 'zz-dup.md')}:6: 名称“人均期望寿命”已属于指标 life-expectancy。同一名称只能指向一个指标，请删去其中一处`);

    const collection = await failure(markdownLoader({ dir: 'content/indicators', read: readIndicatorFolder }), root);
    const reports = await failure(reportsLoader({ seedsDir: 'seeds', contentDir: 'content' }), root);
    expect(collection.message).toBe(expected);
    expect(reports.message).toBe(expected);
    // The message alone: no stack trace for Astro to print.
    expect(collection.stack).toBe('');
    expect(reports.stack).toBe('');
  });
});
