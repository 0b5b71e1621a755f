/**
 * Parses one file in a process of its own and prints what came out as JSON, so a caller (the
 * pathological tests, the benchmark) can bound the time with a kill instead of hanging on a
 * quadratic step.
 *
 *   node --import tsx scripts/bench/parse-one.ts <file>
 */
import { readFileSync } from 'node:fs';
import { type Report, ReportError } from '../../src/lib/model/index.ts';
import { normalize } from '../../src/lib/parser/normalize.ts';
import { parseReport } from '../../src/lib/parser/index.ts';

/** What a parse produced, in counts. */
export interface ParseOutcome {
  bytes: number;
  seconds: number;
  cpuSeconds: number;
  /** `ReportError` message when the parser refused the file. */
  refused: string | null;
  paragraphs: number;
  sentences: number;
  headings: number;
  figures: number;
  /** Non-space characters of the normalised input (read as UTF-8), ` | ` separators aside. */
  givenChars: number;
  /** Non-space characters the report keeps in titles, headings, sentences and stripped lines. */
  keptChars: number;
}

const canonLength = (s: string): number => normalize(s).replace(/[\s|]+/g, '').length;

function outcome(report: Report, bytes: Uint8Array, seconds: number, cpuSeconds: number): ParseOutcome {
  const blocks = report.parts.flatMap((p) => p.blocks);
  const paragraphs = blocks.flatMap((b) => (b.type === 'paragraph' ? [b] : []));
  const sentences = paragraphs.flatMap((p) => p.sentences);
  const kept = [
    ...blocks.map((b) => (b.type === 'paragraph' ? b.sentences.map((s) => s.text).join('') : b.type === 'heading' ? b.label + b.title : b.text)),
    ...report.stripped.map((s) => s.text),
  ].join('');
  return {
    bytes: bytes.length,
    seconds,
    cpuSeconds,
    refused: null,
    paragraphs: paragraphs.length,
    sentences: sentences.length,
    headings: blocks.filter((b) => b.type === 'heading').length,
    figures: sentences.reduce((n, s) => n + s.figures.length, 0),
    givenChars: canonLength(new TextDecoder().decode(bytes)),
    keptChars: canonLength(kept),
  };
}

const file = process.argv[2];
if (!file) {
  console.error('usage: node --import tsx scripts/bench/parse-one.ts <file>');
  process.exit(2);
}
const bytes = new Uint8Array(readFileSync(file));
const started = performance.now();
const cpu = process.cpuUsage();
try {
  const report = parseReport(bytes, { source: file });
  const used = process.cpuUsage(cpu);
  console.log(JSON.stringify(outcome(report, bytes, (performance.now() - started) / 1000, (used.user + used.system) / 1e6)));
} catch (error) {
  if (!(error instanceof ReportError)) throw error;
  const used = process.cpuUsage(cpu);
  const refused: ParseOutcome = {
    bytes: bytes.length,
    seconds: (performance.now() - started) / 1000,
    cpuSeconds: (used.user + used.system) / 1e6,
    refused: error.message,
    paragraphs: 0,
    sentences: 0,
    headings: 0,
    figures: 0,
    givenChars: canonLength(new TextDecoder().decode(bytes)),
    keptChars: 0,
  };
  console.log(JSON.stringify(refused));
}
