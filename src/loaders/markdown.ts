/**
 * Editors' markdown collections (`content/cities`, `content/indicators`, `content/topics`), read
 * by content-folder.ts (frontmatter validated by the owning module's zod schema, an id equal to the
 * file name, one short message naming file, line and field on a mistake) and checked as a folder
 * where the owning module asks (one city profile per place), the body rendered
 * through Astro's markdown pipeline (sanitized, see astro.config.mjs). The entry id is the file
 * name without `.md`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { type ContentFile, readContentFolder } from '../lib/editorial/content-folder.ts';
import { withEditorMessages } from './build-error.ts';
import { reloadOnEdit } from './watch.ts';

export interface MarkdownLoaderOptions<S extends z.ZodType> {
  /** Folder relative to the project root, e.g. `content/cities`. */
  dir: string;
  schema: S;
  /** Checks across the files of the folder (e.g. one profile per place); throws a ReportError. */
  checkFolder?: (files: readonly ContentFile<z.infer<S>>[]) => void;
}

export function markdownLoader<S extends z.ZodType>(options: MarkdownLoaderOptions<S>): Loader {
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

async function loadAll<S extends z.ZodType>(context: LoaderContext, dir: string, options: MarkdownLoaderOptions<S>): Promise<void> {
  // Paths in messages are relative, as editors name them (the build runs in the project folder).
  const files = existsSync(dir) ? await readContentFolder(path.relative(process.cwd(), dir), options.schema) : [];
  options.checkFolder?.(files);
  const entries = [];
  for (const { file, stem, data, body } of files) {
    const rendered = await context.renderMarkdown(body);
    entries.push({ id: stem, data: data as Record<string, unknown>, body, filePath: file, rendered, digest: context.generateDigest({ data, body }) });
  }
  context.store.clear();
  for (const entry of entries) context.store.set(entry);
}
