/**
 * Two builds of the same tree give byte-identical sites: the same files with the same hashes. Both are
 * made here, one after the other, from one copy of the project (the run's shared build is minutes
 * older, and a working tree others edit may have changed since), each into a fresh folder with an
 * empty cache.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { listFiles } from '../helpers/dist.ts';
import { copyProject } from '../helpers/project-copy.ts';

const copy = copyProject('determinism');
afterAll(() => copy.dispose());

async function build(name: string): Promise<string> {
  const outDir = path.join(copy.dir, name);
  const { code, output } = await copy.run('npx', ['astro', 'build'], {
    ASTRO_OUT_DIR: outDir,
    ASTRO_CACHE_DIR: path.join(copy.dir, `${name}-cache`),
  });
  if (code !== 0) throw new Error(`build ${name} failed (${code}):\n${output.slice(-2000)}`);
  return outDir;
}

function hashes(dir: string): Map<string, string> {
  return new Map(listFiles(dir).map((f) => [f, createHash('sha256').update(readFileSync(path.join(dir, f))).digest('hex')]));
}

describe('determinism', () => {
  test('two builds of the same tree are byte-identical', async () => {
    const a = hashes(await build('first'));
    const b = hashes(await build('second'));
    expect(a.size).toBeGreaterThan(10);
    const differing = [...new Set([...a.keys(), ...b.keys()])]
      .filter((f) => a.get(f) !== b.get(f))
      .map((f) => (!a.has(f) ? `only in the second build: ${f}` : !b.has(f) ? `only in the first build: ${f}` : `differs: ${f}`));
    expect(differing).toEqual([]);
  }, 300_000);
});
