/**
 * The benchmark (`npm run bench`): builds the whole site from synthetic corpora of 100, 1,000, 2,000
 * and 5,000 reports (10,000 with `--full`) and a plain-markdown Astro baseline of the same texts,
 * measures what a reader's search downloads and waits for in each built site, the parser alone and
 * the dev server's edit loop, checks issue 13's targets (targets.ts) and prints a markdown report
 * (`--write` also writes it to docs/benchmark.md, and the summary between the markers of README.md's
 * Benchmark section).
 *
 *   npm run bench -- [--sizes 100,500] [--full] [--write] [--seed 1] [--profile]
 *                    [--skip-baseline] [--skip-parser] [--skip-dev] [--skip-search] [--keep] [--content <folder>]
 *                    [--max-memory-gb 12]   (a build above it is killed and reported, not left to starve the machine)
 *
 * Everything is built in a fresh /tmp/bench-* folder, never in seeds/ or dist/.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { measureDevEdit } from './devloop.ts';
import { scanDist } from './dist.ts';
import { mb } from './format.ts';
import { generateReport, writeCorpus, type GeneratedReport } from './generate.ts';
import { parseIsolated } from './isolated.ts';
import { runMeasured, type RunFigures } from './measure.ts';
import { phasesOf, routesOf } from './phases.ts';
import { summariseProfile } from './profile.ts';
import { report, withSummary } from './report.ts';
import { gbToKb, kbToGb, type DevResult, type ParserFigures, type SizeResult } from './results.ts';
import { measureSearchOf, type SearchOutcome } from './search.ts';
import { SHAPES, type ShapeName } from './shapes.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
const ASTRO_BIN = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');
const BASELINE = path.join(ROOT, 'scripts/bench/baseline');
/** The five real seeds, built along with every synthetic corpus. */
const REAL_SEEDS = readdirSync(path.join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort();

const SHAPE_BYTES = 10e6;
const SHAPE_TIMEOUT_MS = 120_000;

/** Linearity: 10 MB of each shape (scripts/bench/shapes.ts), each in a process killed after 2 minutes. */
function measureShapes(work: string): ParserFigures['shapes'] {
  return (Object.keys(SHAPES) as ShapeName[]).map((name) => {
    const file = path.join(work, `shape-${name}.txt`);
    writeFileSync(file, SHAPES[name].make(SHAPE_BYTES));
    console.error(`[bench] parser on 10 MB of ${name}…`);
    return { name, result: parseIsolated(file, SHAPE_TIMEOUT_MS) };
  });
}

function options() {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string' },
      full: { type: 'boolean', default: false },
      write: { type: 'boolean', default: false },
      seed: { type: 'string', default: '1' },
      profile: { type: 'boolean', default: false },
      'skip-baseline': { type: 'boolean', default: false },
      'skip-dev': { type: 'boolean', default: false },
      'skip-parser': { type: 'boolean', default: false },
      'skip-search': { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      content: { type: 'string', default: path.join(ROOT, 'content') },
      // Enough for 10,000 reports on a shared machine with 24 GB.
      'max-memory-gb': { type: 'string', default: '12' },
    },
  });
  const sizes = values.sizes
    ? values.sizes.split(',').map((s) => Number(s.trim()))
    : [100, 1000, 2000, 5000, ...(values.full ? [10000] : [])]; // several targets are stated at 2,000
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes must be positive integers: ${values.sizes}`);
  const maxMemoryGb = Number(values['max-memory-gb']);
  if (!(maxMemoryGb > 0)) throw new Error(`--max-memory-gb must be a positive number: ${values['max-memory-gb']}`);
  return { ...values, sizes: [...new Set(sizes)].sort((a, b) => a - b), seed: Number(values.seed), maxMemoryGb, maxTreeRssKb: gbToKb(maxMemoryGb) };
}

/** Plain markdown of a report text for the baseline: its first line as title, every line a paragraph. */
function toMarkdown(text: string, file: string): string {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const title = (lines[0] ?? file).slice(0, 80);
  return `---\ntitle: ${JSON.stringify(title)}\n---\n\n${lines.join('\n\n')}\n`;
}

function linkFirst(from: string, to: string, files: string[]): void {
  mkdirSync(to, { recursive: true });
  for (const f of files) linkSync(path.join(from, f), path.join(to, f));
}

async function buildSize(
  n: number,
  work: string,
  corpus: { seeds: string; md: string; files: string[]; bytes: number[] },
  opts: ReturnType<typeof options>,
): Promise<SizeResult> {
  const dir = path.join(work, `n${n}`);
  const seedFiles = corpus.files.slice(0, n);
  linkFirst(corpus.seeds, path.join(dir, 'seeds'), seedFiles);
  // The real seeds too: the repository's content (corrections, cities) refers to them.
  linkFirst(path.join(ROOT, 'seeds'), path.join(dir, 'seeds'), REAL_SEEDS);
  const corpusBytes = corpus.bytes.slice(0, n).reduce((a, b) => a + b, 0);
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    SEEDS_DIR: path.join(dir, 'seeds'),
    CONTENT_DIR: opts.content,
    ASTRO_OUT_DIR: path.join(dir, 'dist'),
    ASTRO_CACHE_DIR: path.join(dir, 'cache'),
  };
  const profDir = path.join(dir, 'prof');
  // A 5 ms sampling interval keeps the profiler's cost and file small over builds of minutes.
  const nodeArgs = opts.profile ? ['--cpu-prof', '--cpu-prof-interval', '5000', `--cpu-prof-dir=${profDir}`] : [];
  console.error(`[bench] N=${n}: building the site…`);
  const logFile = path.join(dir, 'site-build.log');
  // Run from the size's own folder: Astro puts prerender chunks in <cwd>/.astro/.prerender when outDir
  // is outside the working directory, which would be shared with every other build of the repository.
  const site = await runMeasured(process.execPath, [...nodeArgs, ASTRO_BIN, 'build', '--root', ROOT], {
    cwd: dir,
    env,
    logFile,
    maxTreeRssKb: opts.maxTreeRssKb,
  });
  if (site.exitCode !== 0 && site.killedAtKb === null) throw new Error(`site build failed for N=${n} (exit ${site.exitCode}); see ${logFile}`);
  const dist = scanDist(env.ASTRO_OUT_DIR);
  const log = readFileSync(logFile, 'utf8');
  let search: SearchOutcome = { skipped: '`--skip-search`' };
  if (site.killedAtKb !== null) search = { skipped: 'build killed' };
  else if (!opts['skip-search']) {
    console.error(`[bench] N=${n}: measuring search in the built site…`);
    search = await measureSearchOf(env.ASTRO_OUT_DIR);
    if ('skipped' in search) console.error(`[bench] N=${n}: search not measured: ${search.skipped}`);
  }

  let profile: string | null = null;
  if (opts.profile && existsSync(profDir)) {
    const file = readdirSync(profDir)
      .map((f) => path.join(profDir, f))
      .sort((a, b) => statSync(b).size - statSync(a).size)[0];
    if (file) profile = formatProfile(file, n, [path.join(ROOT, 'src'), dir]);
  }

  let baseline: RunFigures | null = null;
  let baselineSearch: RunFigures | null = null;
  if (!opts['skip-baseline']) {
    linkFirst(corpus.md, path.join(dir, 'md'), [...seedFiles, ...REAL_SEEDS].map((f) => f.replace(/\.txt$/, '.md')));
    const buildBaseline = async (search: boolean): Promise<RunFigures> => {
      const name = search ? 'baseline-search' : 'baseline';
      console.error(`[bench] N=${n}: building the ${name}…`);
      const baseLog = path.join(dir, `${name}-build.log`);
      const figures = await runMeasured(process.execPath, [ASTRO_BIN, 'build', '--root', BASELINE], {
        cwd: dir,
        env: {
          ...env,
          BASELINE_MD_DIR: path.join(dir, 'md'),
          BASELINE_SEARCH: search ? '1' : '0',
          ASTRO_OUT_DIR: path.join(dir, `${name}-dist`),
          ASTRO_CACHE_DIR: path.join(dir, `${name}-cache`),
        },
        logFile: baseLog,
        maxTreeRssKb: opts.maxTreeRssKb,
      });
      if (figures.exitCode !== 0 && figures.killedAtKb === null) throw new Error(`${name} build failed for N=${n}; see ${baseLog}`);
      return figures;
    };
    baseline = await buildBaseline(false);
    baselineSearch = await buildBaseline(true);
  }
  return {
    n,
    corpusBytes,
    site,
    phases: phasesOf(log),
    routes: routesOf(log),
    dist,
    pagefindBytes: dist.byTop.pagefind ?? 0,
    baseline,
    baselineSearch,
    search,
    profile,
    logFile,
  };
}

function formatProfile(file: string, n: number, ours: string[]): string {
  const s = summariseProfile(file, ROOT, ours);
  const rows = (lines: { where: string; ms: number; share: number }[]): string =>
    lines.map((l) => `| ${(l.share * 100).toFixed(1)}% | ${(l.ms / 1000).toFixed(2)} s | \`${l.where}\` |`).join('\n');
  return [
    `#### CPU profile of the site build, N=${n} (${(s.totalMs / 1000).toFixed(1)} s busy on the main thread, idle left out)`,
    '',
    'Self time:',
    '',
    '| share | time | function |',
    '|---:|---:|---|',
    rows(s.self),
    '',
    'Our code, inclusive time:',
    '',
    '| share | time | function |',
    '|---:|---:|---|',
    rows(s.ours),
  ].join('\n');
}

