/**
 * Parts: a report is a review (工作总结), a plan (工作要点), a challenges section (问题和挑战),
 * or several of them back to back. A part starts at a title line or a top-level heading that
 * names a kind other than the running part's; the blocks before the first start belong to
 * the first part. A part's year
 * is the one its own title states, else the one its first sentence opens with
 * (`2023年,市卫健局…`), else the one the report title gives for its kind; never a year that
 * merely appears in the body, and never the publication date. A report that nothing names as a
 * review or a plan takes its kind from its wording only by a clear majority, and a year only when
 * the year's own sentence says which it is.
 *
 * An editor's report states its years and kind in its frontmatter (`StatedFacts`); they count like a
 * part title's: a review or challenges part without a year in its own title takes the stated review
 * year, a plan part the plan year, a body no title divides is one part of the stated kind, and the
 * report's years and kind are the stated ones, their basis `前言 reviewYear: 2023（编辑录入）`.
 * Nothing stated, nothing taken.
 */
import type { PartKind, ReportKind } from '../model/index.ts';
import { KIND_PATTERNS, type NamedKind, titleKinds } from './kinds.ts';
import { SPEECH_TITLE, speechYears } from './speech.ts';
import { plausibleYear } from './years.ts';
import type { StructureBlock, TextBlock, TitleBlock } from './structure.ts';

/** A part before its paragraphs are cut into sentences. */
export interface PartDraft {
  kind: PartKind;
  year: number | null;
  title: string | null;
  anchor: string | null;
  blocks: StructureBlock[];
}

/** What an editor's frontmatter states of the report; a field left out is not stated. */
export interface StatedFacts {
  title?: string;
  reviewYear?: number | null;
  planYear?: number | null;
  kind?: ReportKind;
}

/** Parts with the report's years and kind, and how each was decided (Chinese, for editors). */
export interface PartsResult {
  parts: PartDraft[];
  reviewYear: number | null;
  planYear: number | null;
  kind: ReportKind;
  basis: { reviewYear: string; planYear: string; kind: string };
}

const KIND_NAMES: Record<PartKind, string> = { summary: '总结', plan: '计划', challenges: '问题与挑战', other: '其他' };
/** A part year opening the part's first sentence: `2023年,…`, `2021年以来`, `2022年是…`. */
const OPENING_YEAR = /^(\d{4})年度?(?:,|以来|是|全年)/;
/** Wording of a review (done, achieved) and of a plan (will, strive), for reports that never name their kind. */
const REVIEW_CUES = /了|完成|获评|荣获|被评为|同比|累计|建成|圆满|成功|共计|增长|下降|提高至|提升至|升至|降至|达到?\d/;
const PLAN_CUES = /将|力争|确保|继续|进一步|加快|争取|计划|拟|到\d{4}年|着力|全力|要|推动|推进/;
/** A sentence reporting what was done (`了` but not `为了`, `了解`). */
const DONE = /(?<![为除])了(?!解)|取得|获得|荣获|获评|被评为|经受住|同比|较上年|比上年|累计/;
/** A sentence stating what is intended. */
const INTENDED = /将|力争|争取|拟|计划(?!生育)|预计|(?:要求|目标|思路)是|打算/;
/** What wording can tell: a review or a plan. */
type Tense = 'summary' | 'plan';
const TENSE_NAMES: Record<Tense, string> = { summary: '已做之事', plan: '打算' };

/**
 * Group blocks into parts and decide years and kind.
 * `pageTitle` is the title the web page states (metadata 名称), used as title evidence.
 */
export function splitParts(blocks: StructureBlock[], pageTitle: string | null, stated: StatedFacts = {}): PartsResult {
  return withStated(partsOf(blocks, pageTitle, stated), stated);
}

