/** The one walk over a report: every sentence and figure once, in reading order, with its part. */
import { describe, expect, it } from 'vitest';
import { figuresOf, sentencesOf } from '../../../src/lib/model/walk.ts';
import { parseFile, SEEDS } from '../parser/helpers.ts';

describe('sentencesOf / figuresOf', () => {
  for (const [name, file] of Object.entries(SEEDS)) {
    it(`visits every sentence and figure of ${name} once, in order, with the part holding it`, () => {
      const report = parseFile(file);
      const walked = [...sentencesOf(report)];
      const ids = walked.map(({ sentence }) => Number(sentence.id.slice(2)));
      // Sentence ids are numbered in reading order from 1 without gaps.
      expect(ids).toEqual(ids.map((_, i) => i + 1));
      for (const { part, sentence } of walked) {
        expect(part.blocks.some((b) => b.type === 'paragraph' && b.sentences.includes(sentence))).toBe(true);
      }
      const figures = [...figuresOf(report)];
      expect(figures.map((f) => f.figure)).toEqual(walked.flatMap(({ sentence }) => sentence.figures));
      for (const { sentence, figure } of figures) expect(figure.id.startsWith(`${sentence.id}-f`)).toBe(true);
    });
  }

  it('walks nothing in a report without paragraphs', () => {
    const report = { parts: [{ kind: 'other' as const, year: null, title: null, anchor: null, outline: [], blocks: [{ type: 'title' as const, id: 't', text: '标题', line: 1 }] }] };
    expect([...sentencesOf(report)]).toEqual([]);
    expect([...figuresOf(report)]).toEqual([]);
  });
});