async function measureParser(work: string, seedsDir: string, files: string[]): Promise<ParserFigures | null> {
  const lib = (await import(path.join(ROOT, 'src/lib/parser/index.ts'))) as Record<string, unknown>;
  const errors = (await import(path.join(ROOT, 'src/lib/model/errors.ts'))) as { ReportError: new (...a: never[]) => Error };
  const parse = lib.parseReport as ((bytes: Uint8Array, o: { source: string }) => unknown) | undefined;
  if (typeof parse !== 'function') return null;
  const inputs = files.map((f) => ({ source: `bench/${f}`, bytes: new Uint8Array(readFileSync(path.join(seedsDir, f))) }));
  const crashes: string[] = [];
  let rejected = 0;
  const parseOne = (source: string, bytes: Uint8Array): void => {
    try {
      parse(bytes, { source });
    } catch (error) {
      if (error instanceof errors.ReportError) rejected++;
      else crashes.push(`${source}: ${error instanceof Error ? error.stack : String(error)}`);
    }
  };
  for (const input of inputs.slice(0, 20)) parseOne(input.source, input.bytes); // warm-up
  rejected = 0;
  crashes.length = 0;
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  for (const input of inputs) parseOne(input.source, input.bytes);
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const bytes = inputs.reduce((sum, i) => sum + i.bytes.length, 0);

  return {
    reports: inputs.length,
    megabytes: bytes / 1e6,
    seconds,
    cpuSeconds,
    rejected,
    crashes,
    shapes: measureShapes(work),
  };
}