function partsOf(blocks: StructureBlock[], pageTitle: string | null, stated: StatedFacts): PartsResult {
  // Not Math.min(...depths): a 10 MB line of inline headings has more of them than a call may take arguments.
  const topDepth = blocks.reduce((top, b) => (b.type === 'heading' && b.depth < top ? b.depth : top), Infinity);
  // Title evidence for the whole report: title lines naming several kinds, or the page's 名称.
  const reportTitles = [
    ...blocks.filter((b): b is TitleBlock => b.type === 'title' && titleKinds(b.text).size > 1).map((b) => b.text),
    ...(pageTitle ? [pageTitle] : []),
    ...(stated.title ? [stated.title] : []),
  ];
  const parts: PartDraft[] = [];
  const preamble: StructureBlock[] = [];

  // The running part's first paragraph, which its year may come from: kept, not searched for at every heading.
  let firstText: TextBlock | null = null;
  for (const block of blocks) {
    const kind = startKind(block, topDepth, parts, reportTitles, firstText);
    // A second title of the kind already running (`一、2023年工作总结` under the title `…2023年工作总结`) opens no new part.
    if (kind && kind !== parts.at(-1)?.kind) {
      parts.push({ kind, year: null, title: blockTitle(block), anchor: block.type === 'text' ? null : block.id, blocks: [] });
      firstText = null;
    }
    const running = parts.at(-1);
    (running?.blocks ?? preamble).push(block);
    if (running && firstText === null && block.type === 'text') firstText = block;
  }

  if (parts.length > 0) {
    // Not unshift(...preamble): a call cannot take a preamble of hundreds of thousands of blocks as arguments.
    parts[0].blocks = [...preamble, ...parts[0].blocks];
    const named = parts.map((p) => `“${p.title}”（${KIND_NAMES[p.kind]}）`).join('；');
    const speech = [...blocks.filter((b): b is TitleBlock => b.type === 'title').map((b) => b.text), ...(pageTitle ? [pageTitle] : [])].find((t) => SPEECH_TITLE.test(t)) ?? null;
    return withYears(parts, reportTitles, `标题或小标题写明：${named}`, stated, speech);
  }

  // No title or heading names a part: one part, its kind from the titles, else from its wording.
  const firstTitle = preamble.find((b): b is TitleBlock => b.type === 'title');
  const whole: PartDraft = { kind: 'other', year: null, title: firstTitle?.text ?? null, anchor: firstTitle?.id ?? null, blocks: preamble };
  const single = reportTitles.find((t) => titleKinds(t).size === 1);
  const both = reportTitles.find((t) => titleKinds(t).has('summary') && titleKinds(t).has('plan'));
  const statedKind = partKindStated(stated);
  if (statedKind) {
    whole.kind = statedKind;
    const said = stated.kind !== undefined ? statedLabel(stated, 'kind') : statedLabel(stated, statedKind === 'plan' ? 'planYear' : 'reviewYear');
    return withYears([whole], reportTitles, `${said}，正文未分部分，全文为${KIND_NAMES[statedKind]}`, stated);
  }
  if (single) {
    whole.kind = [...titleKinds(single)][0];
    return withYears([whole], reportTitles, `标题“${single}”写明${KIND_NAMES[whole.kind]}`, stated);
  }
  if (both) {
    // The title names a review and a plan but the body never marks where one ends: one undivided part.
    const [reviewYear, planYear] = [yearForKind(both, 'summary'), yearForKind(both, 'plan')];
    return {
      parts: [whole],
      reviewYear,
      planYear,
      kind: 'summary+plan',
      basis: {
        reviewYear: reviewYear === null ? '文中未注明' : `报告标题“${both}”`,
        planYear: planYear === null ? '文中未注明' : `报告标题“${both}”`,
        kind: `标题“${both}”写明总结和计划，正文未分开`,
      },
    };
  }
  return byWording(whole, reportTitles);
}

/**
 * A report no title or heading names as a review or a plan. Its kind comes from its wording only by a
 * clear majority, and a year it states becomes the review or plan year only when the year's own
 * sentence says which (`2020年,…取得了…成绩`, `2024年,将…`) and agrees with the wording: a guessed
 * kind never turns a stated year into a review or plan year. Otherwise the year is left to an editor,
 * and the basis quotes it.
 */
