/**
 * The benchmark's corpus generator (scripts/bench/generate.ts): deterministic, varied, and consistent
 * within a report (one place, the years it states), so the benchmark measures realistic input.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { generateReport, writeCorpus, type GeneratedReport } from '../../../scripts/bench/generate.ts';
import { loadMaterial } from '../../../scripts/bench/material.ts';
import { resolvePlace } from '../../../src/lib/places/index.ts';

const SAMPLE = Array.from({ length: 400 }, (_, i) => generateReport(i, 7));

function decode(r: GeneratedReport): string {
  switch (r.format.encoding) {
    case 'gb18030':
      return iconv.decode(Buffer.from(r.bytes), 'gb18030');
    case 'utf-16le-bom':
      return Buffer.from(r.bytes).toString('utf16le').replace(/^\ufeff/, '');
    default:
      return Buffer.from(r.bytes).toString('utf8').replace(/^\ufeff/, '');
  }
}

describe('corpus generator', () => {
  it('gives the same bytes for the same seed and index, other bytes for another seed', () => {
    for (const i of [0, 5, 123]) {
      expect(Buffer.from(generateReport(i, 7).bytes).equals(Buffer.from(SAMPLE[i].bytes))).toBe(true);
      expect(Buffer.from(generateReport(i, 8).bytes).equals(Buffer.from(SAMPLE[i].bytes))).toBe(false);
    }
  });

  it('encodes the text in the encoding it names', () => {
    for (const r of SAMPLE) expect(decode(r)).toBe(r.text);
  });

  it('writes every format variant the issue lists', () => {
    const seen = (pick: (r: GeneratedReport) => unknown) => new Set(SAMPLE.map(pick));
    expect(seen((r) => r.format.encoding)).toEqual(new Set(['utf-8', 'utf-8-bom', 'gb18030', 'utf-16le-bom']));
    expect(seen((r) => r.format.layout)).toEqual(new Set(['parts', 'topics', 'flat']));
    expect(seen((r) => r.format.header)).toEqual(new Set(['none', 'table', 'web', 'breadcrumb']));
    expect(seen((r) => r.format.title)).toEqual(new Set(['full', 'agency-year', 'year-only', 'slogan', 'none']));
    for (const flag of ['singleLine', 'crlf', 'fullWidth'] as const) expect(seen((r) => r.format[flag])).toEqual(new Set([true, false]));
    expect(seen((r) => r.truth.kind)).toEqual(new Set(['summary', 'plan', 'summary+plan']));
  });

  it('writes each format as it says', () => {
    for (const r of SAMPLE) {
      if (r.format.singleLine) expect(r.text.split('\n').filter(Boolean).length).toBeLessThanOrEqual(2);
      if (r.format.crlf) expect(r.text).toMatch(/\r\n/);
      else expect(r.text).not.toMatch(/\r/);
      if (r.format.fullWidth) expect(r.text).not.toMatch(/[,:;()]/);
      if (r.format.header === 'table') expect(r.text).toMatch(/^索引号\r?\n/);
      if (r.format.header === 'web') expect(r.text).toContain(`11${r.truth.place.code}`);
      if (r.format.title === 'full') expect(r.text).toContain(r.truth.agency);
    }
  });

  it('names one place per report: the generated one, never a seed city', () => {
    const seedNames = ['乐清', '义乌', '广州', '海安', '天门', '温州', '金华', '南通'];
    for (const r of SAMPLE) {
      const { place } = r.truth;
      expect(r.text).toContain(place.shortName);
      for (const name of seedNames) {
        if (place.shortName.includes(name) || place.prefecture === name) continue;
        expect(r.text, `${r.file} (${place.fullName})`).not.toContain(name);
      }
    }
  });

  it('embeds valid credit codes: the place resolves from the 索引号 alone', () => {
    const withCode = SAMPLE.filter((r) => r.format.header === 'web' || (r.format.header === 'table' && !/\nMB\d/.test(r.text)));
    expect(withCode.length).toBeGreaterThan(20);
    for (const r of withCode) {
      const indexNumber = r.text.match(/[0-9A-Z]{18}\/\d{4}-\d+/)![0];
      const place = resolvePlace({ title: null, publisher: null, indexNumber, body: '' });
      expect(place.divisionCode, `${r.file}: ${indexNumber}`).toBe(r.truth.place.code);
    }
  });

  it('states the years it claims, in the range the issue asks for', () => {
    for (const r of SAMPLE) {
      const { reviewYear, planYear } = r.truth;
      for (const y of [reviewYear, planYear]) if (y !== null) expect(y).toBeGreaterThanOrEqual(2018);
      if (reviewYear !== null) expect(reviewYear).toBeLessThanOrEqual(2025);
      if (r.format.layout === 'parts') {
        if (reviewYear !== null) expect(r.text).toContain(`${reviewYear}年`);
        if (planYear !== null) expect(r.text).toContain(`${planYear}年`);
      }
      if (r.format.header !== 'none') expect(r.text).toContain(r.truth.publishedAt.slice(0, 4));
    }
  });

  it('never repeats a place and year, so report ids cannot collide', () => {
    const keys = SAMPLE.map((r) => `${r.truth.place.code}-${r.truth.reviewYear ?? r.truth.planYear}`);
    expect(new Set(keys).size).toBe(SAMPLE.length);
    expect(new Set(SAMPLE.map((r) => r.file)).size).toBe(SAMPLE.length);
  });

  it('varies the figures and keeps rates at or below 100%', () => {
    const lifeExpectancy = new Set(SAMPLE.flatMap((r) => [...r.text.matchAll(/人均期望寿命达(\d+\.\d+)岁/g)].map((m) => m[1])));
    expect(lifeExpectancy.size).toBeGreaterThan(5);
    for (const r of SAMPLE) {
      for (const m of r.text.matchAll(/(\d+(?:\.\d+)?)[%％]/g)) expect(Number(m[1])).toBeLessThanOrEqual(100);
    }
  });

  it('recombines sections from every seed', () => {
    const material = loadMaterial();
    expect(new Set(material.sections.map((s) => s.seed))).toEqual(new Set(['000', '001', '002', '003', '004']));
    for (const kind of ['summary', 'plan'] as const) expect(material.sections.filter((s) => s.kind === kind).length).toBeGreaterThan(10);
  });

  it('writes a corpus to the folder given and refuses seeds/', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-gen-test-'));
    try {
      const { files } = writeCorpus(dir, 12, 7);
      const names = readdirSync(dir).sort();
      expect(names).toHaveLength(files);
      expect(names).toEqual(SAMPLE.slice(0, 12).map((r) => r.file).sort());
      expect(readFileSync(path.join(dir, SAMPLE[3].file)).equals(Buffer.from(SAMPLE[3].bytes))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(() => writeCorpus(path.resolve('seeds'), 1, 7)).toThrow(/refusing/);
    expect(() => writeCorpus(path.resolve('seeds/sub'), 1, 7)).toThrow(/refusing/);
  });
});
