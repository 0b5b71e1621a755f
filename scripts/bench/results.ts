/**
 * What one benchmark run measured, and the figures derived from it that the tables and the targets
 * share (time per report, marginal cost, ratio to the baseline), so each is computed in one place.
 */
import type { DevFigures } from './devloop.ts';
import type { DistFigures } from './dist.ts';
import type { IsolatedResult } from './isolated.ts';
import type { RunFigures } from './measure.ts';
import type { Phases, RouteTime } from './phases.ts';
import type { SearchOutcome } from './search.ts';
import type { ShapeName } from './shapes.ts';

export interface SizeResult {
  n: number;
  corpusBytes: number;
  site: RunFigures;
  phases: Phases;
  /** Prerender time by route, from the build log. */
  routes: RouteTime[];
  dist: DistFigures;
  pagefindBytes: number;
  baseline: RunFigures | null;
  /** The baseline with Pagefind's default index of its pages. */
  baselineSearch: RunFigures | null;
  search: SearchOutcome;
  profile: string | null;
  /** The site build's log. */
  logFile: string;
}

export interface ParserFigures {
  reports: number;
  megabytes: number;
  /** Wall time of the parsing loop. */
  seconds: number;
  /** CPU time of this process during it (the same as wall on an idle core; less when others share it). */
  cpuSeconds: number;
  rejected: number;
  /** Errors other than ReportError: bugs. */
  crashes: string[];
  /** 10 MB of each pathological shape, parsed in a child process. */
  shapes: { name: ShapeName; result: IsolatedResult }[];
}

export type DevResult = { n: number } & ({ dev: DevFigures; page: string } | { error: string });

/** A build that finished (was not killed for memory): its wall time is a build time. */
export const finished = (r: SizeResult): boolean => r.site.killedAtKb === null && r.site.exitCode === 0;

export const perReportMs = (r: SizeResult): number => r.site.wallMs / r.n;

/** Wall time per report of a baseline build, null when not built or killed. */
export function baselinePerReportMs(run: RunFigures | null, n: number): number | null {
  return run && run.killedAtKb === null ? run.wallMs / n : null;
}

export interface Marginal {
  from: number;
  to: number;
  /** (wall(to) − wall(from)) / (to − from): what one more report costs, fixed costs left out. */
  msPerReport: number;
}

/** The slope of wall time between consecutive sizes whose builds finished, smallest first. */
export function marginalCosts(points: { n: number; wallMs: number }[]): Marginal[] {
  const sorted = [...points].sort((a, b) => a.n - b.n);
  const out: Marginal[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const [a, b] = [sorted[i - 1], sorted[i]];
    if (b.n === a.n) continue;
    out.push({ from: a.n, to: b.n, msPerReport: (b.wallMs - a.wallMs) / (b.n - a.n) });
  }
  return out;
}

/** The marginal costs of a run's finished builds, in wall time or (`cpu`) in CPU time of the build's processes. */
export const marginalsOf = (results: SizeResult[], cpu = false): Marginal[] =>
  marginalCosts(
    results
      .filter((r) => finished(r) && (!cpu || r.site.cpuSeconds !== null))
      .map((r) => ({ n: r.n, wallMs: cpu ? r.site.cpuSeconds! * 1000 : r.site.wallMs })),
  );

/** RSS figures are kB (KiB) as /proc and GNU time give them; the targets are in GB (10⁹ bytes). */
export const kbToGb = (kb: number): number => (kb * 1024) / 1e9;
export const gbToKb = (gb: number): number => (gb * 1e9) / 1024;
