/**
 * Web-page furniture copied along with a report: breadcrumbs, counters, font-size and share
 * widgets, print/close links, page navigation, login walls, advertising, site boxes and footers,
 * empty attachment boxes. Each removed line is returned as a `Stripped` with a reason in Chinese
 * so nothing disappears silently.
 *
 * Rules are by shape, not by file, and conservative: furniture is a short standalone line.
 * - 面包屑导航: a `>`/`>>`/`»`/`›`/`→` trail of short crumbs starting at 首页 or after a location
 *   label (`您当前的位置:`, `当前位置:`, `您现在的位置:`), or a short trail near the top;
 * - 页面功能: a line made only of widget words (`字号:大 中 小`, `【打印】【关闭】`, `浏览次数:123`,
 *   `举报 收藏 分享到`, `扫一扫在手机打开当前页`), or a pager (`第1页 / 共3页`);
 * - 页面导航: `上一篇:…` / `下一篇`;
 * - 登录提示: `登录后查看全文`, `立即登录`, `还剩80%未读,登录后查看全文`;
 * - 广告: lines labelled 广告/推广, or short paid-download/ghost-writing spam (`加入VIP,免费下载`);
 * - 网站信息: site greeting and footer lines (`欢迎光临…`, `版权所有`, `京ICP备…`, `主办单位:…`, and
 *   `地址:`/`电话:` next to them);
 * - 网站栏目: the site's menu (`首页 走进安岳 政府信息公开 …`) and top bar (`… 无障碍 官方微博`), and a
 *   `相关推荐`/`猜你喜欢`… box at the end of the page with the link titles under it;
 * - 图片文件名: an image's file name left in the text (`1.jpg`);
 * - 空栏目: an empty `附件:` box at the end of the page.
 * A line with a sentence end (`。`) is never furniture, nor (for the word-based rules) a numbered
 * heading, so `三、关于登录系统建设` and `门诊量>100万人次` stay.
 */
import type { SourceLine, Stripped } from '../model/index.ts';

/** Body lines left after removing page furniture, and what was removed. */
export interface ChromeResult {
  lines: SourceLine[];
  stripped: Stripped[];
}

/** Widget words of government web pages and mirrors, longest first so the alternation prefers them. */
const WIDGET_WORDS = [
  '扫一扫在手机上查看当前页面', '扫一扫在手机端打开当前页', '扫一扫在手机打开当前页', '在手机上查看当前页面', '在手机端打开当前页',
  '在手机打开当前页', '手机扫一扫', '扫一扫', '扫描二维码', '二维码', '手机版', '打开手机浏览器', '当前页面', '当前页',
  '访问次数', '浏览次数', '阅读次数', '点击次数', '查看次数', '查看人数', '阅读人数', '访问量', '浏览量', '阅读量', '阅读数',
  '点击数', '点击量', '点击率', '浏览', '次',
  '字体大小', '字体', '字号', '默认', '分享到', '分享', '微信', '新浪微博', '腾讯微博', '微博', 'QQ空间', 'QQ好友', '朋友圈',
  '我要打印', '打印本页', '打印此页', '打印', '关闭窗口', '关闭本页', '关闭', '加入收藏', '收藏本页', '收藏', '已收藏',
  '返回顶部', '返回首页', '返回', '我要纠错', '纠错', '保存本页', '设为首页', '无障碍', '长者模式', '关怀版', '繁體', '繁体', '简体',
  '举报', '点赞', '赞', '评论', '条评论', '写回答', '邀请回答', '回答', '关注问题', '复制链接', '有用', '没用', '下载', '相关',
  '点击查看更多', '查看更多', '展开全文', '阅读全文', '收起', '【', '】',
].sort((a, b) => b.length - a.length);
/** Counters may carry their number (`访问次数:1234`, `收藏 12`). */
const COUNTER_WORDS = /访问次数|浏览次数|阅读次数|点击次数|查看次数|查看人数|阅读人数|访问量|浏览量|阅读量|阅读数|点击数|点击量|点击率|浏览|举报|点赞|赞|评论|收藏|分享|回答|下载/;
/** Font-size widgets list their sizes as single characters (`字体大小:大 中 小`). */
const FONT_WORDS = /字体|字号/;
const WIDGET_RE = new RegExp(WIDGET_WORDS.map(escape).join('|'), 'g');
/** What may remain of a widget line once its words are removed: separators and brackets. */
const WIDGET_LEFTOVER = /^[\s:|/\\()[\]<>·•,、\-_=]*$/;
/** A pager: `第1页 / 共22页`, `共3页`, `首页 上一页 1 2 3 下一页 尾页`. */
const PAGER = /^(?:第\s*\d+\s*页\s*[/,]?\s*)?共\s*\d+\s*页$|^(?:首页|上一页|\d{1,3})(?:\s+(?:首页|上一页|下一页|尾页|末页|\d{1,3})){2,}$/;

