/**
 * Numbers as Chinese reports write them: Arabic digits with an optional decimal part,
 * thousands groups, and the multipliers 千/万/亿 (`10.65万` → 106500).
 *
 * Chinese numerals (`九成`, `三甲`, `近万人次`) are deliberately not read: in these reports they
 * name things (`三甲医院`, `“十四五”`, `四型机关`) far more often than they state a quantity.
 */

/** Multipliers written after Arabic digits, as powers of ten. Longest first for matching. */
export const MULTIPLIERS: Readonly<Record<string, number>> = {
  万亿: 12,
  千万: 7,
  百万: 6,
  亿: 8,
  万: 4,
  千: 3,
};

/** Regex source for one multiplier (longest alternatives first). */
export const MULTIPLIER_SOURCE = Object.keys(MULTIPLIERS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/**
 * Regex source for the digits of one number: `3.41`, `106500`, `1,058,000`.
 * A comma counts as a thousands separator only before exactly three digits not followed by
 * another digit; otherwise it is the (normalised) Chinese comma between clauses.
 */
export const DIGITS_SOURCE = String.raw`\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?`;

/**
 * The exact value of `digits` × 10^`power`, computed on the decimal string so that
 * `10.65万` is 106500 and not 106500.00000000001.
 */
export function scaleDecimal(digits: string, power: number): number {
  const plain = digits.replace(/,/g, '');
  const [whole, fraction = ''] = plain.split('.');
  if (power <= fraction.length) {
    const moved = whole + fraction.slice(0, power);
    const rest = fraction.slice(power);
    return Number(rest ? `${moved}.${rest}` : moved);
  }
  return Number(whole + fraction + '0'.repeat(power - fraction.length));
}

/** Value of a number as written with an optional multiplier: (`5.8`, `亿`) → 580000000. */
export function quantity(digits: string, multiplier: string | null | undefined): number {
  const power = multiplier ? MULTIPLIERS[multiplier] : 0;
  if (power === undefined) throw new Error(`unknown multiplier ${multiplier}`);
  return scaleDecimal(digits, power);
}
