/**
 * Masking: the stretches of a sentence that name things rather than state figures — text in
 * quotes, book titles and brackets (`“521”`, `《…(2021-2023年)》`, `〔2024〕`), document and index
 * numbers, phone and fax numbers, web and e-mail addresses. No figure, qualifier or year is read
 * inside them.
 */
import { MASK_PAIRS } from './lexicon.ts';

/** Labelled numbers (`索引号:…`, `电话:…`) and phone numbers. */
const MASK_PATTERNS = [
  /(?:索引号|文号|电话|联系电话|传真|邮编|邮政编码)\s*(?::\s*)?[\w\-/〔〕[\]()]+/g,
  /\d{3,4}-\d{7,8}|(?<!\d)1[3-9]\d{9}(?!\d)/g,
];
/**
 * Web and e-mail addresses. The name part of an e-mail address is only tried where a run of its
 * characters starts: tried from every position, a long run of letters or digits without `@`
 * would be rescanned from each of them.
 */
const ADDRESS = /https?:\/\/\S+|www\.\S+|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+/g;
/** An e-mail address starting right where the previous address ended, inside its run (`a@b.cn-c@d.cn`). */
const GLUED_EMAIL = /[\w.+-]+@[\w-]+\.[\w.]+/y;
const EMAIL_NAME_CHAR = /[\w.+-]/;

/** Offsets covered by quotes, titles, document numbers, URLs and phone numbers: 1 where masked. */
export function maskRanges(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  const cover = (from: number, to: number) => mask.fill(1, from, to);
  for (const [open, close] of MASK_PAIRS) {
    let from = text.indexOf(open);
    while (from !== -1) {
      const to = text.indexOf(close, from + 1);
      if (to === -1) break;
      cover(from, to + 1);
      from = text.indexOf(open, to + 1);
    }
  }
  for (const pattern of MASK_PATTERNS) {
    for (const m of text.matchAll(pattern)) cover(m.index, m.index + m[0].length);
  }
  for (let from = 0, m = nextAddress(text, 0); m; m = nextAddress(text, from)) {
    from = m.index + m[0].length;
    cover(m.index, from);
  }
  return mask;
}

/** The first address at or after `from`, as a scan with the unguarded e-mail pattern would find it. */
function nextAddress(text: string, from: number): RegExpExecArray | null {
  if (from > 0 && EMAIL_NAME_CHAR.test(text[from - 1])) {
    GLUED_EMAIL.lastIndex = from;
    const glued = GLUED_EMAIL.exec(text);
    if (glued) return glued;
  }
  ADDRESS.lastIndex = from;
  return ADDRESS.exec(text);
}
