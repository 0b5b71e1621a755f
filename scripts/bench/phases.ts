/** Where an Astro build's time went, read off its log: by phase, and prerender time by route. */

export interface Phases {
  /** Setup and content sync: every report parsed and stored (`Collecting build info… Completed`). */
  syncS: number | null;
  /** Vite bundling of pages and lib. */
  viteS: number | null;
  /** Prerendering every page (`generating static routes… Completed`). */
  pagesS: number | null;
  /** Everything before the `astro:build:done` hooks: sync + bundling + pages (known even when a hook was killed). */
  beforeHooksS: number | null;
  /** `astro:build:done` hooks: the search index, the sitemap (total − sync − build). */
  hooksS: number | null;
  totalS: number | null;
}

/** Astro writes durations as `850ms`, `14.81s` or `2m 4s`. */
const DURATION = String.raw`((?:\d+m\s*)?[\d.]+(?:ms|s)|\d+m)`;

/** Seconds of a duration as Astro writes it. */
export function durationSeconds(text: string): number {
  const m = text.match(/^(?:(\d+)m)?\s*(?:([\d.]+)(ms|s))?$/);
  if (!m) throw new Error(`bench: not a duration: ${text}`);
  return Number(m[1] ?? 0) * 60 + (m[2] === undefined ? 0 : m[3] === 'ms' ? Number(m[2]) / 1000 : Number(m[2]));
}

/** The phases of a build log's text. */
export function phasesOf(log: string): Phases {
  const all = (re: string): number[] => [...log.matchAll(new RegExp(re, 'gm'))].map((m) => durationSeconds(m[1]));
  const build = all(String.raw`\[build\] ✓ Completed in ${DURATION}`);
  const vite = all(String.raw`\[vite\] ✓ built in ${DURATION}`);
  const pages = all(String.raw`^\d\d:\d\d:\d\d ✓ Completed in ${DURATION}`);
  const total = all(String.raw`page\(s\) built in ${DURATION}`);
  const [syncS = null, buildS = null] = build;
  const totalS = total[0] ?? null;
  return {
    syncS,
    viteS: vite.length ? vite.reduce((a, b) => a + b, 0) : null,
    pagesS: pages[0] ?? null,
    beforeHooksS: syncS !== null && buildS !== null ? syncS + buildS : null,
    hooksS: syncS !== null && buildS !== null && totalS !== null ? totalS - syncS - buildS : null,
    totalS,
  };
}

export interface RouteTime {
  /** First path segment of the outputs, e.g. `/reports/`; `/` for files at the top. */
  route: string;
  /** Sum of the prerender times Astro logs for its outputs. */
  ms: number;
  /** HTML pages. */
  pages: number;
  /** Other outputs (endpoints: CSV, JSON, NDJSON, SVG…), by path. */
  files: string[];
}

/** Prerender time by route, summed from the `├─ /path (+12ms)` lines of a build log, slowest first. */
export function routesOf(log: string): RouteTime[] {
  const byRoute = new Map<string, RouteTime>();
  for (const m of log.replace(/\x1b\[[0-9;]*m/g, '').matchAll(new RegExp(String.raw`[├└]─ (/\S*) \(\+${DURATION}\)`, 'g'))) {
    const [, output, duration] = m;
    const segments = output.split('/').filter(Boolean);
    const route = segments.length > 1 ? `/${segments[0]}/` : '/';
    const entry = byRoute.get(route) ?? { route, ms: 0, pages: 0, files: [] };
    entry.ms += durationSeconds(duration) * 1000;
    if (output.endsWith('.html')) entry.pages++;
    else entry.files.push(output);
    byRoute.set(route, entry);
  }
  return [...byRoute.values()].sort((a, b) => b.ms - a.ms);
}
