/**
 * Nothing lost: every line of a source is either listed as stripped or is body, and every
 * character of the body ends up in a block (title, heading label + title, or sentence).
 * Only whitespace and ` | ` separators between paragraphs may go.
 */
import { describe, expect, it } from 'vitest';
import { stripChrome } from '../../../src/lib/parser/chrome.ts';
import { decode } from '../../../src/lib/parser/decode.ts';
import { extractMetadata } from '../../../src/lib/parser/metadata.ts';
import { normalize, sourceLines } from '../../../src/lib/parser/normalize.ts';
import { parseReport } from '../../../src/lib/parser/index.ts';
import { SEEDS, allBlocks, bytesOf } from './helpers.ts';

const FILES = [
  ...Object.values(SEEDS),
  'tests/fixtures/parser/deep-nesting.txt',
  'tests/fixtures/parser/fullwidth-inline.txt',
  'tests/fixtures/parser/hard-wrapped.txt',
  'tests/fixtures/parser/heading-only.txt',
  'tests/fixtures/parser/no-place-no-title.txt',
];

/** Text without whitespace and without ` | ` separators. */
const squash = (text: string) => text.replace(/(^|\s)\|(?=\s|$)/g, '$1').replace(/\s+/g, '');

describe.each(FILES)('%s', (path) => {
  const bytes = bytesOf(path);
  const lines = sourceLines(normalize(decode(bytes, path).text));
  const body = extractMetadata(stripChrome(lines).lines).lines;
  const report = parseReport(bytes, { source: path });

  it('lists every non-empty line either as stripped or as body, never both', () => {
    const strippedLines = report.stripped.map((s) => `${s.line}:${s.text}`);
    const bodyLines = body.map((l) => `${l.line}:${l.text}`);
    expect([...strippedLines, ...bodyLines].sort()).toEqual(lines.map((l) => `${l.line}:${l.text}`).sort());
  });

  it('puts every character of the body into a block, in order', () => {
    const blockText = allBlocks(report)
      .map((b) => (b.type === 'title' ? b.text : b.type === 'heading' ? b.label + b.title : b.sentences.map((s) => s.text).join('')))
      .join('');
    expect(squash(blockText)).toBe(squash(body.map((l) => l.text).join('\n')));
  });

  it('gives each block the line it came from', () => {
    const bodyLines = new Set(body.map((l) => l.line));
    for (const block of allBlocks(report)) expect(bodyLines.has(block.line)).toBe(true);
  });
});
