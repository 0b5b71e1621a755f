/**
 * Reading a correction file: bad editor input stops with one message naming file, line, field,
 * what was expected and what was found.
 */
import { describe, expect, it } from 'vitest';
import { parseCorrection } from '../../../../src/lib/editorial/corrections/index.ts';
import { errorOf, FILE } from './fixtures.ts';

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
      `${FILE}:1: 缺少 reviewYear.note：应为一句说明依据的文字（note）。请改正后重新构建`,
    );
  });

  it('a division code written as a number: told to add the quotes', () => {
    expect(errorOf(() => parseCorrection(FILE, 'divisionCode:\n  value: 320685\n  note: x\n'))).toBe(
      `${FILE}:2: divisionCode 应为六位行政区划代码（如 "330382"，加引号），实际为没加引号的数字 320685。请加上引号，写成 "320685"`,
    );
  });

  it('a year in quotes: told to remove them', () => {
    expect(errorOf(() => parseCorrection(FILE, 'planYear:\n  value: "2024"\n  note: x\n'))).toBe(
      `${FILE}:2: planYear 应为四位年份（如 2024），实际为加了引号的“2024”。请去掉引号，写成 2024`,
    );
  });

  it('YAML that does not parse', () => {
    expect(errorOf(() => parseCorrection(FILE, 'planYear:\n  value: [2024\n'))).toBe(
      `${FILE}:2: YAML 格式错误，方括号 [ 没有配对的 ]；该行是“value: [2024”。请改正后重新构建`,
    );
  });
});
