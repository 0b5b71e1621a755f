/**
 * Source metadata: what the web page says about the report (索引号, 发布机构, dates, 名称…).
 *
 * Three shapes are read, all only in the page header (the lines before the first heading or
 * sentence) or footer (after the last one):
 * - `label:value` lines, several pairs on one line allowed (`时间:2022-03-23 来源:本网`);
 * - tables copied one cell per line (`索引号` / `MB1A08302/2024-13532` / `分类` / `卫生`…);
 * - unlabelled header cells recognised by shape: an 索引号 (`11330782329949043U/2021-374107`),
 *   a date, `主动公开`, and an agency name next to them (`市卫生健康局`).
 * The original page's address (`网址:`, `原文链接:`, or a `来源:` that is an http(s) URL) is the `url`;
 * a value of those labels that is not an http(s) URL stays text (a `来源` the publisher, others `extra`).
 * Metadata lines leave the body and are listed as `Stripped` with reason `元数据`.
 */
import { type SourceLine, type SourceMeta, type Stripped, webUrl } from '../model/index.ts';
import { matchHeading } from './headings.ts';

/** Metadata found, the body lines left, and the metadata lines removed. */
export interface MetadataResult {
  meta: SourceMeta;
  lines: SourceLine[];
  stripped: Stripped[];
}

type Field = 'indexNumber' | 'docNumber' | 'publisher' | 'name' | 'published' | 'issued' | 'dated' | 'url' | 'extra';

/** Known labels of government information-disclosure pages → the field they fill. */
const LABELS: Record<string, Field> = {
  索引号: 'indexNumber',
  文号: 'docNumber', 发文字号: 'docNumber', 文件编号: 'docNumber', '备注/文号': 'docNumber',
  发布机构: 'publisher', 发文机关: 'publisher', 发文机构: 'publisher', 发布单位: 'publisher',
  来源: 'publisher', 信息来源: 'publisher', 文章来源: 'publisher',
  名称: 'name', 标题: 'name', 文件名称: 'name',
  网址: 'url', 原网址: 'url', 原文网址: 'url', 原文链接: 'url', 原文地址: 'url', 原网页: 'url', 网页地址: 'url', 链接地址: 'url',
  发布日期: 'published', 发布时间: 'published', 公开日期: 'published',
  发文日期: 'issued', 成文日期: 'issued', 公文生成日期: 'issued',
  时间: 'dated', 日期: 'dated', 更新时间: 'dated',
  分类: 'extra', 主题分类: 'extra', 体裁分类: 'extra', 组配分类: 'extra', 服务对象分类: 'extra', 信息分类: 'extra',
  效力状态: 'extra', 有效性: 'extra', 公开方式: 'extra', 公开范围: 'extra', 公开时限: 'extra',
  主题词: 'extra', 关键词: 'extra', 作者: 'extra', 编辑: 'extra', 责任编辑: 'extra', 生效日期: 'extra', 废止日期: 'extra',
  发布人: 'extra', 点击量: 'extra', 浏览量: 'extra', 浏览次数: 'extra', 阅读量: 'extra', 访问量: 'extra',
};
/** Date fields by precedence: the page's own 发布 date over the document's 发文 date over a bare 时间. */
const DATE_PRECEDENCE: Field[] = ['published', 'issued', 'dated'];
/** `来源` values that name the website, not an authority. */
const NOT_A_PUBLISHER = /^(?:本网|本站|本网站|网站|原创|本单位|本部门|综合|转载)$|^\S*(?:网|网站|门户|平台)(?:\s|$)/;

const LABEL_NAMES = Object.keys(LABELS).sort((a, b) => b.length - a.length).join('|');
/** A `label:value` line, possibly in brackets: `发布时间:2024-01-15`, `【来源:本网】`. */
const PAIR_LINE = new RegExp(`^[【(\\[]?(?:${LABEL_NAMES})\\s*:`);
const PAIR = new RegExp(`(?:^|[\\s【(\\[】)\\]])(${LABEL_NAMES})\\s*:`, 'g');
const LABEL_ONLY = new RegExp(`^(${LABEL_NAMES}):?$`);
/** Brackets and spaces closing a pair's value (`【来源:本网】`), dropped from it. */
const PAIR_CLOSING = /[【】()[\]\s]/;

