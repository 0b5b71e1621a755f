/**
 * Editors' markdown collections (`content/cities`, `content/indicators`, `content/topics`), read
 * and checked by the owning module's folder reader (`readCityFolder`, `readIndicatorFolder`,
 * `readTopicFolder`: frontmatter validated by its zod schema, an id equal to the file name, checks
 * across the folder such as one city profile per place or one indicator per synonym, one short
 * message naming file, line and field on a mistake), the body rendered through Astro's markdown
 * pipeline (sanitized, see astro.config.mjs). The entry id is the file name without `.md`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { ContentFile } from '../lib/editorial/index.ts';
import { withEditorMessages } from './build-error.ts';
import { reloadOnEdit } from './watch.ts';

export interface MarkdownLoaderOptions {
  /** Folder relative to the project root, e.g. `content/cities`. */
  dir: string;
  /** The owning module's folder reader: every file read, validated and checked; throws a ReportError. */
  read: (dir: string) => Promise<readonly ContentFile<unknown>[]>;
}

export function markdownLoader(options: MarkdownLoaderOptions): Loader {
  return {
    name: 'markdown-loader',
    async load(context) {
      const root = fileURLToPath(context.config.root);
      const dir = path.resolve(root, options.dir);
      await withEditorMessages(() => loadAll(context, dir, options));
      reloadOnEdit(context, [dir], () => loadAll(context, dir, options));
    },
  };
}

async function loadAll(context: LoaderContext, dir: string, options: MarkdownLoaderOptions): Promise<void> {
  const files = await readEditorFolder(dir, options.read);
  const entries = [];
  for (const { file, stem, data, body } of files) {
    const rendered = await context.renderMarkdown(body);
    entries.push({ id: stem, data: data as Record<string, unknown>, body, filePath: file, rendered, digest: context.generateDigest({ data, body }) });
  }
  context.store.clear();
  for (const entry of entries) context.store.set(entry);
}

/**
 * Read the editors' folder `dir` (absolute) with its module's reader; a missing folder holds
 * nothing. Paths in messages are relative, as editors name them (the build runs in the project folder).
 */
export async function readEditorFolder<T>(dir: string, read: (dir: string) => Promise<readonly T[]>): Promise<readonly T[]> {
  return existsSync(dir) ? read(path.relative(process.cwd(), dir)) : [];
}
