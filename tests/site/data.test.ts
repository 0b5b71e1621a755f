/**
 * The downloads of the built site: metrics.csv and metrics.json hold the same records, one per figure
 * marked on the report pages (nothing left out, nothing invented), each linking to its mark with the
 * value as written; reports.json describes every report page. The CSV's Chinese headers map to the
 * JSON keys as /data/ documents them, /data/ documents every download, and each indicator page links
 * its figures as CSV and its chart as SVG.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { csvParse } from 'd3';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, inject, it } from 'vitest';
import type { MetricRecord, ReportRecord } from '../../src/lib/views/downloads.ts';
import { attr, BASE, byClass, elements, fileOf, listFiles, pageCache, pagesOfType, textOf } from '../helpers/dist.ts';

const dist = inject('distDir');
const read = (name: string) => readFileSync(path.join(dist, 'data', name), 'utf8');
const metrics: MetricRecord[] = JSON.parse(read('metrics.json'));
const reports: ReportRecord[] = JSON.parse(read('reports.json'));
const csvText = read('metrics.csv');

const { page } = pageCache(dist);

/** The downloads /data/ documents, by path: each column's Chinese header, English key and description. */
const dataPage = page(fileOf(dist, `${BASE}data/`)!);
const sections = byClass(dataPage, 'download');
const columnsOf = (section: Element): { header: string; key: string; description: string }[] => {
  // A download with the fields of an earlier one links to its section instead of repeating the table.
  const same = byClass(section, 'same-as')[0];
  if (same) return columnsOf(sections.find((s) => `#${attr(s, 'ariaLabelledBy')}` === attr(elements(same, 'a')[0], 'href'))!);
  return elements(section, 'tr')
    .slice(1)
    .map((tr) => {
      const [header, key, , description] = elements(tr).filter((e) => e.tagName === 'th' || e.tagName === 'td').map(textOf);
      return { header, key, description };
    });
};
const docs = new Map(sections.map((section) => [textOf(elements(section, 'code')[0]), { columns: columnsOf(section) }]));
const documented = (docPath: string) => docs.get(docPath) ?? { columns: [] };

/** Every figure mark of every report page, by `<report url path>#<id>`. */
const marks = new Map<string, Element>();
for (const { file, url } of pagesOfType(dist, 'report')) {
  for (const el of elements(page(file), 'mark')) {
    const id = attr(el, 'id');
    if (id && /^s-\d+-f\d+$/.test(id)) marks.set(`${url}#${id}`, el);
  }
}
/** Elements of a built page by id. */
const byIdCache = new Map<string, Map<string, Element>>();
function byId(file: string): Map<string, Element> {
  let ids = byIdCache.get(file);
  if (!ids) {
    ids = new Map();
    for (const el of elements(page(file))) {
      const id = attr(el, 'id');
      if (id) ids.set(id, el);
    }
    byIdCache.set(file, ids);
  }
  return ids;
}
const keyOf = (url: string) => {
  const u = new URL(url);
  return `${u.pathname}${u.hash}`;
};

describe('metrics.json', () => {
  it('has one record per figure marked on the report pages', () => {
    expect(marks.size).toBeGreaterThan(100);
    expect(metrics.map((m) => keyOf(m.url)).sort()).toEqual([...marks.keys()].sort());
  });

  it('links each record to a mark showing its value as written, of its kind and indicator', () => {
    for (const m of metrics) {
      const mark = marks.get(keyOf(m.url))!;
      expect(textOf(mark), m.url).toBe(m.raw);
      expect(attr(mark, 'dataKind'), m.url).toBe(m.kind);
      expect(attr(mark, 'dataIndicator'), m.url).toBe(m.indicator);
    }
  });

  it('quotes the whole sentence holding the value, and the report’s place', () => {
    const report = new Map(reports.map((r) => [r.id, r]));
    for (const m of metrics) {
      expect(m.sentence, m.url).toContain(m.raw);
      const url = new URL(m.url);
      const sentence = byId(fileOf(dist, url.pathname)!).get(url.hash.slice(1).replace(/-f\d+$/, ''));
      expect(sentence && textOf(sentence), m.url).toBe(m.sentence);
      expect([m.city, m.province], m.url).toEqual([report.get(m.reportId)!.city, report.get(m.reportId)!.province]);
    }
  });
});

