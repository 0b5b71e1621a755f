/**
 * The downloads of the built site: metrics.csv and metrics.json hold the same records, one per figure
 * marked on the report pages (nothing left out, nothing invented), each linking to its mark with the
 * value as written; reports.json describes every report page.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { csvParse } from 'd3';
import type { Element } from 'hast';
import { describe, expect, inject, it } from 'vitest';
import type { MetricRecord, ReportRecord } from '../../src/lib/views/downloads.ts';
import { attr, elements, fileOf, pageCache, pagesOfType, textOf } from '../helpers/dist.ts';

const dist = inject('distDir');
const read = (name: string) => readFileSync(path.join(dist, 'data', name), 'utf8');
const metrics: MetricRecord[] = JSON.parse(read('metrics.json'));
const reports: ReportRecord[] = JSON.parse(read('reports.json'));
const csvText = read('metrics.csv');

const { page } = pageCache(dist);

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

  it('holds the same records as metrics.json, field by field', () => {
    const rows = csvParse(csvText.slice(1));
    expect(rows.columns).toEqual(Object.keys(metrics[0]));
    expect(rows).toHaveLength(metrics.length);
    rows.forEach((row, i) => {
      const expected = Object.fromEntries(Object.entries(metrics[i]).map(([k, v]) => [k, v === null ? '' : String(v)]));
      expect({ ...row }).toEqual(expected);
    });
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
