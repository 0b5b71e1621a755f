/**
 * The data dictionary: every download documented, each table's columns with one Chinese header and one
 * English key each and a Chinese description; per-indicator paths stand for every indicator.
 */
import { describe, expect, it } from 'vitest';
import { DOWNLOADS, INDICATOR_ID, indicatorCsvPath, indicatorSvgPath } from '../../../src/lib/views/data-dictionary.ts';

describe('DOWNLOADS', () => {
  it('documents each path once, the CSV and JSON ones with their columns', () => {
    expect(new Set(DOWNLOADS.map((d) => d.path)).size).toBe(DOWNLOADS.length);
    for (const d of DOWNLOADS) {
      expect(d.path.endsWith(`.${d.format.toLowerCase()}`), d.path).toBe(true);
      expect(d.columns === null, d.path).toBe(d.format === 'SVG');
      expect(d.description, d.path).toMatch(/\p{Script=Han}{4,}/u);
    }
  });

  it('gives every column one Chinese header, one English key and a Chinese description', () => {
    for (const d of DOWNLOADS) {
      const columns = d.columns ?? [];
      expect(new Set(columns.map((c) => c.key)).size, d.path).toBe(columns.length);
      expect(new Set(columns.map((c) => c.header)).size, d.path).toBe(columns.length);
      for (const c of columns) {
        expect(c.key, d.path).toMatch(/^[a-z][A-Za-z]*(\.[a-z][A-Za-z]*)?$/);
        expect(c.header, `${d.path} ${c.key}`).toMatch(/^\p{Script=Han}+$/u);
        expect(c.description, `${d.path} ${c.key}`).toMatch(/\p{Script=Han}{4,}/u);
      }
    }
  });

  it('names each indicator’s files by its id', () => {
    expect(indicatorCsvPath('beds')).toBe('data/indicators/beds.csv');
    expect(indicatorSvgPath('beds')).toBe('data/indicators/beds.svg');
    expect(DOWNLOADS.map((d) => d.path)).toEqual(expect.arrayContaining([indicatorCsvPath(INDICATOR_ID), indicatorSvgPath(INDICATOR_ID)]));
  });
});
