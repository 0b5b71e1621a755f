/**
 * Web-page furniture copied along with a report: breadcrumbs, counters, font-size and share
 * widgets, print/close links, empty attachment boxes. Each removed line is returned as a
 * `Stripped` so nothing disappears silently.
 *
 * Rules are by shape, not by file: a breadcrumb is a short `>`-separated trail; a
 * page-function line is a short line made only of widget words; an empty `附件:` box only
 * counts at the end of the page. A line with a sentence end (`。`) is never furniture.
 */
import type { SourceLine, Stripped } from '../model/index.ts';

/** Body lines left after removing page furniture, and what was removed. */
export interface ChromeResult {
  lines: SourceLine[];
  stripped: Stripped[];
}

/** Widget words of government web pages, longest first so the alternation prefers them. */
const WIDGET_WORDS = [
  '扫一扫在手机上查看当前页面', '在手机上查看当前页面', '在手机打开当前页', '手机扫一扫', '扫一扫', '扫描二维码', '二维码',
  '手机版', '打开手机浏览器', '当前页面', '当前页',
  '访问次数', '浏览次数', '阅读次数', '点击次数', '访问量', '浏览量', '阅读量', '点击数', '点击量', '点击率', '浏览',
  '字体大小', '字体', '字号', '默认', '分享到', '分享', '微信', '新浪微博', '腾讯微博', '微博', 'QQ空间', 'QQ好友', '朋友圈',
  '我要打印', '打印本页', '打印此页', '打印', '关闭窗口', '关闭本页', '关闭', '加入收藏', '收藏本页', '收藏',
  '返回顶部', '返回首页', '返回', '我要纠错', '纠错', '保存本页', '【', '】',
].sort((a, b) => b.length - a.length);
/** Counters may carry their number (`访问次数:1234`). */
const COUNTER_WORDS = /访问次数|浏览次数|阅读次数|点击次数|访问量|浏览量|阅读量|点击数|点击量|点击率|浏览/;
/** Font-size widgets list their sizes as single characters (`字体大小:大 中 小`). */
const FONT_WORDS = /字体|字号/;
const WIDGET_RE = new RegExp(WIDGET_WORDS.map(escape).join('|'), 'g');
/** What may remain of a widget line once its words are removed: separators and brackets. */
const WIDGET_LEFTOVER = /^[\s:|/\\()[\]<>·•,、\-_=]*$/;

const CRUMB_SEPARATOR = /\s*(?:>>?|»|›|->|→)\s*/;
const CRUMB_START = /^(?:[您你]?(?:现在|当前)?的?(?:所在)?位置)?:?\s*(?:首页|主页|网站首页)/;
/** Breadcrumbs without a 首页 start are only taken this near the top of the page. */
const CRUMB_TOP_LINES = 3;

/** Page boxes that, left empty, are furniture: `附件:`, `相关稿件:`. */
const EMPTY_BOX = /^(?:附件|附件下载|相关附件|相关稿件|相关链接|相关文章|相关阅读|相关新闻|相关文件):?$/;
/** `上一篇:…` / `下一篇:…` navigation links. */
const PAGE_NAV = /^(?:上一篇|下一篇|上一条|下一条)\s*:/;
/** A short `label:value` line; it may follow an empty box at the page end (metadata takes it). */
const LABEL_LINE = /^[\u4e00-\u9fff]{2,6}:[^。]{0,40}$/;

/** Remove page furniture from the lines of a report. */
export function stripChrome(lines: SourceLine[]): ChromeResult {
  const stripped: Stripped[] = [];
  const kept: SourceLine[] = [];
  lines.forEach((l, index) => {
    const reason = furnitureReason(l.text, index);
    if (reason) stripped.push({ text: l.text, line: l.line, reason });
    else kept.push(l);
  });

  // Empty boxes at the end of the page, possibly followed by short label lines.
  const boxes = new Set<SourceLine>();
  for (let i = kept.length - 1; i >= 0; i--) {
    const text = kept[i].text;
    if (EMPTY_BOX.test(text)) {
      stripped.push({ text, line: kept[i].line, reason: '空栏目' });
      boxes.add(kept[i]);
    } else if (!LABEL_LINE.test(text)) {
      break;
    }
  }
  stripped.sort((a, b) => a.line - b.line);
  return { lines: boxes.size > 0 ? kept.filter((l) => !boxes.has(l)) : kept, stripped };
}

function furnitureReason(text: string, index: number): string | null {
  if (text.includes('。')) return null;
  if (isBreadcrumb(text, index)) return '面包屑导航';
  if (PAGE_NAV.test(text) && text.length <= 60) return '页面导航';
  if (isWidgetLine(text)) return '页面功能';
  return null;
}

function isBreadcrumb(text: string, index: number): boolean {
  if (text.length > 80) return false;
  const crumbs = text.split(CRUMB_SEPARATOR);
  if (crumbs.length < 2) return false;
  const short = crumbs.every((c) => c.length > 0 && c.length <= 15 && !/[,;。]/.test(c) && !/^[\d.\s%]+$/.test(c));
  return short && (CRUMB_START.test(crumbs[0]) || index < CRUMB_TOP_LINES);
}

function isWidgetLine(text: string): boolean {
  if (text.length > 40) return false;
  const words = text.match(WIDGET_RE) ?? [];
  if (!words.some((w) => w.length >= 2)) return false;
  let rest = text.replace(WIDGET_RE, '');
  if (COUNTER_WORDS.test(text)) rest = rest.replace(/\d+/g, '');
  if (FONT_WORDS.test(text)) rest = rest.replace(/[大中小]/g, '');
  return WIDGET_LEFTOVER.test(rest);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
