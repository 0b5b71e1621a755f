/**
 * The word lists are matched first-fit, so their order is part of their meaning: a word must come
 * before any shorter word that would match where it does. And the unit sets name units.
 */
import { describe, expect, it } from 'vitest';
import {
  ATTRIBUTE_UNITS,
  CHANGE_UNITS,
  CONNECTIVES,
  PREFIX_QUALIFIER_GUARDS,
  PREFIX_QUALIFIERS,
  RANK_UNITS,
  SHARED_HEADS,
  SUFFIX_QUALIFIERS,
  SUFFIX_QUALIFIERS_TIME,
  UNIT_WORD_GUARDS,
  UNITS,
} from '../../../src/lib/figures/lexicon.ts';

/** Pairs (earlier, later) where `shadows(earlier, later)` holds: `later` can never win over `earlier`. */
function shadowed(words: readonly string[], shadows: (earlier: string, later: string) => boolean): string[] {
  const out: string[] = [];
  words.forEach((w, i) => {
    for (const earlier of words.slice(0, i)) if (earlier !== w && shadows(earlier, w)) out.push(`${earlier} before ${w}`);
  });
  return out;
}

describe('figures lexicon', () => {
  it('lists units matched at the same start longest first (人次 before 人)', () => {
    expect(shadowed(UNITS, (earlier, later) => later.startsWith(earlier))).toEqual([]);
    expect(UNITS.indexOf('人次')).toBeLessThan(UNITS.indexOf('人'));
  });

  it('lists words matched right before a value longest first (将近 before 近, 分别达到 before 达到)', () => {
    const endsWithEarlier = (earlier: string, later: string) => later.endsWith(earlier);
    expect(shadowed(PREFIX_QUALIFIERS, endsWithEarlier)).toEqual([]);
    expect(shadowed(CONNECTIVES, endsWithEarlier)).toEqual([]);
    expect(shadowed(SHARED_HEADS, endsWithEarlier)).toEqual([]);
  });

  it('lists suffix qualifiers so that none hides a longer one at the same start', () => {
    const startsWithEarlier = (earlier: string, later: string) => later.startsWith(earlier);
    expect(shadowed(SUFFIX_QUALIFIERS, startsWithEarlier)).toEqual([]);
    expect(shadowed(SUFFIX_QUALIFIERS_TIME, startsWithEarlier)).toEqual([]);
    expect(SUFFIX_QUALIFIERS_TIME).toEqual(expect.arrayContaining(SUFFIX_QUALIFIERS));
  });

  it('guards and unit sets name words of the lists they refine', () => {
    for (const unit of [...Object.keys(UNIT_WORD_GUARDS), ...ATTRIBUTE_UNITS, ...RANK_UNITS, ...CHANGE_UNITS]) expect(UNITS).toContain(unit);
    for (const qualifier of Object.keys(PREFIX_QUALIFIER_GUARDS)) expect(PREFIX_QUALIFIERS).toContain(qualifier);
  });
});