const CRUMB_SEPARATOR = /\s*(?:>>?|»|›|〉|->|→)\s*/;
const CRUMB_LEADING = /^(?:>>?|»|›|〉|->|→)\s*/;
const CRUMB_START = /^(?:[您你]?(?:现在|当前)?的?(?:所在)?位置)?:?\s*(?:首页|首頁|主页|网站首页)/;
/** `您当前的位置:`, `当前位置:`, `您现在的位置是:`, `你所在的位置:`: a breadcrumb whatever follows. */
const LOCATION_LABEL = /^(?:[•·*]\s*)?(?:[您你](?:当前|现在)?的?(?:所在)?的?|(?:当前|现在)的?(?:所在)?|所在)位置(?:是)?\s*(?::|$|\s*(?:>|»|›|→|首页|首頁))/;
/** How the names of site columns end: the last crumb of a trail without an anchor. */
const COLUMN_END = /(?:公开|动态|总结|计划|规划|要点|通知|公告|信息|要闻|新闻|文件|专栏|正文|详情|资讯|政务|频道|服务|互动|概况|报告|政策|解读|数据|统计|工作|栏目|列表)$/;
/** Breadcrumbs without a 首页 start or a location label are only taken this near the top of the page. */
const CRUMB_TOP_LINES = 3;

/** `上一篇:…` / `下一篇:…` navigation links, or the bare words. */
const PAGE_NAV = /^(?:上一篇|下一篇|上一条|下一条)\s*(?::|$)/;

/** Login walls of mirrors: the whole line is a call to log in. */
const LOGIN_WORDS = [
  '登录后查看全文', '登录查看全文', '登录后阅读全文', '登录后查看完整内容', '登录后查看更多', '登录即可查看全文', '登录后下载',
  '已注册用户请登录', '第三方登录', '三方登录', '微信登录', 'QQ登录', '立即登录', '登录下载', '快捷下载', '请先登录', '请登录',
  '登录', '免费注册', '立即注册', '注册', '忘记密码', '账号', '密码', '验证码', '换一换', '还剩', '未读', '继续阅读', '查看全文',
].sort((a, b) => b.length - a.length);
const LOGIN_RE = new RegExp(LOGIN_WORDS.map(escape).join('|'), 'g');
/** What may remain of a login line: separators, a percentage (`还剩80%未读`), the user's input slot. */
const LOGIN_LEFTOVER = /^[\s:|/\\()[\]<>·•,、\-_=!?.…\d%]*$/;

/** Advertising: a line labelled 广告/推广/赞助, or spam of paid-download and ghost-writing sites. */
const AD_LABEL = /^[[【(]?(?:广告|推广|赞助商?链接|赞助)[\]】)]?(?:\s*:|\s|$)/;
const AD_WORDS = /(?:加入|开通|升级)VIP|VIP(?:会员|免费|专享)|会员免费|免费下载|下载积分|金币|下载APP|APP下载|代写|代笔|加微信|联系QQ|QQ群|点击领取|限时优惠|立即购买/i;

/** Words of spam sites that mirror government pages (never in a health authority's report). */
const SPAM_WORDS = /赌场|博彩|娱乐城|百家乐|真人荷官|六合彩|泛目录|AV片|AV网址|无码|国产精品|成人免费|精品视频|中文字幕/g;

/** HTML a copy left as text: a line of tags only (`<legend id="h4sia"></legend>`), bullets or numbering aside. */
const HTML_TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?>/i;
const HTML_TAGS = new RegExp(HTML_TAG.source, 'gi');
const HTML_LEFTOVER = /^[\s•·*\-\d.、]*$/;
/** A site menu written as a bullet list: at least `MENU_RUN` lines in a row of one short bulleted word each. */
const MENU_ITEM = /^[•·*\-]\s*[\u4e00-\u9fff]{2,6}$/;
const MENU_RUN = 5;

/** Site greeting and footer: not the report's words. */
const SITE_INFO = /^(?:您好[,!]?\s*)?欢迎(?:光临|访问|来到|登录|您)|版权所有|Copyright|©|ICP备|ICP证|公网安备|网站标识码|^(?:主办单位|承办单位|技术支持|网站维护)\s*:|^(?:版权提示|免责声明|网站地图|联系我们|关于我们|版权声明)(?:\s*[|/·]\s*(?:版权提示|免责声明|网站地图|联系我们|关于我们|版权声明))*$/i;

