/**
 * The benchmark's figures and issue 13's targets (scripts/bench/results.ts, targets.ts, report.ts):
 * marginal cost, met / missed / not measured, and the README summary between its markers.
 */
import { describe, expect, it } from 'vitest';
import { distFiguresOf } from '../../../scripts/bench/dist.ts';
import type { RunFigures } from '../../../scripts/bench/measure.ts';
import { report, withSummary } from '../../../scripts/bench/report.ts';
import { gbToKb, marginalCosts, type DevResult, type SizeResult } from '../../../scripts/bench/results.ts';
import type { SearchOutcome } from '../../../scripts/bench/search.ts';
import { checkTargets, targetsTable, TARGETS, type TargetLine } from '../../../scripts/bench/targets.ts';

const run = (wallMs: number, treeGb: number, processGb: number, killed = false): RunFigures => ({
  wallMs,
  peakTreeRssKb: gbToKb(treeGb),
  peakProcessRssKb: gbToKb(processGb),
  cpuSeconds: wallMs / 1000,
  exitCode: killed ? 1 : 0,
  killedAtKb: killed ? gbToKb(treeGb) : null,
  killedLargest: killed ? { command: 'node astro.mjs build', rssKb: gbToKb(processGb) } : null,
});

interface Size {
  n: number;
  wallMs: number;
  treeGb?: number;
  processGb?: number;
  killed?: boolean;
  searchBaselineMs?: number | null;
  search?: SearchOutcome;
  records?: number;
}

function size({ n, wallMs, treeGb = 1, processGb = 0.5, killed = false, searchBaselineMs = null, search, records }: Size): SizeResult {
  const files = [
    { path: 'index.html', bytes: 10_000 },
    { path: 'pagefind/pagefind.js', bytes: 40_000 },
    ...(records === undefined ? [] : [{ path: 'search/records.ndjson', bytes: records }]),
  ];
  return {
    n,
    corpusBytes: n * 18_000,
    site: run(wallMs, treeGb, processGb, killed),
    phases: { syncS: null, viteS: null, pagesS: null, beforeHooksS: null, hooksS: null, totalS: null },
    routes: [],
    dist: distFiguresOf(files),
    pagefindBytes: 40_000,
    baseline: null,
    baselineSearch: searchBaselineMs === null ? null : run(searchBaselineMs, 2, 1),
    search: search ?? { skipped: '`--skip-search`' },
    profile: null,
    logFile: '/nonexistent',
  };
}

const line = (lines: TargetLine[], start: string): TargetLine => {
  const found = lines.find((l) => l.target.startsWith(start) || l.target.includes(start));
  if (!found) throw new Error(`no target line with ${start}: ${lines.map((l) => l.target).join('; ')}`);
  return found;
};

const fetched = (bytes: number) => ({ bytes, requests: 12, byKind: { 'index chunks': { files: 10, bytes } } });
const searched = (bytes: number, facetMs: number): SearchOutcome => ({
  figures: {
    firstSearch: { query: '托育', results: 50, milliseconds: 700, ...fetched(bytes) },
    twoTermFacets: { query: '乐清 托育', milliseconds: facetMs, ...fetched(90_000) },
  },
});

describe('marginalCosts', () => {
  it('is the slope of wall time between consecutive sizes, in ms per report, whatever the order given', () => {
    const m = marginalCosts([
      { n: 5000, wallMs: 200_000 },
      { n: 100, wallMs: 15_000 },
      { n: 1000, wallMs: 51_000 },
    ]);
    expect(m.map((x) => [x.from, x.to])).toEqual([
      [100, 1000],
      [1000, 5000],
    ]);
    expect(m[0].msPerReport).toBeCloseTo(36_000 / 900, 9);
    expect(m[1].msPerReport).toBeCloseTo(149_000 / 4000, 9);
  });

  it('needs two sizes', () => {
    expect(marginalCosts([{ n: 100, wallMs: 1 }])).toEqual([]);
  });
});

