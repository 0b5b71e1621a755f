/**
 * Editors' markdown collections (`content/cities`, `content/indicators`, `content/topics`):
 * frontmatter validated by the owning module's zod schema, with one short message naming file,
 * line and field on a mistake, and the body rendered through Astro's markdown pipeline
 * (sanitized, see astro.config.mjs). The entry id is the file name without `.md`.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { splitFrontmatter, validate } from '../lib/editor-input.ts';
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
      await withEditorMessages(() => loadAll(context, root, dir, options.schema));
      reloadOnEdit(context, [dir], () => loadAll(context, root, dir, options.schema));
    },
  };
}

async function loadAll(context: LoaderContext, root: string, dir: string, schema: z.ZodType): Promise<void> {
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[];
    throw error;
  });
  const entries = [];
  for (const name of names.filter((n) => n.endsWith('.md')).sort()) {
    const file = path.join(dir, name);
    const relative = path.relative(root, file).split(path.sep).join('/');
    const text = await readFile(file, 'utf8');
    const { yaml, body } = splitFrontmatter(relative, text);
    const data = validate(relative, schema, yaml) as Record<string, unknown>;
    const rendered = await context.renderMarkdown(body);
    entries.push({ id: name.slice(0, -'.md'.length), data, body, filePath: relative, rendered, digest: context.generateDigest(text) });
  }
  context.store.clear();
  for (const entry of entries) context.store.set(entry);
}
