/**
 * Finding: what one piece of evidence (title, publisher, credit code, body) says about the place,
 * and the small helpers every reader uses to compare divisions and to write the `basis` it quotes.
 */
import { within, type Division } from './gazetteer.ts';

/** A reading of some evidence: the divisions it allows and how to say so. */
export interface Finding {
  candidates: Division[];
  basis: string;
}

/** The text without any kind of space (`乐清市\u3000卫生健康局` → `乐清市卫生健康局`); '' for null. */
export function compact(s: string | null): string {
  return (s ?? '').replace(/[\s\u00a0\u3000\u200b-\u200d\ufeff]+/g, '');
}

/** True when one division contains the other (or they are the same). */
export function related(a: Division, b: Division): boolean {
  return within(a, b) || within(b, a);
}

/** `“text”`, cut after `max` characters with `…`. */
export function quote(text: string, max = 24): string {
  return `“${text.length > max ? text.slice(0, max) + '…' : text}”`;
}
