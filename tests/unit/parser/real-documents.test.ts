/**
 * The public real-world test set (tests/fixtures/real/): stored copies of real government pages,
 * each with a hand reading. These tests check that the set itself is sound and that the parser
 * reads every document without throwing and without taking years, dates, document numbers, phone
 * numbers or ranks as figures. How many fields and figures it gets right is measured, not asserted:
 * `npm run accuracy` prints it (README, "Real-world accuracy").
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { placeByCode } from '../../../src/lib/places/index.ts';
import { loadRealFixtures, runFixture, takenAsFigure } from '../../../scripts/accuracy.ts';

const fixtures = loadRealFixtures();

/** The value a raw figure states: its first number, times 万/亿 when one follows it. */
function valueOfRaw(raw: string): number | null {
  const m = /(\d+(?:\.\d+)?)(万|亿)?/.exec(raw);
  if (!m) return null;
  const n = Number(m[1]);
  return m[2] === '万' ? n * 1e4 : m[2] === '亿' ? n * 1e8 : n;
}

describe('real-world test set: the fixtures', () => {
  it('has at least 40 documents from at least 20 provinces and every level', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(40);
    expect(new Set(fixtures.map((f) => f.expected.place.province)).size).toBeGreaterThanOrEqual(20);
    expect(new Set(fixtures.map((f) => f.expected.place.level))).toEqual(new Set(['province', 'prefecture', 'county']));
  });

  it('lists every document in its README', () => {
    const readme = readFileSync(new URL('../../fixtures/real/README.md', import.meta.url), 'utf8');
    for (const f of fixtures) expect(readme, f.name).toContain(`${f.name}.txt`);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s: metadata and hand reading are complete', (_, f) => {
    expect(f.url).toMatch(/^https?:\/\//);
    expect(f.retrieved).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(f.notes.length).toBeGreaterThan(0);
    expect(['summary', 'plan', 'summary+plan', 'other']).toContain(f.expected.kind);
    for (const y of [f.expected.reviewYear, f.expected.planYear]) {
      if (y !== null) expect(y).toBeGreaterThanOrEqual(2000);
    }
    expect(Array.isArray(f.expected.figures)).toBe(true);
    expect(f.text.length).toBeGreaterThan(100);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s: the expected place exists in the gazetteer', (_, f) => {
    const p = f.expected.place;
    const known = placeByCode(p.divisionCode);
    expect(known, p.divisionCode).not.toBeNull();
    expect(known?.fullName).toBe(p.fullName);
    expect(known?.province).toBe(p.province);
    expect(known?.level).toBe(p.level);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s: every expected figure is written in the text and its value matches', (_, f) => {
    for (const fig of f.expected.figures) {
      expect(f.text, fig.raw).toContain(fig.raw);
      expect(valueOfRaw(fig.raw), fig.raw).not.toBeNull();
      expect(Math.abs((valueOfRaw(fig.raw) ?? NaN) - fig.value), fig.raw).toBeLessThan(1e-6 * Math.max(1, fig.value));
      expect(takenAsFigure(fig.raw, '', ''), fig.raw).toBeNull();
    }
  });
});

describe('real-world test set: the parser', () => {
  it.each(fixtures.map((f) => [f.name, f] as const))('%s: parses without an error', (_, f) => {
    const { report, score } = runFixture(f);
    expect(score.error).toBeNull();
    expect(report).not.toBeNull();
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s: is published as another genre (no years, a warning) exactly when it is not a work report', (_, f) => {
    const { report } = runFixture(f);
    const other = f.expected.kind === 'other';
    expect(report!.kind === 'other').toBe(other);
    expect(report!.warnings.length > 0).toBe(other);
    if (other) {
      expect([report!.reviewYear, report!.planYear]).toEqual([null, null]);
      expect(report!.parts.every((p) => p.kind === 'other' && p.year === null)).toBe(true);
    }
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s: takes no year, date, document number, phone number or rank as a figure', (_, f) => {
    const { score } = runFixture(f);
    expect(score.wronglyTaken).toEqual([]);
  });
});

describe('takenAsFigure', () => {
  it.each([
    ['2023年', '', '', 'year'],
    ['2023', '', '年', 'year'],
    ['9月28日', '', '', 'date'],
    ['11月份', '', '', 'date'],
    ['10号', '〔2023〕', '', 'document number'],
    ['5193114', '电话:', '', 'phone'],
    ['037006', '邮编:', '', 'phone'],
    ['9', '排名第', '', 'rank'],
    ['第三', '', '', 'rank'],
  ] as const)('%s (before %s) is a %s', (raw, before, after, why) => {
    expect(takenAsFigure(raw, before, after)).toBe(why);
  });

  it.each(['82.4岁', '39%以上', '1.86万人', '3.85/10万', '2.17亿元', '131513人', '0件'])('%s is a figure', (raw) => {
    expect(takenAsFigure(raw, '达', '')).toBeNull();
  });
});
