/**
 * Search text: the one normalisation shared by the index (build) and the query (browser),
 * and the hidden tokens Pagefind indexes instead of the visible Chinese.
 *
 * Folding, character by character: the shared width folding (`foldWidth` of
 * src/lib/parser/normalize.ts), NFKC (full-width `９０．４５％` → `90.45%`, U+3000 → space,
 * compatibility ideographs), Traditional → Simplified (`simplifiedChar`, src/lib/script.ts), lower
 * case; whitespace becomes one space, zero-width characters go.
 * A match is a substring of the folded text. Spaces separate a query's terms, so a term spans a space
 * only when the query quotes it as a phrase (query.ts).
 *
 * Tokens: each run of folded text between spaces becomes its overlapping character bigrams
 * (the last character paired with an end mark), each UTF-16 unit spelled as four letters a–z.
 * Pagefind's exact (quoted) search requires its words at consecutive positions, so the phrase
 * of a term's bigrams matches exactly where the term is a substring; a one-character term is a
 * four-letter prefix, which every bigram starting with it carries. Letters keep Pagefind's
 * own word splitting, punctuation stripping and CJK segmentation out of the way. A record's title
 * is indexed a second time as marked tokens, so "term in the title" is a query too (for ranking
 * without loading any record's text). Runs in the browser and at build time (see index.ts).
 */
import { simplifiedChar } from '../script.ts';
import { ZERO_WIDTH, foldWidth } from '../width.ts';

/** Folded text with, for each of its UTF-16 units, the index of the source unit it came from. */
export interface FoldedText {
  text: string;
  /** `origin[i]` is the index in the source of the character that produced `text[i]`. */
  origin: number[];
}

const SPACE = /\s/;
const foldCache = new Map<string, string>();

/**
 * One character (code point) folded; may be empty (zero-width) or longer (`㎡` → `m2`).
 * The shared width folding first, then NFKC: NFKC folds full-width ASCII and the Unicode spaces
 * exactly as `foldWidth` does (U+1680, tab, VT and FF it leaves, and `SPACE` makes them a space),
 * so for them it changes nothing; it stays for what only it folds (`㎡`, `①`, `²`, compatibility
 * ideographs, half-width katakana…), which the index and queries already fold that way.
 */
function foldChar(ch: string): string {
  const cached = foldCache.get(ch);
  if (cached !== undefined) return cached;
  let out = '';
  for (const c of foldWidth(ch).normalize('NFKC')) {
    if (ZERO_WIDTH.test(c)) continue;
    if (SPACE.test(c)) {
      out += ' ';
      continue;
    }
    out += simplifiedChar(c).toLowerCase();
  }
  foldCache.set(ch, out);
  return out;
}

/** Fold text for matching and keep where each folded unit came from (to highlight the original). */
export function foldText(source: string): FoldedText {
  let text = '';
  const origin: number[] = [];
  let i = 0;
  for (const ch of source) {
    for (const unit of foldChar(ch)) {
      if (unit === ' ' && (text === '' || text.endsWith(' '))) continue;
      for (let k = 0; k < unit.length; k++) {
        text += unit[k];
        origin.push(i);
      }
    }
    i += ch.length;
  }
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    origin.pop();
  }
  return { text, origin };
}

/** Folded text only. */
export function fold(source: string): string {
  return foldText(source).text;
}

const END_OF_RUN = 0;

/** A UTF-16 unit as four letters a–z (26⁴ > 65536), so all tokens have the same length. */
function spell(unit: number): string {
  let s = '';
  for (let k = 0; k < 4; k++) {
    s = String.fromCharCode(97 + (unit % 26)) + s;
    unit = Math.floor(unit / 26);
  }
  return s;
}

/** The bigram tokens of one run of folded text without spaces. */
function runTokens(run: string): string[] {
  const tokens: string[] = [];
  for (let i = 0; i < run.length; i++) {
    const next = i + 1 < run.length ? run.charCodeAt(i + 1) : END_OF_RUN;
    tokens.push(spell(run.charCodeAt(i)) + spell(next));
  }
  return tokens;
}

/** What Pagefind indexes for a text: its bigram tokens, space-separated, in order. */
export function indexTokens(source: string): string {
  return fold(source)
    .split(' ')
    .flatMap((run) => (run === '' ? [] : runTokens(run)))
    .join(' ');
}

/**
 * The index words a folded term is searched by: its bigrams (all but the end mark), or for a single
 * character the four-letter prefix every bigram starting with it has. A phrase with spaces (quoted
 * in the query, query.ts): each run before a space with its end mark (the first run ends there, a
 * run between spaces is whole, since the word before it ends a run), then the last run's bigrams.
 * A last run of one character gets no word: it would be a prefix inside a phrase, which Pagefind
 * cannot search, so such a phrase finds a superset (`exactInIndex`).
 */
function termWords(term: string): string[] {
  if (term.length === 1) return [spell(term.charCodeAt(0))];
  const runs = term.split(' ');
  const last = runs.pop()!;
  return [...runs.flatMap(runTokens), ...runTokens(last).slice(0, -1)];
}

/**
 * Whether `termQuery` finds exactly the texts containing the folded term; if not (a phrase ending
 * in a space and one character, `"医疗 卫"`), it finds a superset, to be checked on the text.
 */
export function exactInIndex(term: string): boolean {
  return !/ .$/.test(term);
}

function phrase(words: string[], prefix = false): string {
  return prefix ? words[0] : `"${words.join(' ')}"`;
}

/** The Pagefind query for one folded term: the quoted phrase of its bigrams, or a one-character term's prefix. */
export function termQuery(term: string): string {
  return phrase(termWords(term), term.length === 1);
}

/**
 * Title tokens start with this letter; text tokens never do (a UTF-16 unit spelled in four
 * letters starts with a–d), so a title phrase matches only in the title.
 */
const TITLE_MARK = 't';

/** What Pagefind indexes for a record's title besides its text: the title's tokens, marked. */
export function titleTokens(title: string): string {
  return indexTokens(title)
    .split(' ')
    .filter((t) => t !== '')
    .map((t) => TITLE_MARK + t)
    .join(' ');
}

/** The Pagefind query finding the records whose title contains a folded term. */
export function titleQuery(term: string): string {
  return phrase(
    termWords(term).map((w) => TITLE_MARK + w),
    term.length === 1,
  );
}

/**
 * The Pagefind query scoring records for a folded term: its bigrams unquoted, so Pagefind ranks
 * by how often and how densely they occur (its exact-phrase search scores every match alike).
 */
export function scoreQuery(term: string): string {
  return termWords(term).join(' ');
}
