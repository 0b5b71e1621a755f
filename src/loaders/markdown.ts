/**
 * Editors' markdown collections (`content/cities`, `content/indicators`, `content/topics`), read
 * by content-folder.ts (frontmatter validated by the owning module's zod schema, an id equal to the
 * file name, one short message naming file, line and field on a mistake), the body rendered
 * through Astro's markdown pipeline (sanitized, see astro.config.mjs). The entry id is the file
 * name without `.md`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { readContentFolder } from '../lib/content-folder.ts';
import { withEditorMessages } from './build-error.ts';
import { reloadOnEdit } from './watch.ts';

export interface MarkdownLoaderOptions {
  /** Folder relative to the project root, e.g. `content/cities`. */
  dir: string;
  schema: z.ZodType;
}

export function markdownLoader(options: MarkdownLoaderOptions): Loader {
  return {
    name: 'markdown-loader',
    async load(context) {
      const root = fileURLToPath(context.config.root);
      const dir = path.resolve(root, options.dir);
      await withEditorMessages(() => loadAll(context, dir, options.schema));
      reloadOnEdit(context, [dir], () => loadAll(context, dir, options.schema));
    },
  };
}

async function loadAll(context: LoaderContext, dir: string, schema: z.ZodType): Promise<void> {
  // Paths in messages are relative, as editors name them (the build runs in the project folder).
  const files = existsSync(dir) ? await readContentFolder(path.relative(process.cwd(), dir), schema) : [];
  const entries = [];
  for (const { file, stem, data, body } of files) {
    const rendered = await context.renderMarkdown(body);
    entries.push({ id: stem, data: data as Record<string, unknown>, body, filePath: file, rendered, digest: context.generateDigest({ data, body }) });
  }
  context.store.clear();
  for (const entry of entries) context.store.set(entry);
}
