/**
 * Issue 13's targets (national scale in bounded memory, search that stays instant), each checked
 * against a run's figures: met, missed (with the figure), or not measured (with why).
 */
import { count, gbOfKb, kb, mb, ms } from './format.ts';
import { baselinePerReportMs, finished, kbToGb, marginalsOf, perReportMs, type DevResult, type SizeResult } from './results.ts';
import type { SearchFigures } from '../bench-search.ts';

export const TARGETS = {
  largestProcessGb: { 2000: 1.5, 10000: 2.5 },
  treeGb: { 10000: 4 },
  marginalMsPerReport: 40,
  /** Marginal costs are checked from this size up: below it noise and warm-up dominate the slope. */
  marginalFrom: 1000,
  ratioToSearchBaseline: { 5000: 1.5 },
  firstSearchBytes: { 2000: 400e3, 10000: 1e6 },
  facetsMs: { 2000: 1500, 10000: 3000 },
  devEditMs: { 1000: 2000 },
} as const;

export interface TargetLine {
  target: string;
  figure: string;
  /** null: not measured in this run. */
  met: boolean | null;
}

export interface TargetRun {
  results: SizeResult[];
  devs: DevResult[];
  /** The memory ceiling builds were killed above (`--max-memory-gb`). */
  maxMemoryGb: number;
}

export const verdict = (met: boolean | null): string => (met === null ? 'not measured' : met ? 'met' : '**missed**');

/** Each target of issue 13, in the issue's order. */
export function checkTargets({ results, devs, maxMemoryGb }: TargetRun): TargetLine[] {
  const at = (n: number): SizeResult | undefined => results.find((r) => r.n === n);
  const notRun = (n: number): TargetLine['figure'] => `not run at ${count(n)}${n > 5000 ? ' (`--full`)' : ''}`;
  const killed = `killed above ${maxMemoryGb} GB`;
  const lines: TargetLine[] = [];

  for (const [n, limit] of entries(TARGETS.largestProcessGb)) {
    const r = at(n);
    const target = `largest build process < ${limit} GB at ${count(n)} reports`;
    if (!r) lines.push({ target, figure: notRun(n), met: null });
    else {
      const figure = `${gbOfKb(r.site.peakProcessRssKb)}${finished(r) ? '' : ` (${killed})`}`;
      lines.push({ target, figure, met: finished(r) && kbToGb(r.site.peakProcessRssKb) < limit });
    }
  }
  for (const [n, limit] of entries(TARGETS.treeGb)) {
    const r = at(n);
    const target = `whole process tree < ${limit} GB at ${count(n)} reports (Pagefind writers included)`;
    if (!r) lines.push({ target, figure: notRun(n), met: null });
    else lines.push({ target, figure: finished(r) ? gbOfKb(r.site.peakTreeRssKb) : killed, met: finished(r) && kbToGb(r.site.peakTreeRssKb) < limit });
  }

  const marginals = marginalsOf(results);
  const large = marginals.filter((m) => m.from >= TARGETS.marginalFrom);
  const checked = large.length ? large : marginals;
  lines.push({
    target: `marginal cost < ${TARGETS.marginalMsPerReport} ms per report${large.length ? ` (from ${count(TARGETS.marginalFrom)} up)` : ''}`,
    figure: checked.length ? checked.map((m) => `${count(m.from)}→${count(m.to)}: ${m.msPerReport.toFixed(1)} ms`).join(', ') : 'needs two finished sizes',
    met: checked.length ? checked.every((m) => m.msPerReport < TARGETS.marginalMsPerReport) : null,
  });

  for (const [n, limit] of entries(TARGETS.ratioToSearchBaseline)) {
    const r = at(n);
    const target = `time per report ≤ ${limit}× the plain pages + default Pagefind baseline at ${count(n)}`;
    const base = r ? baselinePerReportMs(r.baselineSearch, r.n) : null;
    if (!r) lines.push({ target, figure: notRun(n), met: null });
    else if (!finished(r)) lines.push({ target, figure: `site ${killed}`, met: false });
    else if (base === null) {
      const why = r.baselineSearch ? `the baseline was ${killed}` : 'no baseline built';
      lines.push({ target, figure: why, met: null });
    } else {
      const ratio = perReportMs(r) / base;
      lines.push({ target, figure: `${ratio.toFixed(2)}× (${ms(perReportMs(r))} / ${ms(base)})`, met: ratio <= limit });
    }
  }

  const search = (n: number, target: string, value: (f: SearchFigures) => [string, boolean]): void => {
    const r = at(n);
    if (!r) lines.push({ target, figure: notRun(n), met: null });
    else if (!finished(r)) lines.push({ target, figure: killed, met: false });
    else if ('skipped' in r.search) lines.push({ target, figure: `– (${r.search.skipped})`, met: null });
    else {
      const [figure, met] = value(r.search.figures);
      lines.push({ target, figure, met });
    }
  };
  for (const [n, limit] of entries(TARGETS.firstSearchBytes)) {
    search(n, `first one-term search downloads < ${limit >= 1e6 ? `${limit / 1e6} MB` : kb(limit)} at ${count(n)}`, ({ firstSearch: f }) => [
      `${kb(f.bytes)} (${JSON.stringify(f.query)})`,
      f.bytes < limit,
    ]);
  }
  for (const [n, limit] of entries(TARGETS.facetsMs)) {
    search(n, `facet counts of a two-term query < ${limit / 1000} s at ${count(n)}`, ({ twoTermFacets: f }) => [
      `${ms(f.milliseconds)} (${JSON.stringify(f.query)})`,
      f.milliseconds < limit,
    ]);
  }

  for (const [n, limit] of entries(TARGETS.devEditMs)) {
    const dev = devs.find((d) => d.n === n);
    const target = `an edited report re-rendered in dev < ${limit / 1000} s at ${count(n)}`;
    if (!dev) lines.push({ target, figure: at(n) ? 'dev loop not measured (`--skip-dev`)' : notRun(n), met: null });
    else if ('error' in dev) lines.push({ target, figure: `not measured (${dev.error})`, met: null });
    else {
      const all = dev.dev.latenciesMs;
      const figure = all.map((v) => (v === null ? 'not shown within 120 s' : ms(v))).join(', ');
      lines.push({ target, figure, met: all.every((v) => v !== null && v < limit) });
    }
  }

  // The records are the index's input: any copy in dist is deployed for nothing (at 5,000 reports, 129 MB).
  const inDist = results.flatMap((r) => r.dist.buildOnly.map((f) => ({ n: r.n, f })));
  const builtDist = results.some((r) => finished(r));
  lines.push({
    target: 'no build-only file in `dist/` (search records; none over 1 MB)',
    figure: !builtDist ? 'no finished build' : inDist.length ? inDist.map(({ n, f }) => `${f.path} ${mb(f.bytes)} at ${count(n)}`).join(', ') : 'none',
    met: builtDist ? inDist.length === 0 : null,
  });
  return lines;
}

/** The targets as a markdown table; a miss leaves its cause to be written by hand from the run. */
export function targetsTable(lines: TargetLine[]): string {
  return [
    '| target | figure | | measured cause |',
    '|---|---|---|---|',
    ...lines.map((l) => `| ${l.target} | ${l.figure} | ${verdict(l.met)} | ${l.met === false ? '_to be written from this run_' : ''} |`),
  ].join('\n');
}

const entries = <T extends Record<number, number>>(o: T): [number, number][] =>
  Object.entries(o).map(([n, v]) => [Number(n), v as number]);
