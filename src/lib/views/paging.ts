/**
 * What the paged views (topic pages, indicator pages) share: the pager's window of page numbers,
 * provinces as they are named and anchored on a page, and where something starts.
 */
import { UNKNOWN_PLACE } from '../model/index.ts';

/** A province as a paged view names and anchors it. */
export interface ProvinceKey {
  /** `浙江`, or `地点未知` for entries whose province is not known. */
  name: string;
  /** Element id of the province's heading: `p-浙江`, `p-unknown`. */
  anchor: string;
}

/** Where something starts: a page number and an element id on it. */
export interface PageAnchor {
  page: number;
  anchor: string;
}

/** The key of a province name (null: not known). */
export function provinceKey(name: string | null): ProvinceKey {
  return name === null ? { name: UNKNOWN_PLACE, anchor: 'p-unknown' } : { name, anchor: `p-${name}` };
}

/**
 * The page numbers a pager lists around `current` of `total`: the first, the last, and two on
 * either side of the current one; `null` stands for the numbers left out between them.
 */
export function pageWindow(current: number, total: number, around = 2): (number | null)[] {
  const out: (number | null)[] = [];
  for (let n = 1; n <= total; n++) {
    if (n === 1 || n === total || Math.abs(n - current) <= around) out.push(n);
    else if (out.at(-1) !== null) out.push(null);
  }
  return out;
}
