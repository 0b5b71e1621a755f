/**
 * Width folding: the project's one full-width → half-width folding and its one zero-width class.
 * The parser's `normalize` uses them on whole reports; figures, indicator names and topic keywords
 * fold with `foldWidth` too (so they also fold text that never went through `normalize`), and
 * search folding (src/lib/search/text.ts) builds on both. A leaf module shared by several
 * subsystems, with no Node imports: search/text.ts, and with it this module, runs in the browser.
 */

/**
 * Full-width ASCII (U+FF01–FF5E), then the Unicode spaces: U+3000 ideographic space, NBSP, the
 * U+2000 block spaces, narrow/medium math spaces, Ogham space, tab, VT, FF.
 */
const WIDE_SOURCE = '[\\uFF01-\\uFF5E\\u0009\\u000B\\u000C\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000]';
const WIDE = new RegExp(WIDE_SOURCE);
const WIDE_ALL = new RegExp(WIDE_SOURCE, 'g');
/** Zero-width space/joiners, word joiner, BOM used as ZWNBSP, soft hyphen (test one character; not global). */
export const ZERO_WIDTH = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;

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