/** Contact lines of a site footer, taken only next to another footer line. */
const FOOTER_CONTACT = /^(?:地址|联系地址|通讯地址|电话|联系电话|传真|邮编|邮政编码|邮箱|电子邮箱|E-?mail)\s*:/i;
/** A site's menu: `首页 走进安岳 政府信息公开 政务服务 …`. */
const SITE_MENU = /^(?:首页|网站首页)(?:\s+[\u4e00-\u9fff]{2,8}){3,}$/;
/** The top bar of a government site (`… 无障碍 官方微博`), only in the first lines of the page. */
const SITE_BAR = /无障碍|长者模式|关怀版|适老化|网站导航|English/;
const SITE_BAR_LINES = 5;
/** An image's file name left where the image was: `1.jpg`. */
const IMAGE_NAME = /^[\w\-\u4e00-\u9fff()]{1,40}\.(?:jpe?g|png|gif|bmp|webp)$/i;

/** Boxes of links to other pages; at the end of the page they take the link titles under them. */
const LINK_BOX = /^[【[]?(?:相关推荐|推荐阅读|猜你喜欢|热门推荐|热点推荐|精彩推荐|热门文章|最新文章|最新更新|延伸阅读|相关文章|相关阅读|相关新闻|相关范文|热门标签|你可能感兴趣的)[】\]]?:?$/;
/** A link title under a link box: short, no sentence end. */
const LINK_TITLE = /^[^。;]{1,60}$/;

/** Page boxes that, left empty, are furniture: `附件:`, `相关稿件:`. */
const EMPTY_BOX = /^(?:附件|附件下载|相关附件|相关稿件|相关链接|相关文章|相关阅读|相关新闻|相关文件):?$/;
/** A short `label:value` line; it may follow an empty box at the page end (metadata takes it). */
const LABEL_LINE = /^[\u4e00-\u9fff]{2,6}:[^。]{0,40}$/;

/** A numbered heading (`三、`, `(一)`, `1.`): never furniture for the word-based rules. */
const NUMBERED = /^(?:[一二三四五六七八九十百]+[、.]|\(\s*[一二三四五六七八九十\d]+\s*\)|\d+\s*[、.．](?!\d))/;

/** Remove page furniture from the lines of a report. */
export function stripChrome(lines: SourceLine[]): ChromeResult {
  const stripped: Stripped[] = [];
  const kept: SourceLine[] = [];
  let previous: { text: string; reason: string | null } | null = null;
  const menu = menuLines(lines);
  lines.forEach((l, index) => {
    if (menu.has(index)) {
      stripped.push({ text: l.text, line: l.line, reason: '网站栏目' });
      previous = { text: l.text, reason: '网站栏目' };
      return;
    }
    const afterCrumb = previous?.reason === '面包屑导航';
    // The column name repeated under or over its breadcrumb (`当前位置: 首页 > 综合热点 >` / `综合热点`).
    const next = lines[index + 1];
    const column =
      l.text.length <= 15 &&
      ((afterCrumb && lastCrumb(previous!.text) === l.text) ||
        (next !== undefined && lastCrumb(next.text) === l.text && isBreadcrumb(next.text, index + 1, false)));
    const reason = column ? '面包屑导航' : furnitureReason(l.text, index, afterCrumb);
    if (reason) stripped.push({ text: l.text, line: l.line, reason });
    else kept.push(l);
    previous = { text: l.text, reason };
  });

  // Address and phone lines of a footer, next to a footer line already taken.
  const footer = new Set(stripped.filter((x) => x.reason === '网站信息').map((x) => x.line));
  for (let i = kept.length - 1; i >= 0; i--) {
    const l = kept[i];
    if (l.text.length <= 80 && !l.text.includes('。') && FOOTER_CONTACT.test(l.text) && (footer.has(l.line - 1) || footer.has(l.line + 1))) {
      stripped.push({ text: l.text, line: l.line, reason: '网站信息' });
      footer.add(l.line);
      kept.splice(i, 1);
    }
  }

  const removed = new Set<SourceLine>();
  // A link box at the end of the page with the link titles under it (one box of the last 30 lines).
  for (let i = kept.length - 1; i >= Math.max(0, kept.length - 30); i--) {
    if (!LINK_BOX.test(kept[i].text)) continue;
    const under = kept.slice(i + 1);
    // Links only: an empty box is left to the 空栏目 rule, a `责任编辑:…` line to the metadata.
    if (under.length > 0 && under.every((l) => LINK_TITLE.test(l.text) && !NUMBERED.test(l.text) && !LABEL_LINE.test(l.text))) {
      for (const l of [kept[i], ...under]) {
        stripped.push({ text: l.text, line: l.line, reason: '网站栏目' });
        removed.add(l);
      }
    }
    break;
  }
  const rest = removed.size > 0 ? kept.filter((l) => !removed.has(l)) : kept;

  // Empty boxes at the end of the page, possibly followed by short label lines.
  for (let i = rest.length - 1; i >= 0; i--) {
    const text = rest[i].text;
    if (EMPTY_BOX.test(text)) {
      stripped.push({ text, line: rest[i].line, reason: '空栏目' });
      removed.add(rest[i]);
    } else if (!LABEL_LINE.test(text)) {
      break;
    }
  }
  stripped.sort((a, b) => a.line - b.line);
  return { lines: removed.size > 0 ? kept.filter((l) => !removed.has(l)) : kept, stripped };
}

