/**
 * Work-conference speeches and reports (`在2024年全市卫生健康工作会议上的讲话`, `同志们`): the
 * conference's year is the year they plan, and the year their review part looks back on is the one
 * before, when the review says so (`过去一年`, `去年`).
 */
import type { PartKind, ReportKind } from '../model/index.ts';
import type { StructureBlock, TextBlock } from './structure.ts';
import { plausibleYear } from './years.ts';

/** What the speech rule reads and sets of a part. */
interface SpeechPart {
  kind: PartKind;
  year: number | null;
  title: string | null;
  blocks: StructureBlock[];
}

/** A speech or report given at the work conference: `在2024年全市卫生健康工作会议上的讲话`. */
export const SPEECH_TITLE = /(?:会议|大会)上的(?:讲话|工作报告|报告)$|工作(?:会议|大会)(?:讲话|工作报告|报告)$/;
/** What a speech's review part says it reviews: the year before the conference. */
const LAST_YEAR = /去年|过去一年|过去的一年|上一年|上年/;

/**
 * Years of a work-conference speech whose parts do not state them: the conference's year (the only
 * year of its title) is the year it plans, and a review part that says it reviews 去年/过去一年 covers
 * the year before. A part whose own title or opening states a year keeps it.
 */
export function speechYears<P extends SpeechPart>(parts: P[], speech: string, yearBasis: Map<P, string>): void {
  const years = new Set([...speech.matchAll(/(\d{4})年/g)].map((m) => Number(m[1])).filter(plausibleYear));
  if (years.size !== 1) return;
  const [year] = years;
  for (const part of parts) {
    if (part.year !== null) continue;
    if (part.kind === 'plan') {
      part.year = year;
      yearBasis.set(part, `会议讲话标题“${speech}”：会议之年即部署之年`);
    } else if (part.kind === 'summary') {
      const opening = part.blocks.find((b): b is TextBlock => b.type === 'text')?.text ?? '';
      const said = LAST_YEAR.exec(`${part.title ?? ''} ${opening.slice(0, 40)}`);
      if (!said) continue;
      part.year = year - 1;
      yearBasis.set(part, `会议讲话标题“${speech}”为${year}年，总结部分回顾“${said[0]}”，即${year - 1}年`);
    }
  }
}

/** A new-year address of an authority's head (`2019年新年致辞`, `发表2023年新年贺词`). */
const ADDRESS_TITLE = /(?:(\d{4})年)?(?:新年|新春)(?:致辞|贺词|献词)/;
/** The new year an address opens with: `在2020年到来之际`, `2023年即将到来`, `迎来了催人奋进的2019年`. */
const NEW_YEAR_OPENING = /在(\d{4})年(?:到来|来临)之际|(\d{4})年(?:即将|已经)?(?:到来|来临)|迎来了[^,。!]{0,12}?(\d{4})年/;
/** How far into the text an address says which year begins and which one it looks back on. */
const ADDRESS_REACH = 400;
const REVIEW_REACH = 3000;

/** What a new-year address states of its years, and where. */
export interface NewYearAddress {
  planYear: number;
  reviewYear: number | null;
  basis: { planYear: string; reviewYear: string; kind: string };
}

/**
 * A new-year address (新年致辞/贺词) reviews the year ending and announces the work of the year
 * beginning: the new year is the plan year (from the title, or an opening such as `在2020年到来之际`
 * next to 新年), and the year before is the review year only when the text names it
 * (`告别了…2018年`, `2019年,我们…`). Null when the text is not one.
 */
export function newYearAddress(titles: string[], paragraphs: string[]): NewYearAddress | null {
  const opening = paragraphs.join('\n').slice(0, ADDRESS_REACH);
  const title = titles.find((t) => ADDRESS_TITLE.test(t)) ?? null;
  if (title === null && !/新年|新春/.test(opening)) return null;
  const fromTitle = title ? ADDRESS_TITLE.exec(title)?.[1] : undefined;
  const said = NEW_YEAR_OPENING.exec(title ? `${title}\n${opening}` : opening);
  if (title === null && !said) return null;
  const written = fromTitle ?? said?.slice(1).find((y) => y !== undefined);
  const planYear = written === undefined ? NaN : Number(written);
  if (!plausibleYear(planYear)) return null;
  const planBasis = fromTitle ? `新年致辞标题“${title}”` : `新年致辞开头“${said![0]}”`;
  const text = paragraphs.join('\n').slice(0, REVIEW_REACH);
  const at = text.indexOf(`${planYear - 1}年`);
  const reviewYear = at === -1 ? null : planYear - 1;
  return {
    planYear,
    reviewYear,
    basis: {
      planYear: `${planBasis}：新年即部署之年`,
      reviewYear: reviewYear === null ? '新年致辞未写明回顾的年份' : `新年致辞回顾“${text.slice(Math.max(0, at - 6), at + 5)}”`,
      kind: `${planBasis}：新年致辞回顾旧年、部署新年，按总结和计划处理`,
    },
  };
}

/** The parts result of a text that is a new-year address: review + plan, with the address's years. */
export function asNewYearAddress<R extends AddressResult>(result: R, address: NewYearAddress): R {
  for (const part of result.parts) {
    if (part.year !== null || (part.kind !== 'summary' && part.kind !== 'other')) continue;
    part.kind = 'summary';
    part.year = address.reviewYear;
  }
  return { ...result, kind: 'summary+plan', reviewYear: address.reviewYear, planYear: address.planYear, basis: address.basis };
}

/** What `asNewYearAddress` reads and sets (parts.ts's result; declared here so speech.ts imports nothing from it). */
interface AddressResult {
  parts: SpeechPart[];
  reviewYear: number | null;
  planYear: number | null;
  kind: ReportKind;
  basis: { reviewYear: string; planYear: string; kind: string };
}
