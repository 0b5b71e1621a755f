import { describe, expect, it } from 'vitest';
import { defaultCityProfile } from '../../../src/lib/editorial/cities.ts';
import { CITY_LEVEL_LABELS, cityWithin } from '../../../src/lib/views/city-view.ts';

describe('cityWithin', () => {
  it('names the province and prefecture of a county-level city', () => {
    expect(cityWithin(defaultCityProfile('330382'))).toBe('浙江 温州');
  });

  it('names the province of a prefecture-level city', () => {
    expect(cityWithin(defaultCityProfile('440100'))).toBe('广东');
  });

  it('leaves out a municipality, which is its own province', () => {
    expect(cityWithin(defaultCityProfile('500000'))).toBe('');
  });
});

describe('CITY_LEVEL_LABELS', () => {
  it('names each level of a profile', () => {
    expect([defaultCityProfile('500000'), defaultCityProfile('440100'), defaultCityProfile('330382')].map((p) => CITY_LEVEL_LABELS[p.level])).toEqual([
      '省级',
      '地级',
      '县级',
    ]);
  });
});
