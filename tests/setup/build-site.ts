/**
 * Builds the site once for the `site` test project and hands its folder to the tests
 * (`inject('distDir')`). Set SITE_DIST to test an existing build instead.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string;
  }
}

export default function setup(project: TestProject): void {
  const given = process.env.SITE_DIST;
  if (given) {
    if (!existsSync(given)) throw new Error(`SITE_DIST=${given} does not exist`);
    project.provide('distDir', path.resolve(given));
    return;
  }
  const distDir = path.resolve('test-artifacts/dist');
  execFileSync('npx', ['astro', 'build'], {
    stdio: 'inherit',
    env: {
      ...process.env,
      ASTRO_OUT_DIR: distDir,
      ASTRO_CACHE_DIR: path.resolve('test-artifacts/cache'),
      // Small search shards, so the five seeds make several and the tests search them merged.
      SEARCH_SHARD_CHARACTERS: '20000',
      // Small indicator pages, so the five seeds' indicators take several pages each.
      COMPARE_PAGE_BUDGET: '3000',
    },
  });
  project.provide('distDir', distDir);
}
