/**
 * What a value that fails a schema should have been, in Chinese: the error map every check of an
 * editor's file passes to zod (`schema.safeParse(value, { error: issueMessage })`), so that no build
 * error carries zod's English (`Invalid input: expected boolean, received string`). A message a
 * schema states itself (`.regex(…, '须为…')`) takes precedence; this covers every issue it does not.
 * The text completes `<field> …`, e.g. `measure 应为 rate、per-capita、count、years 之一`.
 */
import type { z } from 'zod';

/** What each type zod expects is to an editor. */
const EXPECTED: Record<string, string> = {
  string: '应为文字',
  number: '应为数值',
  int: '应为整数',
  boolean: '应为 true 或 false',
  array: '应为列表（每项一行，以“- ”开头）',
  object: '应为一组字段（每行“字段: 值”）',
  record: '应为一组字段（每行“字段: 值”）',
  null: '应为空值 null',
};

type Issue = z.core.$ZodRawIssue;

function sizeLimit(issue: Extract<Issue, { code: 'too_small' | 'too_big' }>, small: boolean): string {
  const bound = Number(small ? (issue as { minimum: number | bigint }).minimum : (issue as { maximum: number | bigint }).maximum);
  if (issue.origin === 'string') return small && bound === 1 ? '不能为空' : `${small ? '至少' : '至多'} ${bound} 个字`;
  if (issue.origin === 'array' || issue.origin === 'set') return small && bound === 1 ? '至少要有一项' : `${small ? '至少' : '至多'} ${bound} 项`;
  const inclusive = issue.inclusive !== false;
  return small ? `应${inclusive ? '不小于' : '大于'} ${bound}` : `应${inclusive ? '不大于' : '小于'} ${bound}`;
}

/** The Chinese message of a zod issue no schema message covers. */
export function issueMessage(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return EXPECTED[issue.expected] ?? '类型不对';
    case 'too_small':
      return sizeLimit(issue, true);
    case 'too_big':
      return sizeLimit(issue, false);
    case 'invalid_value':
      return issue.values.length === 1 ? `应为 ${String(issue.values[0])}` : `应为 ${issue.values.map(String).join('、')} 之一`;
    case 'invalid_format':
      return '格式不对';
    case 'not_multiple_of':
      return `应为 ${String(issue.divisor)} 的倍数`;
    case 'unrecognized_keys':
      return `有未知字段 ${issue.keys.map((k) => `“${k}”`).join('、')}`;
    case 'invalid_key':
      return `中的键名“${String(issue.input)}”${issue.issues[0]?.message ?? '格式不对'}`;
    case 'invalid_element':
      return '中有一项不符合要求';
    case 'invalid_union':
      return '不符合任何一种允许的写法';
    default:
      return '不符合要求';
  }
}
