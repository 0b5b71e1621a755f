/**
 * Material for the synthetic corpus: the five real seeds cut into the pieces a report is made of
 * (part introductions, level-1 topic headings, level-2 sections), each tagged with the part it comes
 * from (review or plan) and the facts needed to transplant it into another city and year.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type MaterialKind = 'summary' | 'plan' | 'challenges';

/** What is known of a seed (from docs/domain.md): its own place names and years. */
interface SeedFacts {
  /** The authority's own names, longest first: they are replaced by the generated place. */
  city: string[];
  /** Its parent prefecture's names, replaced by the generated place's prefecture. */
  prefecture: string[];
  /** Its province's names. */
  province: string[];
  reviewYear: number | null;
  planYear: number | null;
  /** Part kind before the text names one (003 is a plan that never says so). */
  startKind: MaterialKind;
}

const SEED_FACTS: Record<string, SeedFacts> = {
  '000': { city: ['乐清市', '乐清'], prefecture: ['温州市', '温州'], province: ['浙江省', '浙江'], reviewYear: 2023, planYear: 2024, startKind: 'summary' },
  '001': { city: ['义乌市', '义乌'], prefecture: ['金华市', '金华'], province: ['浙江省', '浙江', '浙中'], reviewYear: 2020, planYear: 2021, startKind: 'summary' },
  '002': { city: ['广州市', '广州'], prefecture: [], province: ['广东省', '广东'], reviewYear: 2021, planYear: 2022, startKind: 'summary' },
  '003': { city: ['海安市', '海安'], prefecture: ['南通市', '南通'], province: ['江苏省', '江苏'], reviewYear: null, planYear: null, startKind: 'plan' },
  '004': { city: ['天门市', '天门'], prefecture: [], province: ['湖北省', '湖北'], reviewYear: 2023, planYear: null, startKind: 'summary' },
};

/** A piece of a seed with what is needed to move it to another place and year. */
export interface Piece {
  kind: MaterialKind;
  /** Seed number, `000`…`004`. */
  seed: string;
  /** The year of the part it comes from (reviewed or planned), null when the seed never says. */
  partYear: number | null;
}

/** A level-2 section: `(一)title` (own line, or inline ending at its first `。`) and its body lines. */
export interface Section extends Piece {
  title: string;
  /** Text after the inline heading's `。` on the heading line; null when the heading stands alone. */
  inlineRest: string | null;
  /** Body lines (paragraphs, `1.` items), without indentation. */
  body: string[];
}

export interface Material {
  intros: (Piece & { text: string })[];
  /** Titles of level-1 topic headings (`党建引领风清气正`), without label. */
  topics: (Piece & { title: string })[];
  sections: Section[];
  /** Titles of whole documents (`学史力行办实事…`) that name neither place nor year. */
  slogans: string[];
  facts: Record<string, SeedFacts>;
}

export type { SeedFacts };

const DEPTH1 = /^[一二三四五六七八九十]+[、.．]/;
const DEPTH2 = /^[(（][一二三四五六七八九十]+[)）]/;
const PART_WORDS: [MaterialKind, RegExp][] = [
  ['challenges', /挑战|问题|不足|困难/],
  ['plan', /要点|重点|安排|计划|思路|展望/],
  ['summary', /总结|回顾|成绩/],
];

function partKindOf(title: string): MaterialKind | null {
  if (!/\d{4}年|挑战/.test(title)) return null;
  for (const [kind, re] of PART_WORDS) if (re.test(title)) return kind;
  return null;
}

/** The seed's text as lines; the single-line dump (000) is cut at its inline headings and ` | `. */
function seedLines(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/ \| ?/g, '\n')
    .replace(/ (?=[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\))/g, '\n')
    .split('\n')
    .map((l) => l.replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g, ''));
}

/** Cut one seed into pieces. */
function cutSeed(seed: string, text: string, into: Material): void {
  const facts = SEED_FACTS[seed];
  let kind = facts.startKind;
  const yearOf = (k: MaterialKind): number | null => (k === 'plan' ? facts.planYear : facts.reviewYear);
  let section: Section | null = null;
  let expectIntro = true;
  const lines = seedLines(text);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const isParagraph = line.includes('。') || line.length >= 40;
    if (DEPTH2.test(line)) {
      const rest = line.replace(DEPTH2, '');
      const stop = rest.indexOf('。');
      section = {
        kind, seed, partYear: yearOf(kind),
        title: stop >= 0 ? rest.slice(0, stop) : rest,
        inlineRest: stop >= 0 && stop < rest.length - 1 ? rest.slice(stop + 1) : null,
        body: [],
      };
      into.sections.push(section);
      expectIntro = false;
      continue;
    }
    const heading = DEPTH1.test(line) ? line.replace(DEPTH1, '') : null;
    const partTitle = heading === null && !line.includes('。') && line.length < 40 ? partKindOf(line) : null;
    if (heading !== null || partTitle) {
      // A level-1 heading may carry its part's intro inline (000: `一、2023年工作总结 2023年,…`).
      const [title, ...inline] = (heading ?? line).split(' ');
      const partKind = partTitle ?? partKindOf(title);
      section = null;
      if (partKind) {
        kind = partKind;
        expectIntro = true;
      } else if (heading !== null) {
        into.topics.push({ kind, seed, partYear: yearOf(kind), title });
        // A topic heading with paragraphs and no (一) under it becomes a section of its own.
        section = { kind, seed, partYear: yearOf(kind), title: title.replace(/。$/, ''), inlineRest: null, body: [] };
        if (lines.slice(i + 1).find((l) => l)?.match(DEPTH2)) section = null;
        else into.sections.push(section);
        expectIntro = false;
      }
      if (inline.length) into.intros.push({ kind, seed, partYear: yearOf(kind), text: inline.join(' ') });
      continue;
    }
    if (!isParagraph) {
      if (seed === '002' && i < 5 && !/[>:：]/.test(line)) into.slogans.push(line);
      continue;
    }
    if (section) section.body.push(line);
    else if (expectIntro || kind === 'challenges') into.intros.push({ kind, seed, partYear: yearOf(kind), text: line });
  }
}

let cached: Material | null = null;

/** Cut every seed in `seedsDir` (the repository's `seeds/`) into material. */
export function loadMaterial(seedsDir = fileURLToPath(new URL('../../seeds', import.meta.url))): Material {
  if (cached) return cached;
  const material: Material = { intros: [], topics: [], sections: [], slogans: [], facts: SEED_FACTS };
  for (const file of readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort()) {
    const seed = file.slice(0, 3);
    if (!SEED_FACTS[seed]) throw new Error(`bench: no facts for seed ${file}; add it to SEED_FACTS in scripts/bench/material.ts`);
    cutSeed(seed, readFileSync(path.join(seedsDir, file), 'utf8'), material);
  }
  cached = material;
  return material;
}
