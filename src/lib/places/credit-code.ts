/**
 * Credit code evidence: the division code inside an 18-character unified social credit code
 * (GB 32100-2015) written in the 索引号, e.g. `11330782329949043U/2021-374107` → 330782.
 *
 * Characters 3-8 are the registering division; the 18th is a check character over the first 17,
 * and a code that fails it decides nothing (an 索引号 of another shape is no credit code).
 */
import { divisionByCode } from './gazetteer.ts';
import { compact, type Finding } from './finding.ts';

/** The 31 characters of a credit code, in the order of their values (no I, O, S, V, Z). */
const CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** Weight of each of the first 17 characters: 3^i mod 31. */
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** GB 32100-2015: the 18th character is a check character over the first 17. */
export function validCreditCode(code: string): boolean {
  const sum = CREDIT_WEIGHTS.reduce((s, w, i) => s + CREDIT_CHARS.indexOf(code[i]) * w, 0);
  return CREDIT_CHARS[(31 - (sum % 31)) % 31] === code[17];
}

/**
 * `11330782329949043U/2021-374107` → 330782. The code may end in `00` (a prefecture or province) or
 * `01` (the old `市辖区` of a prefecture, i.e. the city proper). A code not in the gazetteer (an
 * abolished county, a typo) decides nothing and is reported as such; no valid code gives null.
 */
export function creditCodeFinding(indexNumber: string | null): Finding | null {
  const text = compact(indexNumber).toUpperCase();
  const code = text.match(/(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{18}(?![0-9A-Z])/)?.[0];
  if (!code || !validCreditCode(code)) return null;
  const division = code.slice(2, 8);
  const found =
    divisionByCode(division) ??
    (division.endsWith('01') ? divisionByCode(division.slice(0, 4) + '00') : undefined);
  const basis = `索引号中的统一社会信用代码（${division}）`;
  return found
    ? { candidates: [found], basis }
    : { candidates: [], basis: `${basis}不在现行区划代码中` };
}
