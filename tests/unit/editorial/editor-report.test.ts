/**
 * Editor-written reports: the body parsed like a seed with the markdown file's line numbers, the
 * frontmatter applied like a correction file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyCorrection } from '../../../src/lib/editorial/corrections/index.ts';
import { parseEditorReport } from '../../../src/lib/editorial/editor-report.ts';
import { deps, errorOf } from './corrections/fixtures.ts';

describe('editor-written reports', () => {
  // Seed 004 (天门) from its title line (line 17) on, as an editor would paste it under a frontmatter.
  const body = readFileSync('seeds/004_07ef2b519cbbfa54.txt', 'utf8').split('\n').slice(16).join('\n');
  const md = (front: string) => new TextEncoder().encode(`---\n${front}\n---\n${body}`);

  it('parses the body with the markdown file’s line numbers and applies the frontmatter', () => {
    const { report, frontmatter } = parseEditorReport(
      'content/reports/tianmen.md',
      md('title: 天门市卫健委2023年工作总结\ndivisionCode: "429006"\nreviewYear: 2023\ncopiedFrom: 天门市人民政府网站'),
    );
    const firstParagraph = report.parts.flatMap((p) => p.blocks).find((b) => b.type === 'paragraph')!;
    // The first paragraph is line 21 of the seed, line 5 of the body, line 11 of the file (after 6 frontmatter lines).
    expect(firstParagraph.line).toBe(11);
    const corrected = applyCorrection({ ...report, corrections: [], assignedIndicators: {} }, frontmatter, deps);
    expect(corrected).toMatchObject({ title: '天门市卫健委2023年工作总结', reviewYear: 2023 });
    expect(corrected.place.fullName).toBe('天门市');
    expect(corrected.corrections.every((c) => c.note === '编辑录入，出处：天门市人民政府网站')).toBe(true);
  });

  it('names the file, line and field of a bad frontmatter', () => {
    expect(errorOf(() => parseEditorReport('content/reports/x.md', md('title: 天门\nreviewYear: 二〇二三\ncopiedFrom: x')))).toBe(
      'content/reports/x.md:3: reviewYear 应为四位年份（如 2024），实际为 “二〇二三”。请改正后重新构建',
    );
  });
});
