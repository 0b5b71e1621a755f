/**
 * Editor corrections on a real report: seed 003 (海安), a plan that states no year anywhere.
 * Expected values are read off the seed text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyCorrection, type CorrectedReport, matchCorrections, parseCorrection } from '../../../src/lib/editorial/corrections/apply.ts';
import { parseEditorReport } from '../../../src/lib/editorial/editor-report.ts';
import { extractFigures, type Figure } from '../../../src/lib/figures/index.ts';
import { placeByCode } from '../../../src/lib/places/resolve.ts';
import { parseReport, type Report } from '../../../src/lib/parser/index.ts';

const SOURCE = 'seeds/003_91bbed86cc79f672.txt';
const FILE = 'content/corrections/003_91bbed86cc79f672.yaml';
const parsed: CorrectedReport = { ...parseReport(readFileSync(SOURCE), { source: SOURCE }), corrections: [], assignedIndicators: {} };
const deps = { placeByCode, extractFigures, indicatorIds: new Set(['childcare-places']) };

function apply(yaml: string, report: CorrectedReport = parsed): CorrectedReport {
  return applyCorrection(report, parseCorrection(FILE, yaml), deps);
}

function figures(report: Report): Figure[] {
  return report.parts.flatMap((p) => p.blocks.flatMap((b) => (b.type === 'paragraph' ? b.sentences.flatMap((s) => s.figures) : [])));
}

function sentence(report: Report, text: string) {
  const all = report.parts.flatMap((p) => p.blocks.flatMap((b) => (b.type === 'paragraph' ? b.sentences : [])));
  return all.find((s) => s.text.includes(text))!;
}

function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected an error');
}

describe('the seed before correction', () => {
  it('has no plan year, as its text states none', () => {
    expect(parsed.planYear).toBeNull();
    expect(parsed.parts.every((p) => p.year === null)).toBe(true);
    // `力争普惠托育机构镇(街)覆盖率达90%` is a target without a year.
    expect(figures(parsed).find((f) => f.raw === '90%')!.year).toBeNull();
  });
});

describe('setting a year', () => {
  const note = '正文要求“扎实开展党纪学习教育”（2024年开展）';
  const corrected = apply(`planYear:\n  value: 2024\n  inferred: true\n  note: ${note}\n`);

  it('sets the report year, says on what basis, and lists the correction with its note', () => {
    expect(corrected.planYear).toBe(2024);
    expect(corrected.basis.planYear).toContain('编辑推断');
    expect(corrected.basis.planYear).toContain(FILE);
    expect(corrected.corrections).toEqual([
      { key: 'planYear', field: '计划年份', before: '未注明', after: '2024', note, inferred: true, file: FILE },
    ]);
  });

  it('dates the undated plan part and the figures standing in it', () => {
    expect(corrected.parts.filter((p) => p.kind === 'plan').map((p) => p.year)).toEqual([2024]);
    expect(figures(corrected).find((f) => f.raw === '90%')!.year).toBe(2024);
  });

  it('leaves the parsed report as it was', () => {
    expect(parsed.planYear).toBeNull();
    expect(parsed.corrections).toEqual([]);
  });

  it('keeps corrections already applied and adds the next ones after them', () => {
    const again = apply('title:\n  value: 海安市卫生健康委2024年工作计划\n  note: 据原网页标题\n', corrected);
    expect(again.corrections.map((c) => c.field)).toEqual(['计划年份', '标题']);
    expect(again.title).toBe('海安市卫生健康委2024年工作计划');
    expect(again.titleComposed).toBe(false);
  });
});

describe('figures', () => {
  // `依托40家企业工作场所监测以及500名粉尘作业人员主动监测`: the 500 is of 粉尘作业人员.
  const s70 = sentence(parsed, '500名粉尘作业人员');
  const wrong = s70.figures.find((f) => f.raw === '500名')!;

  it('drops a figure by its anchor and keeps the others of the sentence', () => {
    const corrected = apply(`dropFigures:\n  - id: ${wrong.id}\n    note: 名称识别有误\n`);
    const after = sentence(corrected, '500名粉尘作业人员');
    expect(after.figures.map((f) => f.raw)).toEqual(s70.figures.filter((f) => f !== wrong).map((f) => f.raw));
    expect(corrected.corrections[0]).toMatchObject({ field: `数字 ${wrong.id}`, before: '500名', after: '已删除', note: '名称识别有误' });
  });

  it('adds a figure at its place in the sentence it quotes', () => {
    const corrected = apply(
      [
        'dropFigures:',
        `  - id: ${wrong.id}`,
        '    note: 名称识别有误',
        'addFigures:',
        '  - sentence: 500名粉尘作业人员主动监测',
        '    raw: 500名',
        '    name: 粉尘作业人员主动监测人数',
        '    value: 500',
        '    unit: 名',
        '    qualifier: null',
        '    kind: target',
        '    note: 补录正确名称',
      ].join('\n'),
    );
    const added = sentence(corrected, '500名粉尘作业人员').figures.find((f) => f.name === '粉尘作业人员主动监测人数')!;
    expect(s70.text.slice(added.start, added.end)).toBe('500名');
    expect(added).toMatchObject({ value: 500, unit: '名', kind: 'target', year: null });
    expect(added.id).toMatch(new RegExp(`^${s70.id}-f\\d+$`));
    expect(corrected.corrections.map((c) => c.after)).toEqual(['已删除', '500名']);
  });

  it('never gives an added figure the anchor of a dropped one', () => {
    // s-70 has two figures, 40家 (f1) and 500名 (f2); dropping 500名 leaves f1 the highest, but f2
    // was published and must keep meaning the dropped figure.
    expect(s70.figures.map((f) => [f.id, f.raw])).toEqual([
      [`${s70.id}-f1`, '40家'],
      [`${s70.id}-f2`, '500名'],
    ]);
    const drop = `dropFigures:\n  - id: ${wrong.id}\n    note: 名称识别有误\n`;
    const add =
      'addFigures:\n  - sentence: 500名粉尘作业人员主动监测\n    raw: 500名\n    name: 粉尘作业人员主动监测人数\n    value: 500\n    unit: 名\n    qualifier: null\n    kind: actual\n    note: 补录正确名称\n';
    const anchors = (report: Report) => sentence(report, '500名粉尘作业人员').figures.map((f) => [f.id, f.raw]);
    const expected = [
      [`${s70.id}-f1`, '40家'],
      [`${s70.id}-f3`, '500名'],
    ];

    const together = apply(drop + add);
    expect(anchors(together)).toEqual(expected);
    expect(together.corrections.map((c) => c.field)).toEqual([`数字 ${s70.id}-f2`, `数字 ${s70.id}-f3`]);
    // The drop already applied when the figure is added: still after the parser's f2.
    expect(anchors(apply(add, apply(drop)))).toEqual(expected);
  });

  it('assigns an added figure to the indicator the editor names, which must exist', () => {
    const add = (indicator: string) =>
      apply(
        `addFigures:\n  - sentence: 普惠托位150个\n    raw: 150个\n    name: 普惠托位\n    value: 150\n    unit: 个\n    qualifier: null\n    kind: target\n    indicator: ${indicator}\n    note: x\n`,
        apply(`dropFigures:\n  - id: ${sentence(parsed, '普惠托位150个').figures.find((f) => f.raw === '150个')!.id}\n    note: x\n`),
      );
    const corrected = add('childcare-places');
    const added = sentence(corrected, '普惠托位150个').figures.find((f) => f.raw === '150个')!;
    expect(corrected.assignedIndicators).toEqual({ [added.id]: 'childcare-places' });
    expect(errorOf(() => add('beds-per-thousand'))).toContain('addFigures[1].indicator 应为已有指标的 id（content/indicators 中的文件名），实际为 “beds-per-thousand”');
  });

  it('refuses a figure whose sentence is not in the report', () => {
    const message = errorOf(() =>
      apply(
        'addFigures:\n  - sentence: 千人医师数3.41人\n    raw: 3.41人\n    name: 千人医师数\n    value: 3.41\n    unit: 人\n    qualifier: null\n    kind: actual\n    note: x\n',
      ),
    );
    expect(message).toContain(`${FILE}:2:`);
    expect(message).toContain('addFigures[1].sentence “千人医师数3.41人” 不在报告的任何一句中');
  });

  it('refuses a figure the parser already found', () => {
    const message = errorOf(() =>
      apply(
        'addFigures:\n  - sentence: 覆盖率达90%\n    raw: 90%\n    name: 覆盖率\n    value: 90\n    unit: "%"\n    qualifier: null\n    kind: target\n    note: x\n',
      ),
    );
    const found = figures(parsed).find((f) => f.raw === '90%')!;
    expect(message).toContain(`与已识别的数字 ${found.id}（“90%”）重叠`);
  });

  it('refuses to drop a figure that does not exist', () => {
    expect(errorOf(() => apply('dropFigures:\n  - id: s-9999-f1\n    note: x\n'))).toContain('dropFigures[1].id “s-9999-f1” 不是本报告中的数字');
  });
});

describe('place', () => {
  it('takes the place from the gazetteer by division code', () => {
    const corrected = apply('divisionCode:\n  value: "320685"\n  note: 正文自称“海安”\n');
    expect(corrected.place).toMatchObject({ fullName: '海安市', province: '江苏', prefecture: '南通', divisionCode: '320685' });
    expect(corrected.place.basis).toContain('编辑更正');
  });

  it('refuses a code that is no division', () => {
    expect(errorOf(() => apply('divisionCode:\n  value: "999999"\n  note: x\n'))).toBe(
      `${FILE}:2: divisionCode “999999” 不是现行行政区划代码。请按 GB/T 2260 查对六位代码`,
    );
  });
});

describe('bad editor input: one message naming file, line, field, expected and found', () => {
  it('a year written in Chinese numerals', () => {
    expect(errorOf(() => parseCorrection(FILE, 'planYear:\n  value: 二〇二四\n  note: 据正文\n'))).toBe(
      `${FILE}:2: planYear 应为四位年份（如 2024），实际为 “二〇二四”。请改正后重新构建`,
    );
  });

  it('a field that does not exist', () => {
    const message = errorOf(() => parseCorrection(FILE, '# 注释\nplan_year:\n  value: 2024\n  note: x\n'));
    expect(message).toContain(`${FILE}:2: 有未知字段 “plan_year”`);
    expect(message).toContain('planYear');
  });

  it('a correction without a note', () => {
    expect(errorOf(() => parseCorrection(FILE, 'reviewYear:\n  value: 2023\n'))).toBe(
      `${FILE}:1: reviewYear.note 应为一句说明依据的文字（note），实际为 （缺少）。请改正后重新构建`,
    );
  });

  it('a division code written as a number', () => {
    expect(errorOf(() => parseCorrection(FILE, 'divisionCode:\n  value: 320685\n  note: x\n'))).toContain(
      'divisionCode 应为六位行政区划代码（如 "330382"，加引号），实际为 320685',
    );
  });

  it('YAML that does not parse', () => {
    expect(errorOf(() => parseCorrection(FILE, 'planYear:\n  value: [2024\n'))).toBe(
      `${FILE}:2: YAML 格式错误，方括号 [ 没有配对的 ]；该行是“value: [2024”。请改正后重新构建`,
    );
  });

  it('a correction file for a source that does not exist', () => {
    expect(errorOf(() => matchCorrections(['content/corrections/999_x.yaml'], [SOURCE]))).toBe(
      'content/corrections/999_x.yaml: 没有名为 999_x 的报告源文件（应有 999_x.txt 或 999_x.md）。更正文件须与所更正的报告源文件同名，请核对文件名',
    );
    expect(matchCorrections([FILE], [SOURCE, 'content/reports/a.md'])).toEqual(new Map([[SOURCE, FILE]]));
  });
});

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
