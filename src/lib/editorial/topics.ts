/**
 * Topics: what a section of a report is about (党建, 中医药, 妇幼托育生育…), read from its words,
 * since headings name topics in slogans (`筑高峰,强基层…`) and numbering says nothing.
 *
 * Topics are editors' content, one markdown file each in `content/topics/`: frontmatter validated
 * by `topicSchema` (keywords included), a body describing the topic.
 *
 * Matching: the text is scanned once; at each position the longest keyword of any topic that
 * matches there is counted and the scan moves past it, so a longer keyword claims its span
 * (`基层党组织` counts for 党建, not `基层` for 公立医院与基层). A keyword may hold `*` for two or
 * three Chinese characters (`健康*行动` matches `健康广州行动`). A keyword matches words, not
 * characters across words: a match that cuts a word of the text in two (`中医` in `浙中医疗`,
 * words.ts) is no mention.
 *
 * Assignment rule (`assignTopics`): score = 3 × keyword hits in the heading + hits in the body.
 * A topic is assigned when the heading names it, or when the body mentions it at least 3 times,
 * at least once per 1,000 characters, and scores at least a third of the section's strongest
 * topic: a passing mention never assigns a topic.
 */
import { z } from 'zod';
import { type ContentFile, readContentFolder } from './content-folder.ts';
import { foldWidth } from '../width.ts';
import { straddlesWords, wordSpans } from './words.ts';

/** Frontmatter of `content/topics/<id>.md`. */
export const topicSchema = z.strictObject({
  /** Slug, equal to the file name: `tcm`. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, '须为小写字母、数字和连字符组成的标识'),
  /** Chinese name shown on pages: `中医药`. */
  name: z.string().min(1),
  /** Words whose presence says a section is about the topic; `*` stands for 2–3 Chinese characters. */
  keywords: z.array(z.string().regex(/^[^*]+(?:\*[^*]+)*$/, '须为非空词语，“*”只能在词语中间')).min(1),
  /** One sentence for listings. */
  description: z.string().min(1),
});

/** A topic as editors define it. */
export type TopicDef = z.infer<typeof topicSchema>;

/** A section of a report as topics see it. */
export interface TopicSection {
  heading: string;
  text: string;
}

/** A topic assigned to a section, with the score that decided it. */
export interface TopicScore {
  /** Topic id. */
  topic: string;
  score: number;
}

/** How much of a report's text is about one topic. */
export interface TopicShare {
  /** Topic id. */
  topic: string;
  /** Characters of the sections assigned to it (shared sections split by score). */
  chars: number;
  /** `chars` over the characters of all sections, 0–1. */
  share: number;
}

const HEADING_WEIGHT = 3;
const MIN_BODY_HITS = 3;
const CHARS_PER_BODY_HIT = 1000;
/** A topic only mentioned in the body needs at least this share of the strongest topic's score. */
const MIN_SHARE_OF_STRONGEST = 1 / 3;

/**
 * Read and check every `*.md` of `dir` as a topic: the one reading of `content/topics`, for the
 * `topics` collection. Errors name the file, the line and the field.
 */
export async function readTopicFolder(dir: string): Promise<ContentFile<TopicDef>[]> {
  return readContentFolder(dir, topicSchema);
}

/** The topics a section is about, best first; see the module comment for the rule. */
export function assignTopics(section: TopicSection, defs: readonly TopicDef[]): TopicScore[] {
  const matcher = keywordMatcher(defs);
  const inHeading = countHits(section.heading, matcher);
  const inBody = countHits(section.text, matcher);
  const bodyNeeded = Math.max(MIN_BODY_HITS, Math.ceil(section.text.length / CHARS_PER_BODY_HIT));
  const scored = defs.map((def) => {
    const h = inHeading.get(def.id) ?? 0;
    const b = inBody.get(def.id) ?? 0;
    return { topic: def.id, score: HEADING_WEIGHT * h + b, named: h > 0, mentions: b };
  });
  const strongest = Math.max(0, ...scored.map((s) => s.score));
  return scored
    .filter((s) => s.named || (s.mentions >= bodyNeeded && s.score >= strongest * MIN_SHARE_OF_STRONGEST))
    .map(({ topic, score }) => ({ topic, score }))
    .sort((a, b) => b.score - a.score);
}

/** A section with the topics `assignTopics` gave it. */
export interface ScoredSection {
  section: TopicSection;
  topics: TopicScore[];
}

/**
 * Per-topic share of the characters of `sections` (which must not overlap, e.g. the leaf sections
 * of a report), from the topics already assigned to each. A section about several topics is split
 * between them by score; characters of sections with no topic count in the total only. One entry
 * per topic, in the order of `defs`.
 */
export function topicShares(sections: readonly ScoredSection[], defs: readonly TopicDef[]): TopicShare[] {
  const chars = new Map<string, number>(defs.map((d) => [d.id, 0]));
  let total = 0;
  for (const { section, topics: scores } of sections) {
    const size = section.heading.length + section.text.length;
    total += size;
    const sum = scores.reduce((acc, s) => acc + s.score, 0);
    for (const s of scores) chars.set(s.topic, (chars.get(s.topic) ?? 0) + (size * s.score) / sum);
  }
  return defs.map((d) => {
    const c = chars.get(d.id) ?? 0;
    return { topic: d.id, chars: c, share: total === 0 ? 0 : c / total };
  });
}

interface Keyword {
  topics: string[];
  pattern: RegExp;
}

/** Keywords by their first character, as sticky patterns. */
type Matcher = Map<string, Keyword[]>;

const matchers = new WeakMap<readonly TopicDef[], Matcher>();

function keywordMatcher(defs: readonly TopicDef[]): Matcher {
  const cached = matchers.get(defs);
  if (cached) return cached;
  const byKeyword = new Map<string, string[]>();
  for (const def of defs) {
    for (const raw of def.keywords) {
      const keyword = foldWidth(raw);
      byKeyword.set(keyword, [...(byKeyword.get(keyword) ?? []), def.id]);
    }
  }
  const matcher: Matcher = new Map();
  for (const [keyword, topics] of byKeyword) {
    const source = keyword
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('[\\u3400-\\u9fff]{2,3}');
    const first = keyword[0];
    matcher.set(first, [...(matcher.get(first) ?? []), { topics, pattern: new RegExp(source, 'y') }]);
  }
  matchers.set(defs, matcher);
  return matcher;
}

function countHits(text: string, matcher: Matcher): Map<string, number> {
  const folded = foldWidth(text);
  const hits = new Map<string, number>();
  let words: [number, number][] | null = null;
  for (let i = 0; i < folded.length; ) {
    let best: { length: number; topics: string[] } | null = null;
    for (const k of matcher.get(folded[i]) ?? []) {
      k.pattern.lastIndex = i;
      const m = k.pattern.exec(folded);
      if (!m || (best && m[0].length <= best.length)) continue;
      // Segmented only when a keyword matches somewhere: most sections mention few keywords.
      words ??= wordSpans(folded);
      if (!straddlesWords(words, i, i + m[0].length)) best = { length: m[0].length, topics: k.topics };
    }
    if (!best) {
      i++;
      continue;
    }
    for (const topic of best.topics) hits.set(topic, (hits.get(topic) ?? 0) + 1);
    i += best.length;
  }
  return hits;
}
