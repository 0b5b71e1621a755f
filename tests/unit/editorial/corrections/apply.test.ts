/**
 * Applying editor corrections to a real report: seed 003 (海安), a plan that states no year anywhere.
 * Expected values are read off the seed text.
 */
import { describe, expect, it } from 'vitest';
import { applyCorrection, parseCorrection } from '../../../../src/lib/editorial/corrections/index.ts';
import type { CorrectedReport } from '../../../../src/lib/model/correction.ts';
import type { Figure } from '../../../../src/lib/model/figure.ts';
import type { Report } from '../../../../src/lib/model/report.ts';
import { deps, errorOf, FILE, parsed } from './fixtures.ts';

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