function byWording(whole: PartDraft, reportTitles: string[]): PartsResult {
  const { kind, review, plan } = kindFromWording(whole.blocks);
  const counts = `完成、获评等已做之事 ${review} 句，将、力争、推进等打算 ${plan} 句`;
  const stated = statedYear(whole, reportTitles);
  const said = stated ? sentenceKind(stated.text) : null;
  whole.kind = kind ?? 'other';
  whole.year = kind !== null && said === kind ? stated!.year : null;

  let yearBasis = '文中未注明';
  if (stated && whole.year !== null) yearBasis = `${KIND_NAMES[whole.kind]}部分${stated.where}（该句写的是${TENSE_NAMES[said!]}）`;
  else if (stated) {
    const reading =
      said === null
        ? '，该句未表明是已做之事还是打算'
        : kind !== null
          ? `，该句写的是${TENSE_NAMES[said]}，全文用语却像${KIND_NAMES[kind]}`
          : `，该句写的是${TENSE_NAMES[said]}，但全文用语不足以判断`;
    yearBasis = `文中未注明是总结还是计划（${stated.where}写有${stated.year}年${reading}，请编辑核定）`;
  }
  const reviewYear = whole.kind === 'summary' ? whole.year : null;
  const planYear = whole.kind === 'plan' ? whole.year : null;
  return {
    parts: [whole],
    reviewYear,
    planYear,
    kind: whole.kind === 'plan' ? 'plan' : 'summary',
    basis: {
      reviewYear: whole.kind === 'plan' ? '报告不含总结部分' : yearBasis,
      planYear: whole.kind === 'summary' ? '报告不含计划部分' : yearBasis,
      kind:
        kind !== null
          ? `文中未写明是总结还是计划，按用语判断为${KIND_NAMES[kind]}（${counts}）`
          : `文中未写明是总结还是计划，用语也不足以判断（${counts}），按总结处理`,
    },
  };
}

/** The one kind of an undivided body the frontmatter states: its `kind`, else the kind of its only year. */
function partKindStated(stated: StatedFacts): 'summary' | 'plan' | null {
  if (stated.kind === 'summary' || stated.kind === 'plan') return stated.kind;
  if (stated.kind !== undefined) return null;
  const review = typeof stated.reviewYear === 'number';
  const plan = typeof stated.planYear === 'number';
  return review && !plan ? 'summary' : plan && !review ? 'plan' : null;
}

/** How a stated field reads in a basis: `前言 reviewYear: 2023（编辑录入）`. */
function statedLabel(stated: StatedFacts, field: 'reviewYear' | 'planYear' | 'kind'): string {
  const value = stated[field];
  return `前言 ${field}: ${value ?? 'null'}（编辑录入）`;
}

/** The report's years and kind as the frontmatter states them, where it states them. */
function withStated(result: PartsResult, stated: StatedFacts): PartsResult {
  if (stated.kind !== undefined) {
    result.kind = stated.kind;
    result.basis.kind = statedLabel(stated, 'kind');
  }
  for (const field of ['reviewYear', 'planYear'] as const) {
    const value = stated[field];
    if (value === undefined) continue;
    result[field] = value;
    result.basis[field] = statedLabel(stated, field);
  }
  return result;
}

/** Fill in each part's year and derive the report's years and kind from its parts. */
function withYears(parts: PartDraft[], reportTitles: string[], kindBasis: string, stated: StatedFacts = {}, speech: string | null = null): PartsResult {
  const yearBasis = new Map<PartDraft, string>();
  for (const part of parts) {
    const [year, basis] = partYear(part, reportTitles, openingText(part), stated);
    part.year = year;
    yearBasis.set(part, basis);
  }
  if (speech) speechYears(parts, speech, yearBasis);
  const review = parts.find((p) => p.kind === 'summary');
  const plan = parts.find((p) => p.kind === 'plan');
  const kind: ReportKind = review && plan ? 'summary+plan' : plan ? 'plan' : 'summary';
  const result: PartsResult = {
    parts,
    reviewYear: review?.year ?? null,
    planYear: plan?.year ?? null,
    kind,
    basis: {
      reviewYear: review ? yearBasis.get(review)! : '报告不含总结部分',
      planYear: plan ? yearBasis.get(plan)! : '报告不含计划部分',
      kind: review || plan ? kindBasis : `${kindBasis}；报告没有总结或计划部分，按总结处理`,
    },
  };
  return review && plan ? result : withDeclaredPart(result, review ? 'plan' : plan ? 'summary' : null, reportTitles);
}

