/**
 * The benchmark's report: docs/benchmark.md (every figure, how it was measured) and the summary
 * written between the markers of README.md's Benchmark section.
 */
import { readFileSync } from 'node:fs';
import { count, gbOfKb, kb, mb, ms } from './format.ts';
import {
  baselinePerReportMs,
  finished,
  marginalsOf,
  perReportMs,
  type DevResult,
  type ParserFigures,
  type SizeResult,
} from './results.ts';
import type { RouteTime } from './phases.ts';
import { SHAPES } from './shapes.ts';
import { checkTargets, targetsTable } from './targets.ts';

export interface ReportContext {
  started: Date;
  machine: string;
  seed: number;
  realSeeds: number;
  maxMemoryGb: number;
  profiled: boolean;
}

/** Parser speed per CPU second: on a shared machine the wall clock also counts other people's work. */
const parserRate = (p: ParserFigures): number => p.megabytes / p.cpuSeconds;

/** The last line of a build log, timestamp and colour codes removed (where a killed build was). */
function lastLogLine(logFile: string): string {
  const lines = readFileSync(logFile, 'utf8').replace(/\x1b\[[0-9;]*m/g, '').trim().split('\n');
  return `“${(lines[lines.length - 1] ?? '').replace(/^\d\d:\d\d:\d\d\s*/, '').trim().slice(0, 100)}”`;
}

/** First one-term search: bytes (and, in the full table, time to results and facets); two-term facet counts: time. */
function searchCells(r: SizeResult, full: boolean): [string, string] {
  if (!('figures' in r.search)) return ['–', '–'];
  const { firstSearch: f, twoTermFacets: t } = r.search.figures;
  return [full ? `${kb(f.bytes)} in ${f.requests} requests, ${ms(f.milliseconds)}` : kb(f.bytes), ms(t.milliseconds)];
}

function sizeRow(r: SizeResult, marginal: Map<number, number>, marginalCpu: Map<number, number>, ctx: ReportContext): string {
  const b = baselinePerReportMs(r.baseline, r.n);
  const sb = baselinePerReportMs(r.baselineSearch, r.n);
  const p = r.phases;
  const phase = (v: number | null): string => (v === null ? '–' : `${v.toFixed(1)} s`);
  const ratio = (perReport: number, to: number | null): string => (to === null ? '–' : `${(perReport / to).toFixed(2)}×`);
  const withoutHooks = p.hooksS === null ? null : (r.site.wallMs - p.hooksS * 1000) / r.n;
  const m = marginal.get(r.n);
  const mc = marginalCpu.get(r.n);
  const time = finished(r)
    ? [
        ms(r.site.wallMs),
        r.site.cpuSeconds === null ? '–' : `${r.site.cpuSeconds.toFixed(0)} s`,
        ms(perReportMs(r)),
        m === undefined ? '–' : `${m.toFixed(1)} ms`,
        mc === undefined ? '–' : `${mc.toFixed(1)} ms`,
        b === null ? '–' : ms(b),
        ratio(perReportMs(r), b),
        withoutHooks === null ? '–' : ratio(withoutHooks, b),
        sb === null ? (r.baselineSearch?.killedAtKb ? 'killed' : '–') : ms(sb),
        ratio(perReportMs(r), sb),
      ]
    : [
        `**killed above ${ctx.maxMemoryGb} GB after ${ms(r.site.wallMs)}** (largest: \`${r.site.killedLargest?.command}\`, ${gbOfKb(r.site.killedLargest?.rssKb ?? 0)}; last log line: ${lastLogLine(r.logFile)})`,
        ...Array(9).fill('–'),
      ];
  const buildOnly = r.dist.buildOnly.length ? r.dist.buildOnly.map((f) => `**${f.path} ${mb(f.bytes)}**`).join(', ') : 'none';
  const largest = r.dist.largest ? `${r.dist.largest.path} ${mb(r.dist.largest.bytes)}` : '–';
  return `| ${[
    count(r.n),
    mb(r.corpusBytes),
    ...time,
    gbOfKb(r.site.peakTreeRssKb),
    gbOfKb(r.site.peakProcessRssKb),
    `${mb(r.dist.bytes)}, ${count(r.dist.files)} files`,
    kb(r.dist.bytes / r.n),
    mb(r.pagefindBytes),
    buildOnly,
    largest,
    ...searchCells(r, true),
    `${phase(p.syncS)} / ${phase(p.viteS)} / ${phase(p.pagesS)} / ${phase(p.hooksS)}`,
  ].join(' | ')} |`;
}

/** Prerender time by route at every size, slowest routes (at the largest size) first. */
function routesTable(results: SizeResult[]): string[] {
  const withRoutes = results.filter((r) => r.routes.length);
  if (!withRoutes.length) return [];
  const order = withRoutes[withRoutes.length - 1].routes.map((x) => x.route);
  for (const r of withRoutes) for (const x of r.routes) if (!order.includes(x.route)) order.push(x.route);
  // Name a route's endpoint files when they are few (/search/records.ndjson), count them otherwise.
  const named = (route: string): string => {
    const names = [...new Set(withRoutes.flatMap((r) => r.routes.find((x) => x.route === route)?.files ?? []))];
    return names.length && names.length <= 3 ? ` (${names.join(', ')})` : '';
  };
  const cell = (x: RouteTime): string =>
    [x.pages ? `${count(x.pages)} page${x.pages === 1 ? '' : 's'}` : '', x.files.length > 3 ? `${count(x.files.length)} files` : '']
      .filter(Boolean)
      .reduce((text, part) => `${text}, ${part}`, ms(x.ms));
  return [
    'Prerender time by route, summed from the build logs (Astro times every page and endpoint it writes):',
    '',
    `| route | ${withRoutes.map((r) => `${count(r.n)} reports`).join(' | ')} |`,
    `|---|${withRoutes.map(() => '---:').join('|')}|`,
    ...order.map((route) => {
      const cells = withRoutes.map((r) => {
        const x = r.routes.find((y) => y.route === route);
        return x ? cell(x) : '–';
      });
      return `| ${route}${named(route)} | ${cells.join(' | ')} |`;
    }),
    '',
  ];
}

function parserLines(parser: ParserFigures | null): string[] {
  if (!parser) return ['Parser alone: not measured.', ''];
  return [
    `Parser alone (\`parseReport\`, one thread, in process): ${count(parser.reports)} reports, ${parser.megabytes.toFixed(1)} MB in ${parser.seconds.toFixed(1)} s wall, ${parser.cpuSeconds.toFixed(1)} s CPU = **${parserRate(parser).toFixed(1)} MB per CPU second** (${(parser.megabytes / parser.seconds).toFixed(1)} MB/s wall)` +
      `; rejected with ReportError: ${parser.rejected}; other errors (bugs): ${parser.crashes.length}.`,
    '',
    'Linearity, 10 MB of one shape in one input (scripts/bench/shapes.ts; a process of its own, killed after 2 minutes):',
    '',
    '| shape | wall | CPU | sentences | figures |',
    '|---|---:|---:|---:|---:|',
    ...parser.shapes.map(({ name, result }) =>
      result.finished
        ? `| ${name}: ${SHAPES[name].describe} | ${result.seconds.toFixed(1)} s | ${result.cpuSeconds.toFixed(1)} s | ${count(result.sentences)} | ${count(result.figures)} |`
        : `| ${name}: ${SHAPES[name].describe} | **${result.reason}** | | | |`,
    ),
    '',
  ];
}

function devLines(devs: DevResult[]): string[] {
  return devs.flatMap((dev) => {
    if (!('dev' in dev)) return [`Dev loop (${count(dev.n)} reports): not measured (${dev.error}).`, ''];
    const shown = dev.dev.latenciesMs.map((v) => (v === null ? 'not shown within 120 s' : ms(v))).join(', ');
    return [
      `Dev loop (\`astro dev\`, ${count(dev.n)} reports): server up in ${ms(dev.dev.startupMs)}, report page first load ${ms(dev.dev.firstLoadMs)}; an edited report shown after ${shown}.`,
      '',
    ];
  });
}

export function report(
  results: SizeResult[],
  parser: ParserFigures | null,
  devs: DevResult[],
  ctx: ReportContext,
): { full: string; summary: string } {
  const when = ctx.started.toISOString().slice(0, 16).replace('T', ' ');
  const marginal = new Map(marginalsOf(results).map((m) => [m.to, m.msPerReport]));
  const marginalCpu = new Map(marginalsOf(results, true).map((m) => [m.to, m.msPerReport]));
  const targets = checkTargets({ results, devs, maxMemoryGb: ctx.maxMemoryGb });
  const table = targetsTable(targets);
  const misses = targets.filter((t) => t.met === false);
  const lines: string[] = [
    '# Benchmark',
    '',
    `Generated by \`npm run bench\` (scripts/bench/run.ts), ${when} UTC.`,
    '',
    `- Machine: ${ctx.machine}.`,
    `- Corpus: scripts/bench/generate.ts, seed ${ctx.seed}: the five seeds cut into sections and recombined, real places`,
    '  from the gazetteer, years 2018–2025, perturbed figures, mixed formats (title or not, metadata table, breadcrumb,',
    '  single-line dump, full-width punctuation, CRLF, GB18030, UTF-16). Every build also holds the',
    `  ${ctx.realSeeds} real seeds (the repository's corrections refer to them); per-report figures divide by the synthetic count.`,
    '- Site: a full `astro build` (parsing, pages, charts, comparison, topics, Pagefind index) in a folder of its own.',
    '- Marginal cost: the slope of the build\'s wall time between a size and the one before,',
    '  (wall(n₂) − wall(n₁)) / (n₂ − n₁): what one more report costs, the fixed costs (bundling, shared pages) left out;',
    '  the target is on wall time, the CPU slope (all the build\'s processes, GNU time) shows how much of it is waiting.',
    '- Baseline: a plain Astro project (scripts/bench/baseline/) rendering the same texts as markdown pages with the glob',
    '  loader and no search index, built right after the site: the ratio is the cost of our own work, search included;',
    '  the next column leaves out the `astro:build:done` hooks (the Pagefind index, the sitemap). The same baseline is',
    '  built a second time with Pagefind indexing its pages the default way (its Chinese segmentation, one index), for',
    '  the cost of a search index at all; that index finds pages that do not contain the query (README, Search).',
    '- Peak RSS, tree: the largest sum of resident memory over the build\'s processes, sampled every 100 ms; largest',
    '  process: the largest peak of any one of them (VmHWM, GNU time). GB and MB are 10⁹ and 10⁶ bytes.',
    `  A build going over ${ctx.maxMemoryGb} GB is killed (\`--max-memory-gb\`) rather than left to exhaust the shared machine.`,
    '- Dist: what a deploy uploads; build-only files are the search records (the index\'s input), which must not be in it.',
    '- Search (scripts/bench-search.ts, `measureSearch`, headless Chromium on 127.0.0.1, each on a freshly opened',
    '  search page): a first one-term search typed in, the bytes it downloads and the time until its results and',
    '  facet counts are shown; a two-term query, the time `window.reportFacets` takes to count its facets.',
    ...(ctx.profiled ? ['- The site builds ran under `node --cpu-prof` (5 ms sampling); profiles follow the tables.'] : []),
    '',
    '| reports | corpus | build (wall) | CPU | per report | marginal per report | marginal CPU per report | baseline per report | ratio | ratio without the build:done hooks | baseline with default Pagefind, per report | ratio to it | peak RSS, tree | largest process | dist | dist per report | Pagefind index | build-only in dist | largest file in dist | first search | two-term facets | phases: sync+parse / vite / pages / hooks (search) |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---:|---:|---|',
    ...results.map((r) => sizeRow(r, marginal, marginalCpu, ctx)),
    '',
    ...routesTable(results),
    ...parserLines(parser),
    ...devLines(devs),
    table,
    '',
    ...results.flatMap((r) => (r.profile ? [r.profile, ''] : [])),
    '## What the figures show (written by hand after this run; the next `--write` replaces this file)',
    '',
    ...(misses.length
      ? misses.map((t, i) => `${i + 1}. **${t.target} (${t.figure}, missed).** _The measured cause, to be written from this run._`)
      : ['Every target measured was met.']),
    '',
  ];
  const summary = [
    `Latest run: ${when} UTC on ${ctx.machine}.`,
    '',
    '| reports | build (wall) | per report | marginal per report | ratio to plain pages + default Pagefind | peak RSS, tree | largest process | dist per report | first search | two-term facets |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...results.map((r) => {
      if (!finished(r)) return `| ${count(r.n)} | killed above ${ctx.maxMemoryGb} GB | – | – | – | ${gbOfKb(r.site.peakTreeRssKb)} | ${gbOfKb(r.site.peakProcessRssKb)} | – | – | – |`;
      const sb = baselinePerReportMs(r.baselineSearch, r.n);
      const m = marginal.get(r.n);
      return `| ${[
        count(r.n),
        ms(r.site.wallMs),
        ms(perReportMs(r)),
        m === undefined ? '–' : `${m.toFixed(1)} ms`,
        sb === null ? '–' : `${(perReportMs(r) / sb).toFixed(2)}×`,
        gbOfKb(r.site.peakTreeRssKb),
        gbOfKb(r.site.peakProcessRssKb),
        kb(r.dist.bytes / r.n),
        ...searchCells(r, false),
      ].join(' | ')} |`;
    }),
    '',
    table,
  ].join('\n');
  return { full: lines.join('\n'), summary };
}

const README_START = '<!-- bench:start (written by npm run bench -- --write) -->';
const README_END = '<!-- bench:end -->';

/** README with the text between its benchmark markers replaced by `summary`. */
export function withSummary(readme: string, summary: string): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) throw new Error(`README.md: no benchmark markers (${README_START} … ${README_END})`);
  return `${readme.slice(0, start + README_START.length)}\n${summary}\n${readme.slice(end)}`;
}
