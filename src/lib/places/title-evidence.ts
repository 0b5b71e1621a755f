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
import { quote, type Finding } from './finding.ts';

/** Names of a health authority, longest first. */
const AUTHORITY =
  /卫生健康委员会|卫生和计划生育委员会|卫生和计划生育局|卫生健康委|卫生计生委|卫生健康局|卫生计生局|卫健委|卫健局|卫计委|卫计局|卫生局/g;

/**
 * `杭州市西湖区卫生健康局`: the names chained right before an authority word, read backwards;
 * the last names the place, the earlier ones narrow it (`杭州市` picks Hangzhou's 西湖区).
 * `text` is compacted; `where` names it in the basis (`标题`, `发布机构`).
 */
export function authorityFinding(text: string, where: string): Finding | null {
  for (const m of text.matchAll(AUTHORITY)) {
    const chain: { name: string; divisions: readonly Division[] }[] = [];
    let end = m.index;
    for (let hit = nameEndingAt(text, end); hit; hit = nameEndingAt(text, end)) {
      chain.unshift(hit);
      end -= hit.name.length;
    }
    if (!chain.length) continue;
    const place = chain[chain.length - 1];
    const candidates = place.divisions.filter((d) =>
      chain.slice(0, -1).every((outer) => outer.divisions.some((o) => within(d, o))),
    );
    if (!candidates.length) continue;
    const authority = text.slice(end, m.index + m[0].length);
    const basis = `${where}“${authority}${text.length > m.index + m[0].length ? '…' : ''}”`;
    return { candidates, basis: candidates.length > 1 ? `${basis}中的“${place.name}”` : basis };
  }
  return null;
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
