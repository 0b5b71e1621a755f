/**
 * Sentences: a paragraph cut at `。 ! ? ;` (after normalisation full-width `！？；` are
 * half-width), each sentence keeping its delimiter, closing quotes and following spaces,
 * so joining the sentences gives back the paragraph exactly. A delimiter inside a quote or
 * bracket pair (`“…。…”`, `《…》`) does not cut, except at the end of a quotation introduced
 * by `:` (`他说:“做好工作。”`).
 */

const DELIMITERS = '。!?;';
const CLOSING = /[”’」』)》\]】\s]/;
const PAIRS: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '(': ')', '「': '」', '『': '』', '【': '】', '[': ']' };
const OPENERS: Record<string, string> = Object.fromEntries(Object.entries(PAIRS).map(([open, close]) => [close, open]));
/** Any opening or closing mark of PAIRS, so quotes are found by the regex engine rather than by a lookup per character. */
const PAIR_MARK = new RegExp(`[${Object.entries(PAIRS).flat().map((c) => c.replace(/[\\\]\[^-]/g, '\\$&')).join('')}]`, 'g');
/** Quotes that may follow the delimiter ending a quotation introduced by `:`. */
const END_QUOTES = '”’」』';
/** A quote longer than this is taken to be a stray, unmatched mark rather than a quotation. */
const MAX_QUOTE = 200;

/** Split paragraph text into sentences; `sentences.join('') === text`. */
export function splitSentences(text: string): string[] {
  const held = heldSpans(text);
  const out: string[] = [];
  let start = 0;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    depth += held[i];
    if (depth > 0 || !DELIMITERS.includes(text[i])) continue;
    let end = i + 1;
    while (end < text.length && CLOSING.test(text[end])) end++;
    out.push(text.slice(start, end));
    start = end;
    for (let k = i + 1; k < end; k++) depth += held[k];
    i = end - 1;
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

/**
 * Where a delimiter does not cut, as +1 at the start and -1 at the end of each span (a running
 * sum over the text is > 0 inside one): the inside of every quote or bracket pair, except the
 * end of a quotation introduced by `:` (`他说:“做好工作。”`), where the delimiter followed
 * only by closing quotes ends the sentence too.
 */
function heldSpans(text: string): Int32Array {
  const held = new Int32Array(text.length + 1);
  for (const [open, close] of quotedRanges(text)) {
    let end = close;
    if (text[open - 1] === ':') while (end > open + 1 && END_QUOTES.includes(text[end])) end--;
    held[open + 1]++;
    held[end]--;
  }
  return held;
}

/** Index ranges [open, close] of matched quote and bracket pairs. */
function quotedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  const open = new Map<string, number[]>();
  for (const { 0: c, index: i } of text.matchAll(PAIR_MARK)) {
    if (PAIRS[c] !== undefined) {
      if (!open.has(c)) open.set(c, []);
      open.get(c)!.push(i);
    } else {
      const opener = OPENERS[c];
      const at = opener === undefined ? undefined : open.get(opener)?.pop();
      if (at !== undefined && i - at <= MAX_QUOTE) ranges.push([at, i]);
    }
  }
  return ranges;
}
