import { describe, expect, it } from 'vitest';
import { readIndicatorFolder } from '../../../src/lib/editorial/indicators.ts';
import { searchIndicators, synonymOffers } from '../../../src/lib/search/synonyms.ts';
import { fold } from '../../../src/lib/search/text.ts';

const defs = (await readIndicatorFolder('content/indicators')).map((f) => f.data);
const indicators = searchIndicators(defs, (id) => `/compare/${id}/`);

describe('searchIndicators', () => {
  it('gives each indicator its shown name first, then every synonym once, and its page', () => {
    expect(indicators).toHaveLength(defs.length);
    defs.forEach((def, i) => {
      expect(indicators[i].name).toBe(def.name);
      expect(indicators[i].names[0]).toBe(def.name);
      expect(new Set(indicators[i].names)).toEqual(new Set([def.name, ...def.synonyms]));
      expect(indicators[i].url).toBe(`/compare/${def.id}/`);
    });
  });
});

describe('synonymOffers', () => {
  const life = { name: '人均预期寿命', names: ['人均预期寿命', '平均期望寿命', '人均期望寿命', '居民人均预期寿命', '城乡居民平均期望寿命'], url: '/compare/life-expectancy/' };

  it('offers the other names of the indicator a term names, by any of its names and in any form', () => {
    for (const query of ['人均预期寿命', '人均預期壽命']) {
      expect(synonymOffers([fold(query)], [life])).toEqual([
        {
          term: '人均预期寿命',
          indicator: life,
          // 居民人均预期寿命 contains the term: its results are exact ones.
          names: ['平均期望寿命', '人均期望寿命', '城乡居民平均期望寿命'],
          // 城乡居民平均期望寿命 contains 平均期望寿命, which finds it too.
          alternatives: ['平均期望寿命', '人均期望寿命'],
        },
      ]);
    }
    expect(synonymOffers(['平均期望寿命'], [life])[0].alternatives).toEqual(['人均预期寿命', '人均期望寿命']);
  });

  it('offers nothing for a term that is only part of a name, or no name at all', () => {
    expect(synonymOffers(['预期寿命', '乐清', '人均预期寿命 乐清'], [life])).toEqual([]);
  });

  it('offers, for every name of every indicator in content/, the other names not containing it', () => {
    for (const indicator of indicators) {
      for (const name of indicator.names) {
        const [offer, ...more] = synonymOffers([fold(name)], indicators);
        expect(more).toEqual([]);
        const others = indicator.names.filter((n) => !fold(n).includes(fold(name)));
        if (others.length === 0) {
          expect(offer).toBeUndefined();
          continue;
        }
        expect(offer.indicator).toBe(indicator);
        expect(offer.names).toEqual(others);
        // Every other name contains one searched alternative, and each alternative is one of them.
        for (const n of others) expect(offer.alternatives.some((a) => fold(n).includes(a))).toBe(true);
        for (const a of offer.alternatives) expect(others.map(fold)).toContain(a);
      }
    }
    expect(synonymOffers(['人均预期寿命'], indicators)[0].names).toContain('平均期望寿命');
  });
});
