/**
 * Large inputs of one shape each, for the parser's linearity: a report copied as one line, and
 * single paragraphs repeating one construct (quoted titles, figures, inline headings) so that any
 * step that rescans the paragraph or sentence per construct shows up as quadratic time.
 */
import { generateReport } from './generate.ts';

export type ShapeName = 'single-line' | 'quoted-sentences' | 'figure-list' | 'inline-headings';

/** Repeats `unit` after `head` until the text has `bytes` UTF-8 bytes (or just over). */
function repeat(head: string, unit: string, bytes: number): string {
  const count = Math.ceil((bytes - Buffer.byteLength(head)) / Buffer.byteLength(unit));
  return head + unit.repeat(Math.max(1, count));
}

export const SHAPES: Record<ShapeName, { describe: string; make: (bytes: number) => string }> = {
  'single-line': {
    describe: 'generated reports back to back on one line (seed 000 style)',
    make: (bytes) => {
      const texts: string[] = [];
      for (let i = 0, size = 0; size < bytes; i++) {
        const text = generateReport(i, 3).text.replace(/\r?\n/g, ' ');
        texts.push(text);
        size += Buffer.byteLength(text) + 1;
      }
      return texts.join(' ');
    },
  },
  'quoted-sentences': {
    describe: 'one paragraph of short sentences, each quoting a document title',
    make: (bytes) => repeat('2023年工作总结\n', '印发《健康行动方案》。', bytes),
  },
  'figure-list': {
    describe: 'one sentence listing figures, never ended by 。',
    make: (bytes) => repeat('2023年工作总结\n', '千人床位数4.06张,', bytes),
  },
  'inline-headings': {
    describe: 'one line of inline (一) headings, each ending at its 。',
    make: (bytes) => repeat('2023年工作总结\n', '(一)加强建设。推进工作。', bytes),
  },
};
