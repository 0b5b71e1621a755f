/**
 * Editor input: YAML files and markdown frontmatter written by editors, read and validated so
 * that a mistake becomes ONE short message naming the file, the line, the field, what was
 * expected and what was found (a ReportError), never a stack trace.
 */
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { issueMessage, ReportError } from '../model/index.ts';
import { firstYamlProblem, FULL_WIDTH_COLON, FULL_WIDTH_COLON_HINT } from './yaml-errors.ts';

/** A path into a YAML value, e.g. `['addFigures', 0, 'raw']`. */
export type FieldPath = (string | number)[];

/** Parsed YAML with the means to say on which line of the file a field stands. */
export interface EditorYaml {
  value: unknown;
  /** 1-based line of the field (or of its nearest parent) in the file, null when unknown. */
  lineOf(path: FieldPath): number | null;
}

/**
 * Parse YAML written by an editor. `firstLine` is the file line the text starts on
 * (2 for frontmatter after its opening `---`).
 */
export function parseEditorYaml(file: string, text: string, firstLine = 1): EditorYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const problem = firstYamlProblem(doc, text, lineCounter);
  if (problem) throw new ReportError(file, problem.line + firstLine - 1, problem.problem, problem.hint);
  const lineOf = (path: FieldPath): number | null => {
    for (let p = path; p.length > 0; p = p.slice(0, -1)) {
      const parent = p.length === 1 ? doc.contents : doc.getIn(p.slice(0, -1), true);
      const pair = (parent as { items?: { key?: unknown; value?: unknown }[] } | null)?.items?.find(
        (item, i) => (typeof p[p.length - 1] === 'number' ? i === p[p.length - 1] : scalarValue(item.key) === p[p.length - 1]),
      );
      const node = (pair && (pair.key ?? pair)) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lineAt(node.range[0]);
    }
    return null;
  };
  return { value: doc.toJS() ?? {}, lineOf };
}

function scalarValue(node: unknown): unknown {
  return node !== null && typeof node === 'object' && 'value' in node ? (node as { value: unknown }).value : node;
}

/** A markdown file split into its frontmatter and body. */
export interface Frontmatter {
  yaml: EditorYaml;
  body: string;
  /** 1-based file line the body starts on. */
  bodyLine: number;
}

/** Split `---\n<yaml>\n---\n<body>`; a file without frontmatter is an error naming the file. */
export function splitFrontmatter(file: string, text: string): Frontmatter {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) throw new ReportError(file, 1, '缺少开头的 --- 前言（frontmatter）', '请在第一行写 ---，列出字段，再以 --- 结束');
  const bodyLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 0 : 1);
  return { yaml: parseEditorYaml(file, match[1], 2), body: text.slice(match[0].length), bodyLine };
}

/** Validate editor input against a schema; the first problem becomes one ReportError. */
export function validate<T extends z.ZodType>(file: string, schema: T, input: EditorYaml): z.infer<T> {
  const result = schema.safeParse(input.value, { error: issueMessage });
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => `“${k}”`).join('、');
    const where = path.length ? `${fieldName(path)} 中` : '';
    throw new ReportError(file, input.lineOf([...path, issue.keys[0]]), `${where}有未知字段 ${keys}`, allowedHint(schema, path));
  }
  const found = path.reduce<unknown>(
    (value, key) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined),
    input.value,
  );
  const field = fieldName(path);
  const line = input.lineOf(path);
  // The three slips behind most type errors get named as such: a full-width colon, a number in quotes, digits without them.
  if (typeof found === 'string' && FULL_WIDTH_COLON.test(found)) {
    throw new ReportError(file, line, `${field} 中字段名后用了全角冒号“：”（${describe(found)}）`, FULL_WIDTH_COLON_HINT);
  }
  if (issue.code === 'invalid_type' && (issue.expected === 'number' || issue.expected === 'int') && typeof found === 'string' && NUMBER.test(found)) {
    throw new ReportError(file, line, `${field} ${issue.message}，实际为加了引号的${describe(found)}`, `请去掉引号，写成 ${found.trim()}`);
  }
  if (issue.code === 'invalid_type' && issue.expected === 'string' && typeof found === 'number') {
    throw new ReportError(file, line, `${field} ${issue.message}，实际为没加引号的数字 ${found}`, `请加上引号，写成 "${found}"`);
  }
  const problem = found === undefined ? `缺少 ${field}：${issue.message}` : `${field} ${issue.message}，实际为 ${describe(found)}`;
  throw new ReportError(file, line, problem, '请改正后重新构建');
}

/** A number as text: `"2024"`, `" 4.06 "`. */
const NUMBER = /^\s*-?\d+(?:\.\d+)?\s*$/;

/** `planYear.value` → `planYear`; `addFigures.0.raw` → `addFigures[1].raw` (counted from 1). */
function fieldName(path: FieldPath): string {
  const shown = path[path.length - 1] === 'value' ? path.slice(0, -1) : path;
  if (shown.length === 0) return '文件内容';
  return shown.map((p, i) => (typeof p === 'number' ? `[${p + 1}]` : i === 0 ? p : `.${p}`)).join('');
}

function allowedHint(schema: z.ZodType, path: FieldPath): string {
  let node = shapeOf(schema);
  for (const key of path) node = shapeOf(typeof key === 'number' ? node?.element : node?.shape?.[key]);
  const keys = Object.keys(node?.shape ?? {});
  return keys.length ? `可用字段：${keys.join('、')}` : '请删除该字段';
}

function shapeOf(node: unknown): { shape?: Record<string, z.ZodType>; element?: z.ZodType } | undefined {
  let current = node;
  while (current instanceof z.ZodOptional || current instanceof z.ZodNullable) current = current.unwrap();
  if (current instanceof z.ZodArray) return { element: current.element as z.ZodType };
  if (current instanceof z.ZodObject) return { shape: current.shape as Record<string, z.ZodType> };
  return undefined;
}

function describe(value: unknown): string {
  if (value === null) return '空值';
  if (typeof value === 'string') return `“${value}”`;
  if (Array.isArray(value)) return value.length === 0 ? '空列表' : '一个列表';
  if (typeof value === 'object') return '一组字段';
  return String(value);
}
