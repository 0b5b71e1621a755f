/** Shared helpers for the parser tests: loading seeds and fixtures, and reading a Report's headings. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseReport } from '../../../src/lib/parser/index.ts';
import type { Block, Report } from '../../../src/lib/model/report.ts';

export const SEEDS = {
  yueqing: 'seeds/000_f4176e7e517abf09.txt',
  yiwu: 'seeds/001_25fd06d5f9460b46.txt',
  guangzhou: 'seeds/002_da4610836c923291.txt',
  haian: 'seeds/003_91bbed86cc79f672.txt',
  tianmen: 'seeds/004_07ef2b519cbbfa54.txt',
} as const;

export const ROOT = resolve(import.meta.dirname, '../../..');

/** Bytes of a file under the project root. */
export function bytesOf(path: string): Buffer {
  return readFileSync(resolve(ROOT, path));
}

/** Parse a report written in the test, one argument per line (source `x.txt`, as a seed would be). */
export function parseLines(...lines: string[]): Report {
  return parseReport(Buffer.from(lines.join('\n')), { source: 'x.txt' });
}

/** Parse a file under the project root, with its relative path as source. */
export function parseFile(path: string): Report {
  return parseReport(bytesOf(path), { source: path });
}

export function allBlocks(report: Report): Block[] {
  return report.parts.flatMap((p) => p.blocks);
}

export type Heading = Extract<Block, { type: 'heading' }>;

export function headings(report: Report): Heading[] {
  return allBlocks(report).filter((b): b is Heading => b.type === 'heading');
}

/** Number of headings at each depth 1–5, as an array [d1, d2, d3, d4, d5]. */
export function countByDepth(report: Report): number[] {
  const counts = [0, 0, 0, 0, 0];
  for (const h of headings(report)) counts[h.depth - 1]++;
  return counts;
}

/** Label + title of the top-level outline nodes of each part. */
export function topLevel(report: Report): string[][] {
  return report.parts.map((p) => p.outline.map((n) => n.label + n.title));
}

export function sentenceTexts(report: Report): string[] {
  return allBlocks(report).flatMap((b) => (b.type === 'paragraph' ? b.sentences.map((s) => s.text) : []));
}

/** The Report without its `encoding`, for comparing variants of the same text. */
export function withoutEncoding(report: Report): Omit<Report, 'encoding'> {
  const { encoding: _encoding, ...rest } = report;
  return rest;
}
