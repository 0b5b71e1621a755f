/**
 * Normalisation: one spelling for what copies of the same report write differently.
 *
 * Line breaks become LF, full-width ASCII (U+FF01–FF5E: `，：（一）１．`) becomes half-width
 * (`,:(一)1.`), every Unicode space becomes a plain space, zero-width characters go, and each
 * line is trimmed. The number of lines never changes, so line numbers stay true.
 *
 * The width folding (`foldWidth`) and the zero-width class (`ZERO_WIDTH`) are the project's only
 * ones: figures, indicator names and topic keywords fold with `foldWidth` too (so they also fold
 * text that never went through `normalize`), and search folding (src/lib/search/text.ts) builds on
 * both. No Node imports here: search/text.ts, and with it this module, runs in the browser too.
 */
import type { SourceLine } from '../model/report.ts';

/**
 * Full-width ASCII (U+FF01–FF5E), then the Unicode spaces: U+3000 ideographic space, NBSP, the
 * U+2000 block spaces, narrow/medium math spaces, Ogham space, tab, VT, FF.
 */
const WIDE_SOURCE = '[\\uFF01-\\uFF5E\\u0009\\u000B\\u000C\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000]';
const WIDE = new RegExp(WIDE_SOURCE);
const WIDE_ALL = new RegExp(WIDE_SOURCE, 'g');
/** Zero-width space/joiners, word joiner, BOM used as ZWNBSP, soft hyphen (test one character; not global). */
export const ZERO_WIDTH = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
/** For `normalize`; marked pure so that a bundle without `normalize` (the search page's) drops it. */
const ZERO_WIDTH_ALL = /* @__PURE__ */ new RegExp(ZERO_WIDTH.source, 'g');

/**
 * Width folding: full-width ASCII becomes half-width (`，：（一）１．５％` → `,:(一)1.5%`) and
 * every Unicode space a plain space, one UTF-16 unit for one, so offsets into the folded text are
 * offsets into the original. Nothing else changes (zero-width characters stay: dropping them
 * would move offsets).
 */
export function foldWidth(text: string): string {
  if (!WIDE.test(text)) return text;
  return text.replace(WIDE_ALL, (c) => {
    const code = c.charCodeAt(0);
    return code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : ' ';
  });
}

/** Normalise report text; the result has exactly as many lines as the input. */
export function normalize(text: string): string {
  return foldWidth(text.replace(/\r\n?/g, '\n'))
    .replace(ZERO_WIDTH_ALL, '')
    .split('\n')
    .map((line) => line.trim())
    .join('\n');
}

/** The non-empty lines of normalised text, numbered from `firstLine` (the file line of the text's first line). */
export function sourceLines(text: string, firstLine = 1): SourceLine[] {
  return text
    .split('\n')
    .map((line, i) => ({ text: line, line: firstLine + i }))
    .filter((l) => l.text !== '');
}
