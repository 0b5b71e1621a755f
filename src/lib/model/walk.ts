/**
 * The one walk over a report's body: parts → paragraph blocks → sentences → figures, in reading
 * order. Everything that visits sentences or figures goes through here instead of nesting loops.
 */
import type { Figure } from './figure.ts';
import type { Part, Report, Sentence } from './report.ts';

/** Every sentence of the body in reading order, with the part it stands in. */
export function* sentencesOf(report: Pick<Report, 'parts'>): Generator<{ part: Part; sentence: Sentence }> {
  for (const part of report.parts) {
    for (const block of part.blocks) {
      if (block.type === 'paragraph') for (const sentence of block.sentences) yield { part, sentence };
    }
  }
}

/** Every figure of the body in reading order, with its sentence and part. */
export function* figuresOf(report: Pick<Report, 'parts'>): Generator<{ part: Part; sentence: Sentence; figure: Figure }> {
  for (const { part, sentence } of sentencesOf(report)) {
    for (const figure of sentence.figures) yield { part, sentence, figure };
  }
}
