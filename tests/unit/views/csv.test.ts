import { csvParseRows } from 'd3';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/lib/views/csv.ts';
import { type Column, csvOf, csvPieces, jsonOf, jsonPieces } from '../../../src/lib/views/columns.ts';
import { metricRecords, METRIC_COLUMNS, reportRecord, REPORT_COLUMNS } from '../../../src/lib/views/downloads.ts';
import { metricRows } from '../../../src/lib/views/metrics.ts';
import { byName, yiwu, yueqing } from '../../helpers/synthetic-reports.ts';

describe('toCsv', () => {
  const text = toCsv(['a', 'b', 'c'], [
    ['县域就诊率和基层就诊率90.45%、79.18%', '他说"好",然后', null],
    ['第一行\n第二行', 3.41, 'x\r\ny'],
  ]);

  it('starts with a UTF-8 BOM and ends every line with CRLF', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1, 8)).toBe('a,b,c\r\n');
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('quotes fields with commas, quotes or line breaks and doubles quotes, leaving others bare', () => {
    expect(text).toContain('县域就诊率和基层就诊率90.45%、79.18%,"他说""好"",然后",\r\n');
    expect(text).toContain('"第一行\n第二行",3.41,"x\r\ny"\r\n');
  });

  it('reads back to the same fields with a CSV parser', () => {
    expect(csvParseRows(text.slice(1).replace(/\r\n$/, ''))).toEqual([
      ['a', 'b', 'c'],
      ['县域就诊率和基层就诊率90.45%、79.18%', '他说"好",然后', ''],
      ['第一行\n第二行', '3.41', 'x\r\ny'],
    ]);
  });
});

describe('downloads', () => {
  const url = (id: string, anchor?: string) => `https://example.org/site/reports/${id}/${anchor ? `#${anchor}` : ''}`;
  // 乐清's text names its original page, 义乌's does not.
  const yq = { ...yueqing, meta: { ...yueqing.meta, url: 'https://www.yueqing.gov.cn/art/2024/1/5/art_1.html' } };
  const reports = new Map([yq, yiwu].map((r) => [r.id, r]));
  const records = metricRecords(metricRows([yq, yiwu], byName({ 县域就诊率: 'county-visits' })), (id) => reports.get(id)!, url);

  it('has every figure with its report, place, link and original page, an empty indicator when unmapped', () => {
    expect(records).toHaveLength(10);
    expect(records[0]).toEqual({
      reportId: 'yueqing-2023',
      title: yueqing.title,
      city: '乐清',
      province: '浙江',
      divisionCode: yueqing.place.divisionCode,
      indicator: 'county-visits',
      name: '县域就诊率',
      year: 2023,
      kind: 'actual',
      value: 90.45,
      upperValue: null,
      raw: '90.45%',
      unit: '%',
      qualifier: null,
      sentence: '2023年,县域就诊率90.45%,千人床位数4.06张。',
      url: 'https://example.org/site/reports/yueqing-2023/#s-1-f1',
      sourceUrl: 'https://www.yueqing.gov.cn/art/2024/1/5/art_1.html',
    });
    expect(records.at(-1)!.sourceUrl).toBeNull();
  });

  it('writes the CSV with Chinese headers and the JSON with English keys, both from the columns', () => {
    const rows = csvParseRows(csvOf(METRIC_COLUMNS, records).slice(1).trimEnd());
    expect(rows[0]).toEqual(METRIC_COLUMNS.map((c) => c.header));
    expect(rows[0].every((h) => /^\p{Script=Han}+$/u.test(h))).toBe(true);
    const header = Object.fromEntries(METRIC_COLUMNS.map((c) => [c.header, c.key]));
    const json = jsonOf(METRIC_COLUMNS, records);
    rows.slice(1).forEach((row, i) => {
      const back = Object.fromEntries(row.map((cell, j) => [header[rows[0][j]], cell]));
      expect(back).toEqual(Object.fromEntries(Object.entries(json[i]).map(([k, v]) => [k, v === null ? '' : String(v)])));
    });
    expect(rows[2][METRIC_COLUMNS.findIndex((c) => c.key === 'indicator')]).toBe(''); // 千人床位数: no indicator
  });

  it('declares every field of a record once, under one key and one header', () => {
    for (const [columns, record] of [
      [METRIC_COLUMNS, records[0]],
      [REPORT_COLUMNS, reportRecord(yiwu, url)],
    ] as const) {
      expect(columns.map((c) => c.key)).toEqual(Object.keys(record));
      expect(new Set(columns.map((c) => c.header)).size).toBe(columns.length);
      expect(jsonOf(columns as readonly Column<typeof record>[], [record])[0]).toEqual(record);
    }
  });

  it('describes a report with its place, years, source and original page', () => {
    expect(reportRecord(yiwu, url)).toEqual({
      id: 'yiwu-2020',
      title: '义乌卫生健康工作总结',
      city: '义乌',
      province: '浙江',
      divisionCode: '330782',
      reviewYear: null,
      planYear: null,
      kind: 'summary',
      source: 'seeds/yiwu-2020.txt',
      url: 'https://example.org/site/reports/yiwu-2020/',
      sourceUrl: null,
    });
  });
});

describe('downloads in pieces', () => {
  const rows = metricRows([yueqing, yiwu], byName({ 千人床位数: 'beds' }));
  const records = metricRecords(rows, () => ({ title: 't', meta: { url: null } }) as never, (id, anchor) => `https://example.org/reports/${id}/#${anchor}`);

  it('joins to the very same CSV and JSON text whatever the size of the pieces, or none', () => {
    expect(records.length).toBeGreaterThan(3);
    for (const some of [records, records.slice(0, 1), []]) {
      for (const size of [1, 2, 3, 1000]) {
        expect(csvPieces(METRIC_COLUMNS, some, size).toArray().join(''), `${some.length}/${size}`).toBe(csvOf(METRIC_COLUMNS, some));
        expect(jsonPieces(METRIC_COLUMNS, some, size).toArray().join(''), `${some.length}/${size}`).toBe(JSON.stringify(jsonOf(METRIC_COLUMNS, some), null, 1));
      }
    }
    expect(csvPieces(METRIC_COLUMNS, records, 2).toArray().length).toBe(1 + Math.ceil(records.length / 2));
  });
});
