/**
 * Throwaway copies of a content folder with editor files added or replaced, for the loaders' tests
 * (a new indicator or topic file works without a code change; a bad one fails naming its line).
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

/**
 * `copyWith(files)` for a folder: a temporary copy of it with `files` (name → text) written in.
 * Call inside a `describe`: the copies are removed after each of its tests.
 */
export function folderCopies(folder: string): (files: Record<string, string>) => Promise<string> {
  const made: string[] = [];
  afterEach(async () => {
    await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });
  return async (files) => {
    const dir = await mkdtemp(path.join(tmpdir(), `${path.basename(folder)}-`));
    made.push(dir);
    await cp(folder, dir, { recursive: true });
    for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
    return dir;
  };
}
