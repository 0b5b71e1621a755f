/**
 * Two builds of the same tree give byte-identical sites: the same files with the same hashes. Both are
 * made here, one after the other, each into a fresh folder with an empty cache (the run's shared build
 * is minutes older, and in a working tree others edit, the tree may have changed since).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { listFiles } from '../helpers/dist.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const temp = mkdtempSync(path.join(tmpdir(), 'gates-determinism-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function build(name: string): Promise<string> {
  const outDir = path.join(temp, name);
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['astro', 'build'], {
      cwd: ROOT,
      env: { ...process.env, ASTRO_OUT_DIR: outDir, ASTRO_CACHE_DIR: path.join(temp, `${name}-cache`) },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('close', (code) => (code === 0 ? resolve(outDir) : reject(new Error(`build ${name} failed (${code}):\n${stderr.slice(-2000)}`))));
  });
}

function hashes(dir: string): Map<string, string> {
  return new Map(listFiles(dir).map((f) => [f, createHash('sha256').update(readFileSync(path.join(dir, f))).digest('hex')]));
}

describe('determinism', () => {
  test('two builds of the same tree are byte-identical', async () => {
    const first = await build('first');
    const second = await build('second');
    const a = hashes(first);
    const b = hashes(second);
    expect(a.size).toBeGreaterThan(10);
    const differing = [...new Set([...a.keys(), ...b.keys()])]
      .filter((f) => a.get(f) !== b.get(f))
      .map((f) => (!a.has(f) ? `only in the second build: ${f}` : !b.has(f) ? `only in the first build: ${f}` : `differs: ${f}`));
    expect(differing).toEqual([]);
  }, 300_000);
});
