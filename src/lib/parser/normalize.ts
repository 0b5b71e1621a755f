/**
 * Normalisation: one spelling for what copies of the same report write differently.
 *
 * Line breaks become LF, full-width ASCII (U+FF01–FF5E: `，：（一）１．`) becomes half-width
 * (`,:(一)1.`), every Unicode space becomes a plain space, zero-width characters go, and each
 * line is trimmed. The number of lines never changes, so line numbers stay true.
 */
import type { SourceLine } from './index.ts';

const FULL_WIDTH_ASCII = /[\uFF01-\uFF5E]/g;
/** U+3000 ideographic space, NBSP, the U+2000 block spaces, narrow/medium math spaces, Ogham space, tab, VT, FF. */
const SPACES = /[\u0009\u000B\u000C\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
/** Zero-width space/joiners, word joiner, BOM used as ZWNBSP, soft hyphen. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/** Normalise report text; the result has exactly as many lines as the input. */
export function normalize(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(FULL_WIDTH_ASCII, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(SPACES, ' ')
    .replace(INVISIBLE, '')
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