/** The page of `report` in a built site: the HTML file holding most of its sentences. */
function findReportPage(distDir: string, report: GeneratedReport): string | null {
  const sentences = [...new Set(report.text.split(/(?<=。)/).map((s) => s.trim()).filter((s) => s.length >= 15 && s.endsWith('。')))];
  let best: { page: string; score: number } | null = null;
  const stack = [distDir];
  while (stack.length) {
    const current = stack.pop()!;
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind' && entry.name !== '_astro') stack.push(full);
      } else if (entry.name === 'index.html') {
        const text = readFileSync(full, 'utf8').replace(/<[^>]+>/g, '');
        const score = sentences.filter((s) => text.includes(s)).length;
        if (!best || score > best.score) best = { page: full, score };
      }
    }
  }
  if (!best || best.score === 0) return null;
  return `/${path.relative(distDir, path.dirname(best.page)).split(path.sep).join('/')}/`.replace(/^\/\/$/, '/');
}

/** The dev loop on the corpus of size `n` (its build must exist, to find the report's page). */
async function measureDev(work: string, n: number, corpusSeeds: string, files: string[], opts: ReturnType<typeof options>): Promise<DevResult> {
  const smallest = n;
  const candidates = files.slice(0, smallest).map((f, i) => ({ f, r: generateReport(i, opts.seed) }));
  const pick = candidates.find(({ r }) => r.format.encoding === 'utf-8' && !r.format.fullWidth && !r.format.singleLine && !r.format.crlf);
  if (!pick) return { n, error: 'no plain UTF-8 report in the corpus to edit' };
  const page = findReportPage(path.join(work, `n${smallest}`, 'dist'), pick.r);
  if (!page) return { n, error: `could not find the page of ${pick.f} in the N=${smallest} build` };
  const devDir = path.join(work, `dev${n}`);
  mkdirSync(path.join(devDir, 'seeds'), { recursive: true });
  // Copies, not links: the edits must not reach the corpus the builds used.
  for (const f of files.slice(0, smallest)) copyFileSync(path.join(corpusSeeds, f), path.join(devDir, 'seeds', f));
  for (const f of REAL_SEEDS) copyFileSync(path.join(ROOT, 'seeds', f), path.join(devDir, 'seeds', f));
  console.error(`[bench] dev server: editing ${pick.f}, page ${page}…`);
  try {
    const dev = await measureDevEdit({
      root: ROOT,
      cwd: devDir,
      astroBin: ASTRO_BIN,
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        SEEDS_DIR: path.join(devDir, 'seeds'),
        CONTENT_DIR: opts.content,
        ASTRO_CACHE_DIR: path.join(devDir, 'cache'),
        ASTRO_OUT_DIR: path.join(devDir, 'dist'),
      },
      file: path.join(devDir, 'seeds', pick.f),
      page,
      logFile: path.join(devDir, 'dev.log'),
    });
    return { n, dev, page };
  } catch (error) {
    return { n, error: error instanceof Error ? error.message : String(error) };
  }
}

