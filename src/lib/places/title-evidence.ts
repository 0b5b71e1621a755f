/**
 * Title and publisher evidence (the strongest): an authority named in them, else a full place name.
 *
 * `杭州市西湖区卫生健康局` is read backwards from the authority word, so the outer names narrow the
 * inner one (`杭州市` picks Hangzhou's 西湖区); `义乌市2020年卫生健康工作总结` and `义乌市人民政府`
 * name the place with full names on one line of descent. Both may leave several candidates
 * (`朝阳区`), which weaker evidence settles or not (resolve.ts).
 */
import type { PlaceLevel } from '../model/index.ts';
import { nameEndingAt, scanNames, within, type Division } from './gazetteer.ts';
import { compact, quote, type Finding } from './finding.ts';

/** Names of a health authority, longest first. */
const AUTHORITY =
  /卫生健康委员会|卫生和计划生育委员会|卫生和计划生育局|卫生健康委|卫生计生委|卫生健康局|卫生计生局|卫健委|卫健局|卫计委|卫计局|卫生局/g;

/** An authority word and the place names chained right before it, read backwards. */
interface NamedAuthority {
  /** `杭州市西湖区卫生健康局`, as written. */
  authority: string;
  /** Offset of its first character in the text. */
  start: number;
  /** Offset just after it. */
  end: number;
  /** The last name of the chain, the place the authority is of. */
  place: string;
  /** The divisions that name can be, narrowed by the outer names; never empty. */
  candidates: Division[];
}

/** Each authority named in a text with at least one known place before it, in order. */
function* namedAuthorities(text: string): Generator<NamedAuthority> {
  for (const m of text.matchAll(AUTHORITY)) {
    const chain: { name: string; divisions: readonly Division[] }[] = [];
    let start = m.index;
    for (let hit = nameEndingAt(text, start); hit; hit = nameEndingAt(text, start)) {
      chain.unshift(hit);
      start -= hit.name.length;
    }
    if (!chain.length) continue;
    const place = chain[chain.length - 1];
    const candidates = place.divisions.filter((d) =>
      chain.slice(0, -1).every((outer) => outer.divisions.some((o) => within(d, o))),
    );
    if (!candidates.length) continue;
    const end = m.index + m[0].length;
    yield { authority: text.slice(start, end), start, end, place: place.name, candidates };
  }
}

/**
 * `杭州市西湖区卫生健康局`: the names chained right before an authority word, read backwards;
 * the last names the place, the earlier ones narrow it (`杭州市` picks Hangzhou's 西湖区).
 * `text` is compacted; `where` names it in the basis (`标题`, `发布机构`).
 */
export function authorityFinding(text: string, where: string): Finding | null {
  for (const { authority, end, place, candidates } of namedAuthorities(text)) {
    const basis = `${where}“${authority}${text.length > end ? '…' : ''}”`;
    return { candidates, basis: candidates.length > 1 ? `${basis}中的“${place}”` : basis };
  }
  return null;
}

/**
 * The health authority a title opens with, as written: `乐清市卫生健康局2023年工作总结…` →
 * `乐清市卫生健康局`. Only an authority at the very start, of a known place, counts: a title that
 * names one later (`关于转发温州市卫生健康委…的通知`) does not say who published it.
 */
export function openingAuthority(title: string): string | null {
  const text = compact(title);
  const first = namedAuthorities(text).next();
  return !first.done && first.value.start === 0 ? first.value.authority : null;
}

const DEPTH: Record<PlaceLevel, number> = { province: 0, prefecture: 1, county: 2 };

/**
 * A title such as `义乌市2020年卫生健康工作总结` or a publisher such as `义乌市人民政府`: full place
 * names only, all on one line of descent.
 */
export function namedPlaceFinding(text: string, where: string): Finding | null {
  const full = scanNames(text).filter((m) => m.form === 'full');
  if (!full.length) return null;
  const place = full.reduce((a, b) => (DEPTH[b.divisions[0].level] > DEPTH[a.divisions[0].level] ? b : a));
  const candidates = place.divisions.filter((d) =>
    full.every((m) => m === place || m.divisions.some((o) => within(d, o))),
  );
  if (!candidates.length) return null;
  return { candidates, basis: `${where}${quote(text)}` + (candidates.length > 1 ? `中的“${place.name}”` : '') };
}
