/**
 * Normalisation: one spelling for what copies of the same report write differently.
 *
 * Line breaks become LF, full-width ASCII (U+FF01–FF5E: `，：（一）１．`) becomes half-width
 * (`,:(一)1.`), every Unicode space becomes a plain space, zero-width characters go, and each
 * line is trimmed. The number of lines never changes, so line numbers stay true.
 *
 * The width folding and the zero-width class are the project's one copy, in src/lib/width.ts.
 */
import type { SourceLine } from '../model/index.ts';
import { foldWidth, ZERO_WIDTH } from '../width.ts';

/** Zero-width characters anywhere in a line (normalize drops them). */
const ZERO_WIDTH_ALL = new RegExp(ZERO_WIDTH.source, 'g');

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