describe('metrics.csv', () => {
  it('is UTF-8 with a BOM and CRLF line ends', () => {
    expect(csvText.charCodeAt(0)).toBe(0xfeff);
    expect(csvText.endsWith('\r\n')).toBe(true);
    expect(csvText.replace(/"[^"]*"/g, '').split('\n').every((line, i, all) => i === all.length - 1 || line.endsWith('\r'))).toBe(true);
  });

  it('has Chinese headers that /data/ maps to the keys of metrics.json, and the same records field by field', () => {
    const rows = csvParse(csvText.slice(1));
    const { columns } = documented('data/metrics.csv');
    expect(rows.columns).toEqual(columns.map((c) => c.header));
    expect(rows.columns.every((h) => /^\p{Script=Han}+$/u.test(h)), rows.columns.join()).toBe(true);
    expect(columns.map((c) => c.key)).toEqual(Object.keys(metrics[0]));
    expect(rows).toHaveLength(metrics.length);
    rows.forEach((row, i) => {
      const expected = Object.fromEntries(Object.entries(metrics[i]).map(([k, v]) => [k, v === null ? '' : String(v)]));
      expect(Object.fromEntries(columns.map((c) => [c.key, row[c.header]]))).toEqual(expected);
    });
  });

  it('gives each figure its report’s title, division code and original page', () => {
    const report = new Map(reports.map((r) => [r.id, r]));
    for (const m of metrics) {
      const r = report.get(m.reportId)!;
      expect([m.title, m.divisionCode, m.sourceUrl], m.url).toEqual([r.title, r.divisionCode, r.sourceUrl]);
    }
  });
});

describe('/data/', () => {
  const files = listFiles(path.join(dist, 'data')).filter((f) => f !== 'index.html');

  it('documents every download the build has, and every documented download exists', () => {
    const patterns = [...docs.keys()].map((p) => new RegExp(`^${p.replace(/[.]/g, '\\.').replace('<指标编号>', '[a-z0-9-]+')}$`));
    for (const f of files) expect(patterns.some((re) => re.test(`data/${f}`)), `data/${f} is not on /data/`).toBe(true);
    for (const re of patterns) expect(files.some((f) => re.test(`data/${f}`)), `${re} has no file`).toBe(true);
  });

  it('lists the keys of each JSON file, and says what every field holds in Chinese', () => {
    for (const [docPath, { columns }] of docs) {
      for (const c of columns) expect(c.description, `${docPath} ${c.key}`).toMatch(/\p{Script=Han}{4,}/u);
      if (!docPath.endsWith('.json')) continue;
      // A nested object's fields are documented under dotted keys (`target.raw`); a null object stands for its fields.
      const keys = columns.map((c) => c.key);
      const tops = [...new Set(keys.map((k) => k.split('.')[0]))];
      const records: Record<string, unknown>[] = JSON.parse(readFileSync(path.join(dist, docPath), 'utf8'));
      for (const r of records) {
        expect(Object.keys(r), docPath).toEqual(tops);
        for (const [k, v] of Object.entries(r)) {
          if (v !== null && typeof v === 'object') expect(Object.keys(v).map((sub) => `${k}.${sub}`).sort(), docPath).toEqual(keys.filter((key) => key.startsWith(`${k}.`)).sort());
        }
      }
    }
  });

  it('states the licence and how to cite', () => {
    const text = textOf(dataPage);
    expect(text).toMatch(/许可[\s\S]*CC BY 4\.0/);
    expect(text).toMatch(/引用方式[\s\S]*data\/metrics\.csv/);
  });
});

describe('each indicator’s downloads', () => {
  const indicatorPagesAll = pagesOfType(dist, 'indicator');
  const indicatorPages = indicatorPagesAll.filter((p) => /^compare\/[^/]+\/index\.html$/.test(p.file));
  const headerRow = csvParse(csvText.slice(1)).columns;

  it.each(indicatorPages.map((p) => [p.url, p] as const))('%s links its CSV, holding its figures, and its chart as SVG', (_, { file }) => {
    const id = file.split('/')[1];
    const links = elements(page(file), 'a').map((a) => attr(a, 'href'));
    const csvHref = links.find((h) => h?.endsWith(`data/indicators/${id}.csv`));
    expect(csvHref, 'CSV link').toBeDefined();
    const csv = readFileSync(path.join(dist, fileOf(dist, csvHref!)!), 'utf8');
    const rows = csvParse(csv.slice(1));
    expect(rows.columns).toEqual(headerRow);
    expect(rows.map((r) => r['原句链接'])).toEqual(metrics.filter((m) => m.indicator === id).map((m) => m.url));

    // The chart of all places: drawn by the pages' function, so its marks are those of the latest-values
    // charts of the indicator's pages together, and it exists exactly when one of them draws one.
    const charts = indicatorPagesAll
      .filter((p) => p.file.startsWith(`compare/${id}/`))
      .flatMap((p) => elements(page(p.file), 'svg').filter((svg) => attr(svg, 'ariaLabelledBy')?.startsWith('latest')));
    const svgHref = links.find((h) => h?.endsWith(`data/indicators/${id}.svg`));
    expect(Boolean(svgHref), 'an SVG link exactly when the indicator’s pages draw latest values').toBe(charts.length > 0);
    if (!svgHref) return;
    const svg = readFileSync(path.join(dist, fileOf(dist, svgHref)!), 'utf8');
    expect(svg).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    const titles = (root: Root | Element) => elements(root, 'title').map(textOf);
    const [title, ...marks] = titles(fromHtml(svg, { space: 'svg', fragment: true }));
    expect(title).toBe(titles(charts[0])[0]);
    expect(marks.sort()).toEqual(charts.flatMap((c) => titles(c).slice(1)).sort());
  });
});

describe('reports.json', () => {
  it('describes every report page, linking to it', () => {
    const pages = pagesOfType(dist, 'report').map((p) => p.url).sort();
    expect(reports.map((r) => new URL(r.url).pathname).sort()).toEqual(pages);
    for (const r of reports) {
      const h1 = elements(page(fileOf(dist, new URL(r.url).pathname)!), 'h1')[0];
      expect(textOf(h1), r.id).toContain(r.title);
    }
  });
});