/**
 * A report whose title declares a review and a plan (`2023年工作总结及2024年工作计划`) but whose
 * copied text holds only one of them: the title is evidence of both. The kind is review + plan, the
 * missing part's year is the one the title gives it (or none), and the basis says the part is
 * missing from the copied text, so the page tells the reader.
 */
function withDeclaredPart(result: PartsResult, missing: NamedKind | null, reportTitles: string[]): PartsResult {
  if (missing === null || missing === 'challenges') return result;
  const title = reportTitles.find((t) => titleKinds(t).has('summary') && titleKinds(t).has('plan'));
  if (!title) return result;
  const name = KIND_NAMES[missing];
  const year = yearForKind(title, missing);
  const field = missing === 'plan' ? 'planYear' : 'reviewYear';
  result[field] = year;
  result.basis[field] = `报告标题“${title}”写明${name}${year === null ? '，未写年份' : ''}；复制的正文中没有${name}部分`;
  result.kind = 'summary+plan';
  result.basis.kind = `${result.basis.kind}；标题“${title}”还写明${name}，但复制的正文中没有${name}部分`;
  return result;
}

function blockTitle(b: StructureBlock): string | null {
  return b.type === 'title' ? b.text : b.type === 'heading' ? b.title : null;
}

/** The kind of part this block opens, or null when it opens none. */
function startKind(block: StructureBlock, topDepth: number, parts: PartDraft[], reportTitles: string[], firstText: TextBlock | null): NamedKind | null {
  if (block.type === 'text' || (block.type === 'heading' && block.depth !== topDepth)) return null;
  const text = blockTitle(block)!;
  const kinds = titleKinds(text);
  if (kinds.size === 1) return [...kinds][0];
  // `二、2024年工作` after the 2023 review: a later year's work is its plan.
  const year = /(\d{4})年/.exec(text);
  const last = parts[parts.length - 1];
  if (kinds.size === 0 && year && /工作/.test(text) && last?.kind === 'summary') {
    const reviewed = partYear(last, reportTitles, firstText)[0];
    if (reviewed !== null && Number(year[1]) > reviewed) return 'plan';
  }
  return null;
}

/**
 * The part's year and where it came from; `firstText` is the part's first paragraph, `stated` what an
 * editor's frontmatter states (counted like the part's own title, after it).
 */
function partYear(part: PartDraft, reportTitles: string[], firstText: TextBlock | null, stated: StatedFacts = {}): [number | null, string] {
  const name = KIND_NAMES[part.kind];
  if (part.title) {
    const y = yearForKind(part.title, part.kind);
    if (y !== null) return [y, `${name}部分标题“${part.title}”`];
  }
  const field = part.kind === 'plan' ? 'planYear' : part.kind === 'other' ? null : 'reviewYear';
  const given = field ? stated[field] : undefined;
  if (field && typeof given === 'number') return [given, statedLabel(stated, field)];
  const opening = firstText ? OPENING_YEAR.exec(firstText.text) : null;
  if (opening && plausibleYear(Number(opening[1]))) {
    return [Number(opening[1]), `${name}部分首句“${firstText!.text.slice(0, 20)}…”`];
  }
  for (const title of reportTitles) {
    const y = yearForKind(title, part.kind);
    if (y !== null) return [y, `报告标题“${title}”`];
  }
  return [null, '文中未注明'];
}

/**
 * The paragraph a part's year may open: its first; in a review, the first of its first paragraphs
 * that opens with a year (`根据…通知要求,…` / `2023年,市卫生健康委…`), as a review states what it
 * reviews before anything else it dates.
 */
function openingText(part: PartDraft): TextBlock | null {
  const texts = part.blocks.filter((b): b is TextBlock => b.type === 'text').slice(0, part.kind === 'summary' ? REVIEW_OPENING_REACH : 1);
  return texts.find((t) => OPENING_YEAR.test(t.text)) ?? texts[0] ?? null;
}
const REVIEW_OPENING_REACH = 3;

/** The second half of the year a title's first part covers. */
const HALF_YEAR_AFTER = /下半年/;

