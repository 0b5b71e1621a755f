/**
 * The summary a `reports` entry stores is the stored report without its text (parts, stripped
 * lines, figure → indicator map) plus its body file: every seed's summary passes the schema
 * unchanged, a summary carrying text is refused the text, and the types follow the schemas.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { ReportSummary, StoredReport } from '../../../src/lib/model/index.ts';
import { reportSummarySchema, storedReportSchema } from '../../../src/lib/model/index.ts';
import { parseFile, SEEDS } from '../parser/helpers.ts';

function summaryOf(file: string): ReportSummary {
  const { parts: _parts, stripped: _stripped, ...report } = parseFile(file);
  return { ...report, corrections: [], assignedIndicators: {}, correctionFile: 'content/corrections/x.yaml', bodyFile: '/tmp/x.json' };
}

describe('reportSummarySchema', () => {
  for (const [name, file] of Object.entries(SEEDS)) {
    it(`keeps every field of the seed ${name}'s summary`, () => {
      const summary = JSON.parse(JSON.stringify(summaryOf(file)));
      expect(reportSummarySchema.parse(summary)).toEqual(summary);
    });
  }

  it('drops the text a summary is given and refuses one without its body file', () => {
    const { parts, stripped } = parseFile(SEEDS.yueqing);
    const summary = summaryOf(SEEDS.yueqing);
    expect(parts.length).toBeGreaterThan(0);
    expect(reportSummarySchema.parse({ ...summary, parts, stripped })).toEqual(summary);
    const { bodyFile: _bodyFile, ...without } = summary;
    const result = reportSummarySchema.safeParse(without);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0].path).toEqual(['bodyFile']);
  });

  it('is the stored report without its text, plus the body file; the types follow the schemas', () => {
    const keys = (s: { shape: object }) => Object.keys(s.shape).sort();
    const text = ['parts', 'stripped', 'indicators'];
    expect(keys(reportSummarySchema)).toEqual([...keys(storedReportSchema).filter((k) => !text.includes(k)), 'bodyFile'].sort());
    expectTypeOf<Omit<ReportSummary, 'bodyFile'>>().toEqualTypeOf<Omit<StoredReport, 'parts' | 'stripped' | 'indicators'>>();
  });
});
