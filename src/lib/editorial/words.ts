/**
 * Word boundaries of Chinese text, so a topic keyword counts only where it is a word (or a run of
 * whole words) of the text: `中医` in `浙中医疗` (浙中 / 医疗) or `中药` in `集中药品` (集中 / 药品)
 * straddles two words and is no mention of 中医药. Segmentation is jieba's (@node-rs/jieba, with
 * its bundled dictionary), loaded once on first use.
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';

let jieba: Jieba | null = null;

/** The words of `text` as [start, end) offsets (UTF-16 units), in order and covering it. */
export function wordSpans(text: string): [number, number][] {
  jieba ??= Jieba.withDict(dict);
  const spans: [number, number][] = [];
  let at = 0;
  for (const word of jieba.cut(text, false)) {
    spans.push([at, at + word.length]);
    at += word.length;
  }
  return spans;
}

/**
 * Whether [start, end) reads across two words: it begins inside one word (a word starts before it
 * and ends inside it) and ends inside another (a word starts inside it and ends after it), as
 * `中医` in `浙中 / 医疗` or `中药` in `集中 / 药品`. A keyword cut at one end only is a prefix or a
 * suffix of a compound the dictionary knows (`基层卫生` in `基层 / 卫生院`, `医共体` in `医共 / 体内`)
 * and still counts: jieba's dictionary does not know the field's compounds well enough to say more.
 */
export function straddlesWords(spans: readonly [number, number][], start: number, end: number): boolean {
  let cutAtStart = false;
  let cutAtEnd = false;
  for (const [s, e] of spans) {
    if (e <= start) continue;
    if (s >= end) break;
    if (s < start && e < end) cutAtStart = true;
    if (s > start && e > end) cutAtEnd = true;
  }
  return cutAtStart && cutAtEnd;
}
