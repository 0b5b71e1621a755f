/**
 * Work-conference speeches and reports (`在2024年全市卫生健康工作会议上的讲话`, `同志们`): the
 * conference's year is the year they plan, and the year their review part looks back on is the one
 * before, when the review says so (`过去一年`, `去年`).
 */
import type { PartKind } from '../model/index.ts';
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
