/** Reading a build log (scripts/bench/phases.ts) and a dist listing (scripts/bench/dist.ts). */
import { describe, expect, it } from 'vitest';
import { distFiguresOf, isBuildOnly } from '../../../scripts/bench/dist.ts';
import { phasesOf, routesOf } from '../../../scripts/bench/phases.ts';

const LOG = [
  '05:03:42 [build] ✓ Completed in 10.69s.',
  '05:03:44 [vite] ✓ built in 2.17s',
  '05:03:44 [vite] ✓ built in 109ms',
  ' generating static routes ',
  '05:03:47   \x1b[2m├─\x1b[22m /404.html (+38ms) ',
  '05:03:47   ├─ /cities/aheqi/index.html (+17ms) ',
  '05:03:48   ├─ /data/indicators/beds.csv (+32ms) ',
  '05:03:49   ├─ /data/metrics.json (+1.2s) ',
  '05:03:51   ├─ /search/records.ndjson (+58ms) ',
  '05:03:51   ├─ /search/index.html (+8ms) ',
  '05:03:51   ├─ /reports/a/index.html (+5ms) ',
  '05:03:51   └─ /reports/b/index.html (+7ms) ',
  '05:03:52 ✓ Completed in 7.05s.',
  '05:03:52 [build] ✓ Completed in 9.51s.',
  '05:04:04 [build] 287 page(s) built in 32.58s',
].join('\n');

describe('routesOf', () => {
  it('sums the prerender time of every output by its first folder, pages and endpoint files apart', () => {
    const routes = routesOf(LOG);
    expect(routes.map((r) => r.route)).toEqual(['/data/', '/search/', '/', '/cities/', '/reports/']);
    const data = routes[0];
    expect(data.ms).toBeCloseTo(1232, 6);
    expect(data).toMatchObject({ pages: 0, files: ['/data/indicators/beds.csv', '/data/metrics.json'] });
    expect(routes[1]).toMatchObject({ route: '/search/', pages: 1, files: ['/search/records.ndjson'] });
    expect(routes[4]).toMatchObject({ route: '/reports/', ms: 12, pages: 2, files: [] });
  });
});

describe('phasesOf', () => {
  it('reads sync, bundling, pages and hooks off the log', () => {
    const p = phasesOf(LOG);
    expect(p.syncS).toBeCloseTo(10.69, 9);
    expect(p.viteS).toBeCloseTo(2.279, 9);
    expect(p.pagesS).toBeCloseTo(7.05, 9);
    expect(p.hooksS).toBeCloseTo(32.58 - 10.69 - 9.51, 9);
  });
});

describe('dist figures', () => {
  it('names the search records build-only wherever they are, and nothing else', () => {
    expect(['search/records.json', 'search/records.ndjson', 'search-records.ndjson', 'a/records.ndjson'].every(isBuildOnly)).toBe(true);
    expect(['search/index.html', 'data/reports.json', 'reports/records-2020/index.html'].some(isBuildOnly)).toBe(false);
  });

  it('totals the files, finds the largest and groups bytes by top folder', () => {
    const d = distFiguresOf([
      { path: 'index.html', bytes: 100 },
      { path: 'pagefind/a.pf_index', bytes: 300 },
      { path: 'pagefind/b.pf_index', bytes: 200 },
      { path: 'search/records.ndjson', bytes: 250 },
    ]);
    expect(d).toMatchObject({ bytes: 850, files: 4, largest: { path: 'pagefind/a.pf_index', bytes: 300 } });
    expect(d.byTop).toEqual({ 'index.html': 100, pagefind: 500, search: 250 });
    expect(d.buildOnly).toEqual([{ path: 'search/records.ndjson', bytes: 250 }]);
  });
});
