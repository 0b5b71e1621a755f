/**
 * Test helpers: sentences cut out of the real seed files, so tests prove the seeds contain them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractFigures } from '../../src/lib/figures/index.ts';
import type { Figure, FigureContext } from '../../src/lib/model/figure.ts';

const SEEDS = path.join(import.meta.dirname, '../../seeds');

export const SEED_FILES = {
  yueqing: '000_f4176e7e517abf09.txt',
  yiwu: '001_25fd06d5f9460b46.txt',
  guangzhou: '002_da4610836c923291.txt',
  haian: '003_91bbed86cc79f672.txt',
  tianmen: '004_07ef2b519cbbfa54.txt',
} as const;

export type Seed = keyof typeof SEED_FILES;

const texts = new Map<Seed, string>();
/** Characters that end a sentence (the seeds use half-width `;` `!` `?`). */
const ENDS = ['。', ';', '；', '!', '！', '?', '？', '\n'];

export function seedText(seed: Seed): string {
  let text = texts.get(seed);
  if (text === undefined) {
    text = readFileSync(path.join(SEEDS, SEED_FILES[seed]), 'utf8');
    texts.set(seed, text);
  }
  return text;
}

/**
 * The sentence of `seed` containing `needle`, cut as the parser cuts sentences: from the previous
 * `。`/`;`/`!`/`?`/line break to the next one (kept), trimmed. Fails when the seed does not contain
 * `needle` exactly once.
 */
export function seedSentence(seed: Seed, needle: string): string {
  const text = seedText(seed);
  const at = text.indexOf(needle);
  if (at === -1) throw new Error(`${seed} does not contain ${needle}`);
  if (text.indexOf(needle, at + 1) !== -1) throw new Error(`${seed} contains ${needle} more than once`);
  const start = Math.max(...ENDS.map((c) => text.lastIndexOf(c, at))) + 1;
  const stops = ENDS.map((c) => text.indexOf(c, at + needle.length)).filter((i) => i !== -1);
  const end = stops.length ? Math.min(...stops) : text.length;
  return text.slice(start, text[end] === '\n' ? end : end + 1).trim();
}

/** Figures of the seed sentence containing `needle`. */
export function seedFigures(seed: Seed, needle: string, ctx: Omit<FigureContext, 'sentenceId'>): Figure[] {
  return extractFigures(seedSentence(seed, needle), { sentenceId: 's-1', ...ctx });
}

/** Every sentence of every seed, split at `。`, `;` and line breaks. */
export function allSeedSentences(): { seed: Seed; text: string }[] {
  const out: { seed: Seed; text: string }[] = [];
  for (const seed of Object.keys(SEED_FILES) as Seed[]) {
    for (const piece of seedText(seed).split(/(?<=[。;；!！?？\n])/)) {
      const text = piece.trim();
      if (text) out.push({ seed, text });
    }
  }
  return out;
}
