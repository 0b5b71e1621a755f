/**
 * Reading a folder of editors' markdown files (`content/cities`, `content/indicators`,
 * `content/topics`), for the collection loaders, scripts and tests: every `*.md`, frontmatter
 * validated by the owning module's schema, an `id` (where the schema has one) equal to the file
 * name. Errors name the file, the line and the field.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { type EditorYaml, splitFrontmatter, validate } from './editor-input.ts';
import { ReportError } from '../model/index.ts';

/** One file of the folder, validated. */
export interface ContentFile<T> {
  /** `dir` joined with the file name. */
  file: string;
  /** The file name without `.md`. */
  stem: string;
  data: T;
  /** The markdown body, trimmed. */
  body: string;
  /** Where fields stand in the file, for errors found after validation. */
  yaml: EditorYaml;
}

/** Read and validate every `*.md` of `dir`, in file-name order. */
export async function readContentFolder<S extends z.ZodType>(
  dir: string,
  schema: S,
): Promise<ContentFile<z.infer<S>>[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.md')).sort();
  const files: ContentFile<z.infer<S>>[] = [];
  for (const fileName of names) {
    const file = path.join(dir, fileName);
    const { yaml, body } = splitFrontmatter(file, await readFile(file, 'utf8'));
    const data = validate(file, schema, yaml);
    const stem = fileName.slice(0, -'.md'.length);
    const id = (data as { id?: unknown }).id;
    if (id !== undefined && id !== stem) {
      throw new ReportError(file, yaml.lineOf(['id']), `id “${String(id)}”与文件名“${stem}”不一致`, `请把 id 改为 ${stem}，或把文件改名为 ${String(id)}.md`);
    }
    files.push({ file, stem, data, body: body.trim(), yaml });
  }
  return files;
}
