/**
 * Mirror artefacts: what copy sites write into a mainland government page they republish.
 *
 * - Pinyin glosses after characters (`衛(wèi)生`, `總結(jié)`): removed, and named per line.
 * - The whole page converted to Traditional characters: a health authority of the mainland writes
 *   Simplified, so a text mostly in Traditional is a mirror's conversion and is turned back,
 *   character by character (`simplifiedChar`, src/lib/script.ts), and named. A Simplified text
 *   with a few characters that have Traditional forms (`乾`, `著`) is left as written.
 */
import type { SourceLine, Stripped } from '../model/index.ts';
import { simplifiedChar } from '../script.ts';

/** A pinyin gloss in brackets right after a character: at least one tone-marked vowel. */
const GLOSS = /(?<=[\u3400-\u9fff])\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)/g;
/** Share of a text's Han characters with a different Simplified form above which it is a converted copy. */
const TRADITIONAL_SHARE = 0.05;
/** And at least this many of them. */
const TRADITIONAL_MIN = 10;
const HAN = /[\u3400-\u9fff]/u;
const LISTED_PAIRS = 20;

/** The lines without mirror artefacts, and what was changed, named like stripped page furniture. */
export function undoMirror(lines: SourceLine[]): { lines: SourceLine[]; stripped: Stripped[] } {
  const stripped: Stripped[] = [];
  let out = lines.map((l) => {
    const glosses = l.text.match(GLOSS);
    if (!glosses) return l;
    stripped.push({ text: glosses.join(' '), line: l.line, reason: '镜像网站插入的拼音注音' });
    return { ...l, text: l.text.replace(GLOSS, '') };
  });

  let han = 0;
  let traditional = 0;
  for (const l of out) {
    for (const c of l.text) {
      if (!HAN.test(c)) continue;
      han++;
      if (simplifiedChar(c) !== c) traditional++;
    }
  }
  if (traditional >= TRADITIONAL_MIN && traditional >= han * TRADITIONAL_SHARE) {
    const pairs = new Map<string, string>();
    out = out.map((l) => ({ ...l, text: [...l.text].map((c) => toSimplified(c, pairs)).join('') }));
    const listed = [...pairs].slice(0, LISTED_PAIRS).map(([from, to]) => `${from}→${to}`).join(' ');
    stripped.push({
      text: `${listed}${pairs.size > LISTED_PAIRS ? ' …' : ''}（共 ${traditional} 字）`,
      line: out[0]?.line ?? 1,
      reason: '镜像网站转成的繁体字，已按原网页改回简体',
    });
  }
  return { lines: out, stripped };
}

/** One character in Simplified, one UTF-16 length for another so nothing else moves; records the pair. */
function toSimplified(c: string, pairs: Map<string, string>): string {
  const s = simplifiedChar(c);
  if (s === c || s.length !== c.length) return c;
  pairs.set(c, s);
  return s;
}