const INDEX_NUMBER = /^[0-9A-Z]{5,20}\s*[/-]\s*\d{4}\s*-\s*\d{1,8}$/;
/** `2024-01-15`, `2024年1月15日`, `2021-03-24 14:29`; the day's tail is written so that spaces are never tried two ways. */
const DATE_ONLY = /^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}(?:\s*日(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|\s+\d{1,2}:\d{2}(?::\d{2})?|\s*)$/;
const DISCLOSURE = /^(?:主动公开|依申请公开|不予公开|部分公开)$/;
const AGENCY = /^[\u4e00-\u9fff]{2,24}(?:局|委员会|委|厅|办公室|政府|中心)$/;

/** Read the page metadata from the header and footer lines of a report. */
export function extractMetadata(lines: SourceLine[]): MetadataResult {
  const found = new Map<Field, string>();
  const extra: Record<string, string> = {};
  const taken = new Set<number>();
  const set = (label: string, value: string) => {
    const url = webUrl(value);
    // `来源:https://…` names the page, not its publisher.
    const field = url !== null && LABELS[label] === 'publisher' ? 'url' : LABELS[label];
    if (field === 'url' && url === null) extra[label] ??= value;
    else if (field === 'extra') extra[label] ??= value;
    else if (field === 'publisher' && NOT_A_PUBLISHER.test(value)) return;
    else if (value !== '' && !found.has(field)) found.set(field, field === 'url' ? url! : value);
  };

  // What each line says for labels: `• 索 引 号:…` reads as `索引号:…`.
  const cells = lines.map((l) => asCell(l.text));
  const first = cells.findIndex((text) => isContent(text));
  const headerEnd = first === -1 ? lines.length : first;
  const last = findLastIndex(cells, (text) => isContent(text));

  // Header: labelled pairs, label-per-line tables, and unlabelled cells by shape.
  const unlabelled = new Set<number>();
  for (let i = 0; i < headerEnd; i++) {
    const text = cells[i];
    const only = LABEL_ONLY.exec(text);
    if (only) {
      taken.add(i);
      if (i + 1 < headerEnd && !LABEL_ONLY.test(cells[i + 1]) && !PAIR_LINE.test(cells[i + 1])) {
        set(only[1], cells[i + 1]);
        taken.add(++i);
      } else {
        set(only[1], '');
      }
    } else if (PAIR_LINE.test(text)) {
      readPairs(text, set);
      taken.add(i);
    } else if (INDEX_NUMBER.test(text)) {
      set('索引号', text);
      taken.add(i);
      unlabelled.add(i);
    } else if (DATE_ONLY.test(text)) {
      set('日期', text);
      taken.add(i);
      unlabelled.add(i);
    } else if (DISCLOSURE.test(text)) {
      set('公开方式', text);
      taken.add(i);
      unlabelled.add(i);
    }
  }
  // An agency name counts as the publisher only beside other unlabelled header cells.
  for (let i = 0; i < headerEnd; i++) {
    if (taken.has(i) || !AGENCY.test(cells[i])) continue;
    if (unlabelled.has(i - 1) || unlabelled.has(i + 1)) {
      if (!found.has('publisher')) found.set('publisher', cells[i]);
      taken.add(i);
    }
  }
  // Footer: labelled pairs after the last sentence.
  for (let i = Math.max(last + 1, headerEnd); i < lines.length; i++) {
    if (PAIR_LINE.test(cells[i])) {
      readPairs(cells[i], set);
      taken.add(i);
    }
  }

  const date = DATE_PRECEDENCE.map((f) => found.get(f)).find((v) => v !== undefined && parseDate(v) !== null);
  const meta: SourceMeta = {
    indexNumber: found.get('indexNumber') ?? null,
    docNumber: found.get('docNumber') ?? null,
    publisher: found.get('publisher') ?? null,
    publishedAt: date ? parseDate(date) : null,
    name: found.get('name') ?? null,
    url: found.get('url') ?? null,
    extra,
  };
  const stripped: Stripped[] = [];
  const body: SourceLine[] = [];
  lines.forEach((l, i) => {
    if (taken.has(i)) stripped.push({ text: l.text, line: l.line, reason: '元数据' });
    else body.push(l);
  });
  return { meta, lines: body, stripped };
}

/** A date as YYYY-MM-DD from `2024年03月06日`, `2021-03-24 14:29`, `2021/3/24`; null when not a valid date. */
export function parseDate(text: string): string | null {
  const m = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A line of the report itself: a heading or a sentence, as opposed to page header cells and titles. */
function isContent(text: string): boolean {
  if (PAIR_LINE.test(text) && !text.includes('。')) return false;
  return matchHeading(text) !== null || /[。!?;]/.test(text);
}

/** A list bullet before a label, and a label spelled with spaces between its characters (`索 引 号:`). */
const BULLET = /^[•·●▪◆■]\s*/;
const SPACED_LABEL = /^([\u4e00-\u9fff](?:\s+[\u4e00-\u9fff]){1,5})(?=\s*:)/;

/** A line as a metadata cell: without a leading bullet, its label's inner spaces closed up. */
function asCell(text: string): string {
  const bare = text.replace(BULLET, '');
  return bare.replace(SPACED_LABEL, (label) => label.replace(/\s+/g, ''));
}

function readPairs(text: string, set: (label: string, value: string) => void): void {
  const matches = [...text.matchAll(PAIR)];
  matches.forEach((m, k) => {
    const start = m.index + m[0].length;
    let end = k + 1 < matches.length ? matches[k + 1].index : text.length;
    while (end > start && PAIR_CLOSING.test(text[end - 1])) end--;
    set(m[1], text.slice(start, end).trim());
  });
}

function findLastIndex<T>(items: T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i])) return i;
  return -1;
}
