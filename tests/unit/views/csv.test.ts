import { csvParseRows } from 'd3';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/lib/views/csv.ts';
import { metricRecords, metricsCsv, METRIC_COLUMNS, reportRecord } from '../../../src/lib/views/downloads.ts';
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
  const records = metricRecords(metricRows([yueqing, yiwu], byName({ 县域就诊率: 'county-visits' })), url);

  it('has every figure with its link, an empty indicator when unmapped', () => {
    expect(records).toHaveLength(10);
    expect(records[0]).toEqual({
      reportId: 'yueqing-2023',
      city: '乐清',
      province: '浙江',
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
    });
    const rows = csvParseRows(metricsCsv(records).slice(1).trimEnd());
    expect(rows[0]).toEqual([...METRIC_COLUMNS]);
    expect(rows[2]).toEqual(['yueqing-2023', '乐清', '浙江', '', '千人床位数', '2023', 'actual', '4.06', '', '4.06张', '张', '', '2023年,县域就诊率90.45%,千人床位数4.06张。', 'https://example.org/site/reports/yueqing-2023/#s-1-f2']);
    expect(rows[5][5]).toBe(''); // 3200张: year not stated
  });

  it('describes a report with its place, years and source', () => {
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
    });
  });
});
