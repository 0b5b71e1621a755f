/**
 * Values of numbers as written: multipliers applied exactly, thousands separators read.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quantity, scaleDecimal } from '../../../src/lib/figures/numbers.ts';

describe('quantity', () => {
  it('applies 千/万/亿 exactly, without floating-point residue', () => {
    expect(quantity('10.65', '万')).toBe(106500);
    expect(quantity('5.8', '亿')).toBe(580000000);
    expect(quantity('5786.85', '万')).toBe(57868500);
    expect(quantity('3', '千')).toBe(3000);
    expect(quantity('0.0001', '万')).toBe(1);
    expect(quantity('1.2', '千万')).toBe(12000000);
    expect(quantity('3.41', null)).toBe(3.41);
  });

  it('reads thousands separators', () => {
    expect(quantity('1,058,000', null)).toBe(1058000);
    expect(quantity('12,345.5', '万')).toBe(123455000);
  });

  it('keeps the digits it was given: scaling by 10^p equals the integer product', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 9 }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 8 }), (n, decimals, power) => {
        const digits = decimals === 0 ? String(n) : (n / 10 ** decimals).toFixed(decimals);
        // The exact product as a decimal string, then one correctly rounded conversion.
        const scaled = (BigInt(digits.replace('.', '')) * 10n ** BigInt(power)).toString().padStart(decimals + 1, '0');
        const exact = decimals === 0 ? scaled : `${scaled.slice(0, -decimals)}.${scaled.slice(-decimals)}`;
        expect(scaleDecimal(digits, power)).toBe(Number(exact));
      }),
    );
  });
});
