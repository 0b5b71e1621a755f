/** The report texts as markdown files (written by scripts/bench/run.ts into BASELINE_MD_DIR). */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const base = process.env.BASELINE_MD_DIR;
if (!base) throw new Error('BASELINE_MD_DIR is not set: the baseline is built by scripts/bench/run.ts');

export const collections = {
  reports: defineCollection({ loader: glob({ pattern: '*.md', base }) }),
};