describe('checkTargets', () => {
  const devs: DevResult[] = [{ n: 1000, page: '/reports/x/', dev: { startupMs: 9000, firstLoadMs: 100, latenciesMs: [1200, 2500, 900] } }];

  it('checks memory at the sizes the issue names and leaves unrun sizes not measured', () => {
    const lines = checkTargets({
      results: [size({ n: 1000, wallMs: 40_000 }), size({ n: 2000, wallMs: 75_000, processGb: 1.6 })],
      devs,
      maxMemoryGb: 12,
    });
    const at2000 = line(lines, `largest build process < ${TARGETS.largestProcessGb[2000]} GB at 2,000`);
    expect(at2000.met).toBe(false);
    expect(at2000.figure).toBe('1.60 GB');
    const at10000 = line(lines, 'largest build process < 2.5 GB at 10,000');
    expect(at10000.met).toBeNull();
    expect(at10000.figure).toContain('--full');
    expect(line(lines, 'whole process tree').met).toBeNull();
  });

  it('judges the marginal cost from 1,000 up, every slope under the limit', () => {
    const results = [
      size({ n: 100, wallMs: 15_000 }),
      size({ n: 1000, wallMs: 60_000 }), // 50 ms per report from 100: warm-up, not judged
      size({ n: 2000, wallMs: 95_000 }), // 35
      size({ n: 5000, wallMs: 200_000 }), // 35
    ];
    const m = line(checkTargets({ results, devs, maxMemoryGb: 12 }), 'marginal cost');
    expect(m.met).toBe(true);
    expect(m.figure).toBe('1,000→2,000: 35.0 ms, 2,000→5,000: 35.0 ms');
    results[3] = size({ n: 5000, wallMs: 230_000 }); // 45
    expect(line(checkTargets({ results, devs, maxMemoryGb: 12 }), 'marginal cost').met).toBe(false);
  });

  it('leaves a killed build out of the slopes and misses its targets', () => {
    const results = [size({ n: 1000, wallMs: 60_000 }), size({ n: 2000, wallMs: 30_000, treeGb: 12.1, processGb: 3, killed: true })];
    const lines = checkTargets({ results, devs, maxMemoryGb: 12 });
    expect(line(lines, 'marginal cost').met).toBeNull();
    expect(line(lines, 'largest build process < 1.5 GB at 2,000')).toEqual({
      target: 'largest build process < 1.5 GB at 2,000 reports',
      figure: '3.00 GB (killed above 12 GB)',
      met: false,
    });
    expect(line(lines, 'first one-term search').met).toBe(false);
  });

  it('takes the ratio to the default-Pagefind baseline at 5,000, not measured when that baseline was killed', () => {
    const ok = checkTargets({ results: [size({ n: 5000, wallMs: 300_000, searchBaselineMs: 250_000 })], devs, maxMemoryGb: 12 });
    expect(line(ok, 'default Pagefind baseline')).toMatchObject({ met: true, figure: '1.20× (60 ms / 50 ms)' });
    const killed = size({ n: 5000, wallMs: 300_000 });
    killed.baselineSearch = run(90_000, 12.5, 11, true);
    const lines = checkTargets({ results: [killed], devs, maxMemoryGb: 12 });
    expect(line(lines, 'default Pagefind baseline')).toMatchObject({ met: null, figure: 'the baseline was killed above 12 GB' });
  });

  it('reads the search figures, and says why when there are none', () => {
    const results = [size({ n: 2000, wallMs: 80_000, search: searched(390_000, 1600) })];
    const lines = checkTargets({ results, devs, maxMemoryGb: 12 });
    expect(line(lines, 'first one-term search downloads < 400 KB at 2,000')).toMatchObject({ met: true, figure: '390 KB ("托育")' });
    expect(line(lines, 'facet counts of a two-term query < 1.5 s at 2,000')).toMatchObject({ met: false, figure: '1.6 s ("乐清 托育")' });
    const skipped = checkTargets({ results: [size({ n: 2000, wallMs: 80_000 })], devs, maxMemoryGb: 12 });
    expect(line(skipped, 'first one-term search downloads < 400 KB at 2,000')).toMatchObject({ met: null, figure: '– (`--skip-search`)' });
  });

  it('misses the dev loop when any edit took 2 s or more', () => {
    const lines = checkTargets({ results: [size({ n: 1000, wallMs: 60_000 })], devs, maxMemoryGb: 12 });
    expect(line(lines, 'dev')).toMatchObject({ met: false, figure: '1.2 s, 2.5 s, 900 ms' });
    const fast: DevResult[] = [{ n: 1000, page: '/', dev: { startupMs: 1, firstLoadMs: 1, latenciesMs: [1200, 1900] } }];
    expect(line(checkTargets({ results: [], devs: fast, maxMemoryGb: 12 }), 'dev').met).toBe(true);
  });

  it('flags any search records file left in dist', () => {
    const clean = checkTargets({ results: [size({ n: 100, wallMs: 15_000 })], devs: [], maxMemoryGb: 12 });
    expect(line(clean, 'no build-only file')).toMatchObject({ met: true, figure: 'none' });
    const left = checkTargets({ results: [size({ n: 100, wallMs: 15_000, records: 2_600_000 })], devs: [], maxMemoryGb: 12 });
    expect(line(left, 'no build-only file')).toMatchObject({ met: false, figure: 'search/records.ndjson 2.6 MB at 100' });
  });

  it('writes a miss with room for its cause', () => {
    const table = targetsTable([
      { target: 'a', figure: '1', met: true },
      { target: 'b', figure: '2', met: false },
      { target: 'c', figure: '–', met: null },
    ]);
    expect(table.split('\n').slice(2)).toEqual(['| a | 1 | met |  |', '| b | 2 | **missed** | _to be written from this run_ |', '| c | – | not measured |  |']);
  });
});