/** Indexes of lines in runs of bulleted menu words (`MENU_ITEM`) at least `MENU_RUN` long. */
function menuLines(lines: SourceLine[]): Set<number> {
  const menu = new Set<number>();
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && MENU_ITEM.test(lines[i].text)) continue;
    if (i - start >= MENU_RUN) for (let k = start; k < i; k++) menu.add(k);
    start = i + 1;
  }
  return menu;
}

function furnitureReason(text: string, index: number, afterCrumb: boolean): string | null {
  if (text.includes('。')) return null;
  if (HTML_TAG.test(text) && HTML_LEFTOVER.test(text.replace(HTML_TAGS, ''))) return '网页代码';
  if (isBreadcrumb(text, index, afterCrumb)) return '面包屑导航';
  if (PAGE_NAV.test(text) && text.length <= 60) return '页面导航';
  if (isWidgetLine(text)) return '页面功能';
  if (IMAGE_NAME.test(text)) return '图片文件名';
  if (text.length > 120 || NUMBERED.test(text)) return null;
  if (PAGER.test(text)) return '页面功能';
  if (isLoginLine(text)) return '登录提示';
  if (isAdLine(text)) return '广告';
  if (text.length <= 100 && SITE_INFO.test(text)) return '网站信息';
  if (SITE_MENU.test(text) || (index < SITE_BAR_LINES && text.length <= 60 && SITE_BAR.test(text) && !/[,;]/.test(text))) return '网站栏目';
  return null;
}

function isBreadcrumb(text: string, index: number, afterCrumb: boolean): boolean {
  if (text.length > 80) return false;
  if (LOCATION_LABEL.test(text)) return !/[,;]/.test(text.replace(LOCATION_LABEL, ''));
  // A trail wrapped onto its own line (`当前位置: 首页` / `>政务频道 >政务公开`) starts with a separator.
  const continued = CRUMB_LEADING.test(text);
  const crumbs = text.replace(CRUMB_LEADING, '').split(CRUMB_SEPARATOR);
  if (continued && !(afterCrumb || index < CRUMB_TOP_LINES)) return false;
  if (crumbs.length < 2 && !continued) return false;
  const short = crumbs.every((c) => c.length > 0 && c.length <= 15 && !/[,;。]/.test(c) && !/^[\d.\s%]+$/.test(c));
  if (!short) return false;
  if (CRUMB_START.test(crumbs[0]) || (continued && afterCrumb)) return true;
  // Near the top without an anchor: the trail ends at a site column (`政务公开 > 计划总结`) and no
  // crumb is a figure (`门诊量>100万人次`), so `县级医院»乡镇卫生院»村卫生室逐级落实` stays.
  return index < CRUMB_TOP_LINES && COLUMN_END.test(crumbs[crumbs.length - 1]) && !crumbs.some((c) => /^\d/.test(c));
}

function lastCrumb(text: string): string | undefined {
  return text.split(CRUMB_SEPARATOR).map((c) => c.trim()).filter((c) => c !== '').pop();
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

function isLoginLine(text: string): boolean {
  if (text.length > 40 || !text.includes('登录') && !text.includes('注册')) return false;
  return LOGIN_LEFTOVER.test(text.replace(LOGIN_RE, ''));
}

function isAdLine(text: string): boolean {
  if (AD_LABEL.test(text)) return text.length <= 100;
  if (text.length <= 40 && AD_WORDS.test(text)) return true;
  // Gambling and porn spam that hijacked mirrors write over the page: one word on a short line, two on a long one.
  const spam = text.match(SPAM_WORDS)?.length ?? 0;
  return (text.length <= 60 && spam >= 1) || (text.length <= 300 && spam >= 2);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
