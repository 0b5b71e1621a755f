import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/lib/parser/index.ts';
import type { Part, Report } from '../../../src/lib/model/report.ts';
import { reportSections } from '../../../src/lib/views/sections.ts';

const seeds = readdirSync('seeds')
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => parseReport(readFileSync(`seeds/${f}`), { source: `seeds/${f}` }));
const yiwu = seeds.find((r) => r.source.includes('001_'))!;

/** Every text of a report's body in reading order: titles, headings (label + title), sentences. */
function bodyTexts(report: Report): string[] {
  return report.parts.flatMap((p) =>
    p.blocks.flatMap((b) =>
      b.type === 'title' ? [b.text] : b.type === 'heading' ? [b.label + b.title] : b.sentences.map((s) => s.text),
    ),
  );
}

describe('reportSections', () => {
  it.each(seeds.map((r) => [r.source, r] as const))('keeps every text of %s once, in order', (_, report) => {
    const sections = reportSections(report);
    expect(sections.map((s) => s.text).join('').replace(/\n/g, '')).toBe(bodyTexts(report).join(''));
  });

  it.each(seeds.map((r) => [r.source, r] as const))('anchors each section of %s at its own heading, title or sentence', (_, report) => {
    const ids = new Set(
      report.parts.flatMap((p) => p.blocks.flatMap((b) => (b.type === 'paragraph' ? b.sentences.map((s) => s.id) : [b.id]))),
    );
    const anchors = reportSections(report).map((s) => s.anchor);
    expect(new Set(anchors).size).toBe(anchors.length);
    for (const a of anchors) expect(ids).toContain(a);
    const headings = report.parts.flatMap((p) => p.blocks.filter((b) => b.type !== 'paragraph').map((b) => b.id));
    expect(anchors.filter((a) => !a.startsWith('s-'))).toEqual(headings);
  });

  it('names the headings above a section and the kind and year of its part (001, 义乌)', () => {
    const sections = reportSections(yiwu);
    const nested = sections.find((s) => s.heading === '1.强化医共体人员使用“一家人”。')!;
    expect(nested.path).toEqual(['二、围绕问题,重点突破,以改革促进卫生事业长期发展', '(三)破解医共体建设“堵点、难点”。']);
    expect(nested).toMatchObject({ kind: 'summary', year: 2020 });
    // The heading opened its paragraph in the source and runs on into it.
    expect(nested.text.startsWith('1.强化医共体人员使用“一家人”。实现医共体内编制统筹管理和使用。')).toBe(true);
    const first = sections[0];
    expect(first).toMatchObject({ anchor: 't-1', heading: '2020年卫生健康工作总结', path: [] });
    expect(first.text).toContain('\n2020年,在市委市政府的正确领导下');
  });

  it('anchors text before any heading at its first sentence, with no heading', () => {
    const part: Part = {
      kind: 'plan',
      year: null,
      title: null,
      anchor: null,
      outline: [],
      blocks: [
        { type: 'paragraph', line: 1, sentences: [{ id: 's-1', text: '全面推进健康海安建设。', figures: [] }] },
        { type: 'heading', id: 'h-1', depth: 2, label: '(一)', title: '全面加强党的建设。', line: 2, inline: false },
        { type: 'paragraph', line: 3, sentences: [{ id: 's-2', text: '坚持党建引领。', figures: [] }] },
      ],
    };
    expect(reportSections({ parts: [part] })).toEqual([
      { anchor: 's-1', heading: null, path: [], text: '全面推进健康海安建设。', kind: 'plan', year: null },
      { anchor: 'h-1', heading: '(一)全面加强党的建设。', path: [], text: '(一)全面加强党的建设。\n坚持党建引领。', kind: 'plan', year: null },
    ]);
  });
});
