import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactInIndex, fold, foldText, indexTokens, scoreQuery, termQuery, titleQuery, titleTokens } from '../../../src/lib/search/text.ts';

const yueqing = readFileSync('seeds/000_f4176e7e517abf09.txt', 'utf8');
const yiwu = readFileSync('seeds/001_25fd06d5f9460b46.txt', 'utf8');

/**
 * Pagefind's matching as the e2e test observes it, on the token string: a quoted query needs its
 * words at consecutive positions, an unquoted one-word query matches any word starting with it.
 */
function pagefindMatches(indexed: string, query: string): boolean {
  const words = indexed === '' ? [] : indexed.split(' ');
  if (!query.startsWith('"')) return words.some((w) => w.startsWith(query));
  const phrase = query.slice(1, -1).split(' ');
  return words.some((_, i) => phrase.every((p, k) => words[i + k] === p));
}

describe('fold', () => {
  it('turns full-width digits, point and percent into the half-width ones reports print', () => {
    expect(fold('９０．４５％')).toBe('90.45%');
    expect(fold(yueqing)).toContain(fold('县域就诊率和基层就诊率９０．４５％'));
  });

  it('reads Traditional characters as Simplified, Taiwan and Hong Kong forms included', () => {
    expect(fold('醫療衛生')).toBe('医疗卫生');
    expect(fold('家庭醫生簽約')).toBe('家庭医生签约');
    expect(fold('啟動')).toBe('启动');
    // 001 writes 復元 once where Simplified text would write 复元.
    expect(fold(yiwu)).toContain('复元第一附属医院');
  });

  it('leaves Simplified Chinese as it is', () => {
    const text = '乐清市卫生健康局2023年工作总结和2024年工作思路';
    expect(fold(text)).toBe(text);
  });

  it('lower-cases letters and makes every run of spaces one space, zero-width characters gone', () => {
    expect(fold('  PCR\u3000\u00a0检测\u200b能力 ')).toBe('pcr 检测能力');
  });

  it('maps every folded unit back to the source character it came from', () => {
    const source = 'Ａ\u3000\u3000醫療①㎡';
    const { text, origin } = foldText(source);
    expect(text).toBe('a 医疗1m2');
    expect(origin).toEqual([0, 1, 3, 4, 5, 6, 6]);
  });

  it('keeps origin monotonic, in range and as long as the text for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const { text, origin } = foldText(s);
        expect(origin.length).toBe(text.length);
        origin.forEach((o, i) => {
          expect(o).toBeGreaterThanOrEqual(i === 0 ? 0 : origin[i - 1]);
          expect(o).toBeLessThan(s.length);
        });
      }),
    );
  });
});

describe('index tokens and term queries', () => {
  it('spell every character as four letters, one bigram per character', () => {
    const tokens = indexTokens('托育服务 乐清').split(' ');
    expect(tokens).toHaveLength(6);
    for (const t of tokens) expect(t).toMatch(/^[a-z]{8}$/);
    expect(termQuery('托育服务')).toBe(`"${tokens.slice(0, 3).join(' ')}"`);
    expect(termQuery('托')).toBe(tokens[0].slice(0, 4));
  });

  it('match a report text exactly where the folded term is a substring of it', () => {
    const indexed = indexTokens(yueqing);
    for (const [term, found] of [
      ['托育', true],
      ['家庭医生签约', true],
      ['县域就诊率和基层就诊率90.45%', true],
      ['醫療衛生', true],
      ['卫生健康局乐清', false],
      ['育托', false],
    ] as const) {
      const q = fold(term);
      expect(pagefindMatches(indexed, termQuery(q))).toBe(found);
      expect(fold(yueqing).includes(q)).toBe(found);
    }
  });

  it('match if and only if the term is a substring, for any text and term, phrases with spaces included', () => {
    // A small alphabet with a space, so random terms often occur and often nearly occur.
    const char = fc.constantFrom('托', '育', '服', '务', '9', '%', ' ', '醫', '医');
    const text = fc.array(char, { maxLength: 40 }).map((a) => a.join(''));
    const term = fc.array(char, { minLength: 1, maxLength: 6 }).map((a) => fold(a.join('')));
    fc.assert(
      fc.property(text, term, (t, q) => {
        if (q === '') return;
        const matched = pagefindMatches(indexTokens(t), termQuery(q));
        // A phrase ending in a space and one character finds a superset, which the text then decides.
        if (exactInIndex(q)) expect(matched).toBe(fold(t).includes(q));
        else if (fold(t).includes(q)) expect(matched).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('search a phrase with its spaces: the runs around a space end and start there', () => {
    const indexed = indexTokens('推进医疗 卫生服务\n改革');
    for (const [phrase, found] of [
      ['医疗 卫生', true],
      ['疗 卫生服务 改', true],
      ['疗 生服', false],
      ['疗 卫生服务 改革', true],
      ['医疗卫生', false],
      ['医 卫生', false],
      ['服务 改革', true],
      ['务 改', true],
    ] as const) {
      expect(fold('推进医疗 卫生服务\n改革').includes(phrase)).toBe(found);
      if (exactInIndex(phrase)) expect(pagefindMatches(indexed, termQuery(phrase)), phrase).toBe(found);
    }
    expect(exactInIndex('医疗 卫生')).toBe(true);
    expect(exactInIndex('医疗 卫')).toBe(false);
    expect(exactInIndex('医 卫生')).toBe(true);
  });

  it('find a term in the title only among the title tokens, and a text term never among them', () => {
    // What the index holds for a record: its title's marked tokens, then its text's tokens.
    const char = fc.constantFrom('托', '育', '服', '务', '9', ' ', '醫', '医');
    const text = fc.array(char, { maxLength: 30 }).map((a) => a.join(''));
    const term = fc.array(char, { minLength: 1, maxLength: 5 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, text, term, (title, body, q) => {
        const indexed = `${titleTokens(title)} ${indexTokens(body)}`.trim();
        const folded = fold(q);
        if (folded === '' || !exactInIndex(folded)) return;
        expect(pagefindMatches(indexed, titleQuery(folded))).toBe(fold(title).includes(folded));
        expect(pagefindMatches(indexed, termQuery(folded))).toBe(fold(body).includes(folded));
      }),
      { numRuns: 2000 },
    );
  });

  it('score a term by its bigrams, unquoted', () => {
    const tokens = indexTokens('托育服务').split(' ');
    expect(scoreQuery('托育服务')).toBe(tokens.slice(0, 3).join(' '));
    expect(scoreQuery('托')).toBe(tokens[0].slice(0, 4));
  });
});