function machine(): string {
  const astro = JSON.parse(readFileSync(path.join(ROOT, 'node_modules/astro/package.json'), 'utf8')).version;
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `${os.availableParallelism()} cores (${cpu}), ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB RAM, Node ${process.version}, Astro ${astro}, ${os.type()} ${os.release()}`;
}

async function main(): Promise<void> {
  const opts = options();
  const started = new Date();
  const work = mkdtempSync(path.join(os.tmpdir(), 'bench-'));
  console.error(`[bench] working in ${work}`);
  // Builds run from folders in here (see buildSize); their prerender chunks import packages by name.
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(work, 'node_modules'));
  const largest = opts.sizes[opts.sizes.length - 1];
  const corpus = { seeds: path.join(work, 'corpus'), md: path.join(work, 'corpus-md'), files: [] as string[], bytes: [] as number[] };
  mkdirSync(corpus.md, { recursive: true });
  writeCorpus(corpus.seeds, largest, opts.seed, (r) => {
    corpus.files.push(r.file);
    corpus.bytes.push(r.bytes.length);
    writeFileSync(path.join(corpus.md, r.file.replace(/\.txt$/, '.md')), toMarkdown(r.text, r.file));
  });
  for (const f of REAL_SEEDS) {
    writeFileSync(path.join(corpus.md, f.replace(/\.txt$/, '.md')), toMarkdown(readFileSync(path.join(ROOT, 'seeds', f), 'utf8'), f));
  }
  console.error(`[bench] corpus: ${largest} reports, ${mb(corpus.bytes.reduce((a, b) => a + b, 0))}`);

  const results: SizeResult[] = [];
  for (const n of opts.sizes) {
    results.push(await buildSize(n, work, corpus, opts));
    const r = results[results.length - 1];
    console.error(
      `[bench] N=${n}: ${(r.site.wallMs / 1000).toFixed(1)} s${r.site.killedAtKb ? ' (KILLED: memory)' : ''} (baseline ${r.baseline ? (r.baseline.wallMs / 1000).toFixed(1) : '–'} s, with default Pagefind ${r.baselineSearch ? (r.baselineSearch.wallMs / 1000).toFixed(1) : '–'} s), peak ${kbToGb(r.site.peakTreeRssKb).toFixed(2)} GB`,
    );
  }
  if (!opts['skip-parser']) console.error('[bench] parser alone…');
  const parser = opts['skip-parser'] ? null : await measureParser(work, corpus.seeds, corpus.files);
  if (parser?.crashes.length) console.error(`[bench] parser crashes (not ReportError):\n${parser.crashes.slice(0, 5).join('\n')}`);
  // The edit loop at the smallest size and at 1,000 (larger dev servers are not how editors work).
  const devSizes = opts['skip-dev'] ? [] : [...new Set([opts.sizes[0], ...opts.sizes.filter((n) => n === 1000)])];
  const devs: DevResult[] = [];
  for (const n of devSizes) devs.push(await measureDev(work, n, corpus.seeds, corpus.files, opts));

  const { full, summary } = report(results, parser, devs, {
    started,
    machine: machine(),
    seed: opts.seed,
    realSeeds: REAL_SEEDS.length,
    maxMemoryGb: opts.maxMemoryGb,
    profiled: opts.profile,
  });
  console.log(full);
  if (opts.write) {
    writeFileSync(path.join(ROOT, 'docs/benchmark.md'), full);
    const readme = path.join(ROOT, 'README.md');
    writeFileSync(readme, withSummary(readFileSync(readme, 'utf8'), summary));
    console.error('[bench] wrote docs/benchmark.md and the results in README.md');
  }
  if (opts.keep) console.error(`[bench] kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

await main();
