import { describe, expect, it } from 'vitest';
import { defaultCityProfile } from '../../../src/lib/editorial/cities.ts';
import { cityLevel, cityWithin } from '../../../src/lib/views/city-view.ts';

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

describe('cityLevel', () => {
  it('names each level of a profile, a county-level city, a county and a district apart', () => {
    expect(['500000', '440100', '330382', '330521', '310115'].map((code) => cityLevel(defaultCityProfile(code)))).toEqual([
      '省级',
      '地级',
      '县级市',
      '县',
      '市辖区',
    ]);
  });
});
