/**
 * Genre: whether a copied document is an annual work report at all. Editors sometimes copy the
 * wrong page: news of the work conference (`全市卫生健康工作会议召开`), the authority's
 * 政府信息公开工作年度报告, a journal abstract, or a notice whose attachment (the report) was left
 * behind. Such a file is kept and published (nothing is lost), but as kind `other` with no report
 * years, and the editor is warned.
 *
 * Only clear signs count, each quoted in the reason: a work-conference speech
 * (`在全市卫生健康工作会议上的讲话`) or a notice that carries its 工作要点 is a report.
 */
import type { PartsResult } from './parts.ts';

/** What the document is instead of a work report, in words an editor can check (Chinese). */
export interface OtherGenre {
  /** `会议新闻`, `政府信息公开年度报告`, `论文摘要`, `无附件的通知`. */
  genre: string;
  /** The sign, quoted: `标题“安岳县召开2023年卫生健康工作大会”`. */
  evidence: string;
}

/** What genre reads: the title lines (and the page's 名称 / labelled fields), and the body's paragraphs. */
export interface GenreInput {
  titles: readonly string[];
  /** Labelled metadata values (分类, 信息分类…), which may name the genre. */
  labels: readonly string[];
  paragraphs: readonly string[];
}

const DISCLOSURE = /(?:政府|政务)?信息公开(?:工作)?年度报告|政务公开工作年度报告/;
/** A title reporting that a meeting or event took place: news, not the report given at it. */
const EVENT = /(?:召开|举行|举办|开幕|闭幕|部署会|推进会)(?:[^。]{0,20})$|(?:会议|大会)(?:召开|举行)|召开.{0,30}(?:会议|大会)/;
/** A speech or report given at the meeting is the report itself. */
const SPEECH = /讲话|报告$|工作报告|总结|要点|计划|安排|打算/;
/** A news lead: a date or 近日/日前, then a meeting held, in the first sentence. */
const NEWS_LEAD = /^(?:\d{1,2}月\d{1,2}日|近日|日前|\d{4}年\d{1,2}月\d{1,2}日)[,，]?[^。]{0,60}(?:召开|举行|举办)/;
const ABSTRACT = /^(?:\[?摘\s*要\]?)[:：]/;
const KEYWORDS = /^(?:\[?关键词\]?)[:：]/;
const NOTICE = /通知$/;
const ATTACHMENT = /^附件\s*[:：\d]/;
/** Leading paragraphs that may be a title line, and how long a title can be. */
const LEADING_LINES = 3;
const TITLE_LENGTH = 50;
/** A notice whose body is only its covering letter has at most this many paragraphs. */
const COVER_LETTER_PARAGRAPHS = 4;

const quote = (text: string, max = 40) => (text.length > max ? `${text.slice(0, max)}…` : text);

/** The genre of a document that is not an annual work report, or null when nothing says so. */
export function otherGenre(input: GenreInput): OtherGenre | null {
  const { titles } = input;
  // A disclosure report's title the structure step did not take for one (under unread page furniture):
  // a short line without 。 near the top. Only this genre's name is distinctive enough to read there.
  const leading = input.paragraphs.slice(0, LEADING_LINES).filter((p) => p.length <= TITLE_LENGTH && !p.includes('。'));
  const disclosure = [...titles, ...leading, ...input.labels].find((t) => DISCLOSURE.test(t));
  if (disclosure) return { genre: '政府信息公开年度报告', evidence: `“${quote(disclosure)}”` };

  const event = titles.find((t) => EVENT.test(t) && !SPEECH.test(t) && !NOTICE.test(t));
  if (event) return { genre: '会议新闻', evidence: `标题“${quote(event)}”` };
  // The first paragraph with a sentence: short lines above it are page furniture the chrome step left.
  const first = input.paragraphs.find((p) => p.includes('。')) ?? '';
  if (titles.every((t) => !SPEECH.test(t)) && NEWS_LEAD.test(first)) {
    return { genre: '会议新闻', evidence: `首段“${quote(first)}”` };
  }

  if (input.paragraphs.some((p) => ABSTRACT.test(p)) && input.paragraphs.some((p) => KEYWORDS.test(p))) {
    return { genre: '论文摘要', evidence: '正文有“摘要”和“关键词”' };
  }

  const notice = titles.find((t) => NOTICE.test(t));
  if (notice && input.paragraphs.length <= COVER_LETTER_PARAGRAPHS && input.paragraphs.some((p) => ATTACHMENT.test(p))) {
    return { genre: '无附件的通知', evidence: `标题“${quote(notice)}”，正文只有通知本身和附件名` };
  }
  return null;
}

/**
 * The parts of a document that is not a work report: every part `other` with no year (its years
 * would be those of a meeting or a disclosure period, not of a review or plan), the report kind
 * `other`, and the basis saying why.
 */
export function asOtherGenre(split: PartsResult, found: OtherGenre): PartsResult {
  const why = `不像年度工作报告，像是${found.genre}（${found.evidence}）`;
  return {
    parts: split.parts.map((part) => ({ ...part, kind: 'other', year: null })),
    reviewYear: null,
    planYear: null,
    kind: 'other',
    basis: { reviewYear: `${why}，不取年份`, planYear: `${why}，不取年份`, kind: why },
  };
}

/** The warning an editor reads in `inspect` and the build log. */
export function genreWarning(found: OtherGenre): string {
  return `此文件不像年度工作报告，像是${found.genre}（${found.evidence}）：已按“其他文件”发布，不取年份。如确是工作报告，请在前言或 content/corrections/ 中写明 kind 和年份；如复制错了页面，请换成报告全文`;
}