describe('report', () => {
  const ctx = { started: new Date('2026-12-05T06:00:00Z'), machine: 'test machine', seed: 1, realSeeds: 5, maxMemoryGb: 12, profiled: false };

  it('shows marginal cost, dist per report and the build-only files of each size', () => {
    const { full, summary } = report(
      [size({ n: 100, wallMs: 15_000, records: 2_000_000 }), size({ n: 1000, wallMs: 51_000, search: searched(300_000, 900) })],
      null,
      [],
      ctx,
    );
    const rows = full.split('\n').filter((l) => /^\| 1,000 \|/.test(l));
    expect(rows[0]).toContain('| 40.0 ms | 40.0 ms |'); // (51 − 15) s / 900 reports, wall and CPU
    // Header, separator and every row of the size table have as many cells.
    const lines = full.split('\n');
    const head = lines.findIndex((l) => l.startsWith('| reports | corpus |'));
    const table = lines.slice(head, head + 4);
    expect(table[3]).toMatch(/^\| 1,000 \|/);
    expect(new Set(table.map((l) => l.split('|').length)).size).toBe(1);
    expect(full).toContain('**search/records.ndjson 2.0 MB**');
    expect(full).toMatch(/^\d\. \*\*no build-only file .*_The measured cause, to be written from this run._$/m);
    expect(summary).toMatch(/^\| 1,000 \| 51 s \| 51 ms \| 40\.0 ms \| – \| 1\.00 GB \| 0\.50 GB \| 0 KB \| 300 KB \| 900 ms \|$/m);
  });
});

describe('withSummary', () => {
  it('replaces only the text between the README markers', () => {
    const readme = 'intro\n<!-- bench:start (written by npm run bench -- --write) -->\nold\n<!-- bench:end -->\nafter\n';
    expect(withSummary(readme, 'new')).toBe('intro\n<!-- bench:start (written by npm run bench -- --write) -->\nnew\n<!-- bench:end -->\nafter\n');
    expect(() => withSummary('no markers', 'x')).toThrow(/markers/);
  });
});
