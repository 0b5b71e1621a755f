import { describe, expect, it } from 'vitest';
import { pageWindow, provinceKey } from '../../../src/lib/views/paging.ts';

describe('pageWindow', () => {
  it('links the first, the last and two pages either side of the current one, marking gaps', () => {
    for (const total of [1, 2, 5, 7, 40]) {
      for (let current = 1; current <= total; current++) {
        const shown = pageWindow(current, total);
        const numbers = shown.filter((n): n is number => n !== null);
        const expected = Array.from({ length: total }, (_, i) => i + 1).filter((n) => n === 1 || n === total || Math.abs(n - current) <= 2);
        expect(numbers).toEqual(expected);
        // A gap stands exactly where numbers are skipped.
        shown.forEach((n, i) => {
          if (n === null) expect((shown[i + 1] as number) - (shown[i - 1] as number)).toBeGreaterThan(1);
          else if (i > 0 && shown[i - 1] !== null) expect(n - (shown[i - 1] as number)).toBe(1);
        });
        expect(shown.length).toBeLessThanOrEqual(9);
      }
    }
  });
});

describe('provinceKey', () => {
  it('anchors a province by its name, an unknown one as 地点未知', () => {
    expect(provinceKey('浙江')).toEqual({ name: '浙江', anchor: 'p-浙江' });
    expect(provinceKey(null)).toEqual({ name: '地点未知', anchor: 'p-unknown' });
  });
});
