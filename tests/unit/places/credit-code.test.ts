import { describe, expect, it } from 'vitest';
import { creditCodeFinding, validCreditCode } from '../../../src/lib/places/credit-code.ts';

/** GB 32100-2015, computed here from the standard: 31 characters, weight of position i is 3^i mod 31. */
const CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const checkCharacter = (first17: string) => {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARS.indexOf(first17[i]) * (3 ** i % 31);
  return CHARS[(31 - (sum % 31)) % 31];
};
/** A credit code of a government body (`11`) registered in `division`, with its check character. */
const codeFor = (division: string, organisation = '329949043') => {
  const first17 = `11${division}${organisation}`;
  return first17 + checkCharacter(first17);
};
const codes = (indexNumber: string) => creditCodeFinding(indexNumber)?.candidates.map((d) => d.code);

describe('validCreditCode', () => {
  it('accepts the check character computed by the GB 32100 rule and no other', () => {
    const code = codeFor('330782');
    expect(code).toBe('11330782329949043U');
    expect(validCreditCode(code)).toBe(true);
    const wrong = [...CHARS].filter((c) => c !== code[17]).map((c) => code.slice(0, 17) + c);
    expect(wrong).toHaveLength(30);
    expect(wrong.filter(validCreditCode)).toEqual([]);
  });

  it('a check character of 0 (sum divisible by 31) is written 0, not 31', () => {
    // Find an organisation number whose weighted sum is a multiple of 31.
    const organisation = Array.from({ length: 31 }, (_, i) => `00000000${CHARS[i]}`).find((o) => checkCharacter(`11330782${o}`) === '0')!;
    expect(organisation).toBeDefined();
    expect(validCreditCode(`11330782${organisation}0`)).toBe(true);
  });

  it('a changed character before the check character is caught', () => {
    const code = codeFor('440101', '006940050');
    expect(validCreditCode(code)).toBe(true);
    expect(validCreditCode(code.slice(0, 9) + (code[9] === '1' ? '2' : '1') + code.slice(10))).toBe(false);
  });
});

describe('creditCodeFinding', () => {
  it('the division code inside a valid credit code of the 索引号', () => {
    const f = creditCodeFinding(`${codeFor('330782')}/2021-374107`);
    expect(f?.candidates.map((d) => d.name)).toEqual(['义乌市']);
    expect(f?.basis).toBe('索引号中的统一社会信用代码（330782）');
  });

  it('lower case, spaces and a code inside a longer 索引号 are read', () => {
    expect(codes(` 索引号：${codeFor('330782').toLowerCase()} /2021-374107`)).toEqual(['330782']);
  });

  it('a credit code with a wrong check character decides nothing', () => {
    expect(creditCodeFinding('11330782329949043A/2021-374107')).toBeNull();
  });

  it('an 索引号 without a credit code gives nothing: too short, glued to more characters, or with I/O/S/V/Z', () => {
    expect(creditCodeFinding('MB1A08302/2024-13532')).toBeNull();
    expect(creditCodeFinding(`${codeFor('330782')}7/2021`)).toBeNull();
    expect(creditCodeFinding('11330782329949O43U')).toBeNull();
    expect(creditCodeFinding(null)).toBeNull();
  });

  it('a code ending in 01 (the old 市辖区) is the city proper', () => {
    expect(codes('11440101006940050B/2022-00001')).toEqual(['440100']);
    expect(codes(codeFor('330101'))).toEqual(['330100']);
  });

  it('a valid credit code from an abolished county (海安县 320621) decides nothing, and says so', () => {
    const f = creditCodeFinding('113206210140512348/2020-00001');
    expect(f).toEqual({ candidates: [], basis: '索引号中的统一社会信用代码（320621）不在现行区划代码中' });
  });
});
