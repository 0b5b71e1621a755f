/**
 * The Chinese error map: every kind of zod issue a schema of an editor's file can raise gets a
 * Chinese text, and a message the schema states itself still wins.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { issueMessage } from '../../../src/lib/model/issue-message.ts';
import { untaughtWords } from '../../helpers/editor-words.ts';

const messageOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value, { error: issueMessage });
  if (result.success) throw new Error('no issue');
  return result.error.issues[0].message;
};

describe('issueMessage', () => {
  it('says which type was expected', () => {
    expect(messageOf(z.string(), 3)).toBe('应为文字');
    expect(messageOf(z.number(), 'x')).toBe('应为数值');
    expect(messageOf(z.number().int(), 1.5)).toBe('应为整数');
    expect(messageOf(z.boolean(), 'yes')).toBe('应为 true 或 false');
    expect(messageOf(z.array(z.string()), 'x')).toBe('应为列表（每项一行，以“- ”开头）');
    expect(messageOf(z.strictObject({ a: z.string() }), 'x')).toBe('应为一组字段（每行“字段: 值”）');
    expect(messageOf(z.strictObject({ a: z.string() }), {})).toBe('应为文字');
  });

  it('says the bounds of sizes and numbers', () => {
    expect(messageOf(z.string().min(1), '')).toBe('不能为空');
    expect(messageOf(z.string().min(3), 'ab')).toBe('至少 3 个字');
    expect(messageOf(z.array(z.string()).min(1), [])).toBe('至少要有一项');
    expect(messageOf(z.array(z.string()).max(2), ['a', 'b', 'c'])).toBe('至多 2 项');
    expect(messageOf(z.number().min(1949), 1800)).toBe('应不小于 1949');
    expect(messageOf(z.number().max(2100), 20024)).toBe('应不大于 2100');
    expect(messageOf(z.number().positive(), 0)).toBe('应大于 0');
  });

  it('lists the allowed values, and names a bad key by its schema’s message', () => {
    expect(messageOf(z.enum(['rate', 'count']), 'ratio')).toBe('应为 rate、count 之一');
    expect(messageOf(z.literal('rate'), 'ratio')).toBe('应为 rate');
    expect(messageOf(z.record(z.string().regex(/^\p{Script=Han}+$/u, '键须为汉字地名'), z.string()), { yq: 'x' })).toBe('中的键名“yq”键须为汉字地名');
    expect(messageOf(z.union([z.string(), z.number()]), true)).toBe('不符合任何一种允许的写法');
    expect(messageOf(z.string().regex(/^a$/), 'b')).toBe('格式不对');
  });

  it('leaves a schema’s own message alone', () => {
    expect(messageOf(z.string().regex(/^a$/, '须为 a'), 'b')).toBe('须为 a');
  });

  it('never says English', () => {
    const schemas: [z.ZodType, unknown][] = [
      [z.string(), undefined], [z.number().multipleOf(5), 3], [z.set(z.string()), new Set([1])], [z.strictObject({}), { a: 1 }],
    ];
    for (const [schema, value] of schemas) expect(untaughtWords(messageOf(schema, value), '')).toEqual([]);
  });
});
