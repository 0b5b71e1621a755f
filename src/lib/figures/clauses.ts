/**
 * Clauses of a sentence: the text between the breaks `, ; : 。 ! ? ( )`.
 *
 * Figures ask, for many positions of one sentence, where the clause around a position starts and
 * ends and which words it holds before or after the position. The breaks are found once per
 * sentence and each clause is searched for a word list at most once, so a sentence of a million
 * characters (a list never ended by `。`) costs no more per figure than a short one.
 */

const BREAKS = ',;:。!?()';

/** Where a word list occurs in one clause. */
interface WordSpan {
  /** Smallest end offset of an occurrence; Infinity when none. */
  firstEnd: number;
  /** Largest start offset of an occurrence; -1 when none. */
  lastStart: number;
}

export class Clauses {
  readonly #text: string;
  /** Offsets of the break characters, ascending. */
  readonly #breaks: number[] = [];
  /** Word list → clause start → where the words occur in that clause. */
  readonly #spans = new Map<readonly string[], Map<number, WordSpan>>();
  /** Clause start → offset of its first non-space character. */
  readonly #solidStarts = new Map<number, number>();

  constructor(text: string) {
    this.#text = text;
    for (let i = 0; i < text.length; i++) if (BREAKS.includes(text[i])) this.#breaks.push(i);
  }

  /** Start of the clause holding `pos`: just after the last break before `pos`, else 0. */
  start(pos: number): number {
    const k = this.#firstBreakFrom(pos);
    return k === 0 ? 0 : this.#breaks[k - 1] + 1;
  }

  /** End of the clause holding `pos`: the first break at or after `pos`, else the text's end. */
  end(pos: number): number {
    const k = this.#firstBreakFrom(pos);
    return k < this.#breaks.length ? this.#breaks[k] : this.#text.length;
  }

  /** The clause text before `pos` with surrounding spaces left out, as offsets: empty when `from >= to`. */
  leadSpan(pos: number): { from: number; to: number } {
    const start = this.start(pos);
    let to = pos;
    while (to > start && /\s/.test(this.#text[to - 1])) to--;
    let from = this.#solidStarts.get(start);
    if (from === undefined) {
      from = start;
      while (from < this.#text.length && /\s/.test(this.#text[from])) from++;
      this.#solidStarts.set(start, from);
    }
    return { from, to };
  }

  /** True when one of `words` stands whole between the start of the clause holding `pos` and `pos`. */
  hasBefore(words: readonly string[], pos: number): boolean {
    return this.#span(words, pos).firstEnd <= pos;
  }

  /** True when one of `words` starts between `pos` and the end of its clause. */
  hasAfter(words: readonly string[], pos: number): boolean {
    return this.#span(words, pos).lastStart >= pos;
  }

  #span(words: readonly string[], pos: number): WordSpan {
    const start = this.start(pos);
    let byClause = this.#spans.get(words);
    if (!byClause) this.#spans.set(words, (byClause = new Map()));
    let span = byClause.get(start);
    if (!span) {
      const clause = this.#text.slice(start, this.end(pos));
      span = { firstEnd: Infinity, lastStart: -1 };
      for (const w of words) {
        const first = clause.indexOf(w);
        if (first === -1) continue;
        span.firstEnd = Math.min(span.firstEnd, start + first + w.length);
        span.lastStart = Math.max(span.lastStart, start + clause.lastIndexOf(w));
      }
      byClause.set(start, span);
    }
    return span;
  }

  /** Index in `#breaks` of the first break at or after `pos`. */
  #firstBreakFrom(pos: number): number {
    let lo = 0;
    let hi = this.#breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.#breaks[mid] < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
