/**
 * The stored report's schema is the one declaration of its shape: the parser's output, corrected
 * and given its indicators, passes it unchanged (nothing the parser states is stripped on the way
 * into the content store), a broken shape is refused, and the types pages read are inferred from it.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { CorrectedReport, Report, StoredReport } from '../../../src/lib/model/index.ts';
import { correctedReportSchema, reportSchema, storedReportSchema } from '../../../src/lib/model/index.ts';
import { figuresOf } from '../../../src/lib/model/walk.ts';
import { parseFile, SEEDS } from '../parser/helpers.ts';

function stored(report: Report): StoredReport {
  const indicators: Record<string, string> = {};
  for (const { figure } of figuresOf(report)) if (figure.unit === '%') indicators[figure.id] = 'some-indicator';
  return {
    ...report,
    corrections: [{ key: 'planYear', field: '计划年份', before: '未注明', after: '2024年', note: '标题写明', inferred: false, file: 'content/corrections/x.yaml' }],
    assignedIndicators: {},
    correctionFile: `content/corrections/${report.source}.yaml`,
    indicators,
  };
}

describe('storedReportSchema', () => {
  for (const [name, file] of Object.entries(SEEDS)) {
    it(`keeps every field of the parsed seed ${name}`, () => {
      const data = stored(parseFile(file));
      // JSON round trip: what the content store keeps is JSON; optional fields left undefined vanish alike.
      const asStored = JSON.parse(JSON.stringify(data));
      expect(storedReportSchema.parse(asStored)).toEqual(asStored);
    });
  }

  it('refuses a figure without a value, naming where it is', () => {
    const data = JSON.parse(JSON.stringify(stored(parseFile(SEEDS.yueqing))));
    const { part, sentence, figure } = figuresOf(data).next().value!;
    delete (figure as Partial<typeof figure>).value;
    const result = storedReportSchema.safeParse(data);
    expect(result.success).toBe(false);
    const path = result.error!.issues[0].path;
    expect(path).toContain('value');
    expect(path.slice(0, 2)).toEqual(['parts', data.parts.indexOf(part)]);
    expect(sentence.figures).toContain(figure);
  });

  it('refuses a report kind the model does not know', () => {
    const data = { ...stored(parseFile(SEEDS.haian)), kind: 'annual' };
    expect(storedReportSchema.safeParse(data).success).toBe(false);
  });

  it('is the parsed report plus corrections plus indicators, and the types follow the schemas', () => {
    const keys = (s: { shape: object }) => Object.keys(s.shape).sort();
    expect(keys(storedReportSchema)).toEqual([...keys(reportSchema), 'assignedIndicators', 'correctionFile', 'corrections', 'indicators'].sort());
    expect(keys(correctedReportSchema)).toEqual([...keys(reportSchema), 'assignedIndicators', 'corrections'].sort());
    expectTypeOf<Omit<StoredReport, 'correctionFile' | 'indicators'>>().toEqualTypeOf<CorrectedReport>();
    expectTypeOf<Omit<CorrectedReport, 'corrections' | 'assignedIndicators'>>().toEqualTypeOf<Report>();
    expectTypeOf<StoredReport['indicators']>().toEqualTypeOf<Record<string, string>>();
  });
});