/**
 * The year a title gives for a kind: the nearest `YYYY年` before the kind's words and after another
 * kind's words (`2023年工作总结和下一步工作计划` gives the plan no year), else its only year.
 */
function yearForKind(title: string, kind: PartKind): number | null {
  // `2007年以来`: where a span of years starts, not the year a title's part covers.
  const years = [...title.matchAll(/(\d{4})年(?!以来|来)/g)].filter((m) => plausibleYear(Number(m[1])));
  if (years.length === 0) return null;
  const at = kind === 'other' ? null : KIND_PATTERNS[kind].exec(title);
  if (at) {
    const from = Math.max(
      0,
      ...(Object.keys(KIND_PATTERNS) as NamedKind[])
        .filter((k) => k !== kind)
        .map((k) => KIND_PATTERNS[k].exec(title))
        .filter((m): m is RegExpExecArray => m !== null && m.index + m[0].length <= at.index)
        .map((m) => m.index + m[0].length),
    );
    const before = years.filter((m) => m.index >= from && m.index < at.index + at[0].length);
    if (before.length > 0) return Number(before[before.length - 1][1]);
    if (from > 0) {
      // `2023年上半年工作总结暨下半年工作计划`: the second half is of the same year; `下一步` states none.
      const earlier = years.filter((m) => m.index < from);
      return HALF_YEAR_AFTER.test(title.slice(from, at.index + at[0].length)) && earlier.length > 0 ? Number(earlier[earlier.length - 1][1]) : null;
    }
  }
  const distinct = new Set(years.map((m) => m[1]));
  return distinct.size === 1 ? Number(years[0][1]) : null;
}

/**
 * Review or plan by wording, for a report that never names its kind. Planning words (推进, 加快,
 * 进一步) are common in reviews too, so a plan needs three times as many planning sentences as
 * review ones, and a review fewer than one and a half times; each at least three. Else null.
 */
function kindFromWording(blocks: StructureBlock[]): { kind: Tense | null; review: number; plan: number } {
  const sentences = blocks.flatMap((b) => (b.type === 'text' ? b.text.split(/(?<=[。;])/) : []));
  const review = sentences.filter((s) => REVIEW_CUES.test(s)).length;
  const plan = sentences.filter((s) => PLAN_CUES.test(s)).length;
  const kind = plan >= 3 && plan >= 3 * review ? 'plan' : review >= 3 && plan < 1.5 * review ? 'summary' : null;
  return { kind, review, plan };
}

/** A year the part states for itself, and the text that states it. */
interface StatedYear {
  year: number;
  /** The sentence or title the year stands in. */
  text: string;
  /** Where, for the basis: `首句“2020年,全区…”`, `标题“…”`. */
  where: string;
}

/** The year a part without a kind states: in its title, its opening sentence, or the report's title. */
function statedYear(part: PartDraft, reportTitles: string[]): StatedYear | null {
  const onlyYear = (title: string) => yearForKind(title, 'other');
  if (part.title && onlyYear(part.title) !== null) return { year: onlyYear(part.title)!, text: part.title, where: `标题“${part.title}”` };
  const firstText = part.blocks.find((b): b is TextBlock => b.type === 'text');
  const opening = firstText ? OPENING_YEAR.exec(firstText.text) : null;
  if (opening && plausibleYear(Number(opening[1]))) {
    const sentence = /^[^。!?]*[。!?]?/.exec(firstText!.text)![0];
    return { year: Number(opening[1]), text: sentence, where: `首句“${sentence.slice(0, 20)}…”` };
  }
  const title = reportTitles.find((t) => onlyYear(t) !== null);
  return title ? { year: onlyYear(title)!, text: title, where: `报告标题“${title}”` } : null;
}

/**
 * What one sentence says of its year: done (`取得了`, `获评`, `同比`) or intended (`将`, `力争`,
 * `总的要求是`); null when it says neither or both. Stricter than the wording cues: `推进` is both.
 */
function sentenceKind(sentence: string): Tense | null {
  const done = DONE.test(sentence);
  const intended = INTENDED.test(sentence);
  return done === intended ? null : done ? 'summary' : 'plan';
}
