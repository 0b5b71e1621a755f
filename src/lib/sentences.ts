/**
 * Sentences: a paragraph cut at `。 ! ? ;` (after normalisation full-width `！？；` are
 * half-width), each sentence keeping its delimiter, closing quotes and following spaces,
 * so joining the sentences gives back the paragraph exactly. A delimiter inside a quote or
 * bracket pair (`“…。…”`, `《…》`) does not cut, except at the end of a quotation introduced
 * by `:` (`他说:“做好工作。”`).
 */

const DELIMITER = /[。!?;]/;
const CLOSING = /[”’」』)》\]】\s]/;
const PAIRS: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '(': ')', '「': '」', '『': '』', '【': '】', '[': ']' };
/** A quote longer than this is taken to be a stray, unmatched mark rather than a quotation. */
const MAX_QUOTE = 200;

/** Split paragraph text into sentences; `sentences.join('') === text`. */
export function splitSentences(text: string): string[] {
  const quoted = quotedRanges(text);
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!DELIMITER.test(text[i]) || quoted.some(([a, b]) => a < i && i < b && !endsQuotedSentence(text, i, a, b))) continue;
    let end = i + 1;
    while (end < text.length && CLOSING.test(text[end])) end++;
    out.push(text.slice(start, end));
    start = end;
    i = end - 1;
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

/** `他说:“做好工作。”`: a quotation introduced by `:` that ends with the sentence ends the sentence too. */
function endsQuotedSentence(text: string, at: number, open: number, close: number): boolean {
  return text[open - 1] === ':' && /^[”’」』]*$/.test(text.slice(at + 1, close + 1));
}

/** Index ranges [open, close] of matched quote and bracket pairs. */
function quotedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  const open = new Map<string, number[]>();
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (PAIRS[c] !== undefined) {
      if (!open.has(c)) open.set(c, []);
      open.get(c)!.push(i);
    } else {
      const opener = Object.keys(PAIRS).find((o) => PAIRS[o] === c);
      const at = opener === undefined ? undefined : open.get(opener)?.pop();
      if (at !== undefined && i - at <= MAX_QUOTE) ranges.push([at, i]);
    }
  }
  return ranges;
}

