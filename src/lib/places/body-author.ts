/**
 * Body evidence: which tallied place wrote the body (body-reading.ts reads the tallies), or why
 * the body cannot tell.
 *
 * The place must be written as one at least once and be of the kind the body calls its own
 * (`我区` rules out a 市); between a place and its parent, slogans, ranking phrases and how many of
 * the parent's divisions are named decide (`closerAuthor`). A body naming only its prefecture, or
 * a county and its prefecture with nothing to tell which wrote it, is unknown: a county report is
 * never placed at its prefecture. An unrelated place weighing more than half as much, a single
 * mention, or an ambiguous name named as often as the best place also leave it unknown.
 */
import { lineage, within, type Division } from './gazetteer.ts';
import { quote, related, type Finding } from './finding.ts';
import { selfKind, selfWording, type BodyReading, type Tally } from './body-reading.ts';

/** The place the body is about, as a finding with at most one candidate and its reasons. */
export function bodyFinding(reading: BodyReading): Finding {
  const { tallies, ambiguous, selfKinds } = reading;
  const all = [...tallies.values()];
  // A bare short name may be a word (资源, 合作, 安宁): a place must be written as one at least once.
  let candidates = all.filter((t) => t.named > 0);
  // Provinces speak of 我省; county and city reports mention their province all the time.
  candidates = candidates.filter((t) => t.division.level !== 'province' || t.division.municipality || selfKinds.has(selfKind(t.division)));
  const byKind = candidates.filter((t) => selfKinds.has(selfKind(t.division)));
  // `我区` with only 延安市 named: the author is some district the body never names, not 延安.
  // (`我省` in a city's report is its province speaking through it, and rules nothing out.)
  const ownKinds = [...selfKinds].filter(([kind]) => kind !== '省');
  if (!byKind.length && ownKinds.length && candidates.length) {
    const named = [...candidates].sort((a, b) => b.self - a.self).slice(0, 3).map((t) => t.division.name);
    const [kind, word] = ownKinds[0];
    return { candidates: [], basis: `正文${selfWording(word)}，但写明的地名（${named.join('、')}）都不是${kind}，作者是哪个${kind}正文未写明` };
  }
  if (byKind.length) candidates = byKind;
  if (!candidates.length) {
    const names = [...ambiguous.keys()];
    return {
      candidates: [],
      basis: names.length ? `正文中的“${names.join('”“')}”可指多个行政区` : '标题、发布机构、索引号和正文均未指明地名',
    };
  }

  const selfOf = (d: Division) => tallies.get(d)?.self ?? 0;
  const total = (t: Tally) => t.self + 0.5 * lineage(t.division).slice(1).reduce((s, a) => s + selfOf(a), 0);
  let best = candidates.reduce((a, b) => (total(b) > total(a) ? b : a));
  // Between a place and its parent or one of its divisions (乐清 and 温州), settle who wrote it.
  for (let changed = true, rounds = candidates.length; changed && rounds > 0; rounds--) {
    changed = false;
    for (const other of candidates.filter((t) => t !== best && related(t.division, best.division))) {
      const [inner, outer] = within(best.division, other.division) ? [best, other] : [other, best];
      const divisionsNamed = candidates.filter((t) => t !== outer && within(t.division, outer.division)).length;
      const author = closerAuthor(inner, outer, divisionsNamed);
      if (!author) return { candidates: [], basis: undecidedLevel(inner, outer) };
      if (author !== best) {
        best = author;
        changed = true;
        break;
      }
    }
  }
  // `赵县` twice and 石家庄市 three times: a two-character county is no candidate (it may be a word),
  // but written out in full it still casts doubt on its prefecture.
  const shadow = all.find(
    (t) => t.written >= 2 && t.named === 0 && t !== best && within(t.division, best.division) && (!selfKinds.size || selfKinds.has(selfKind(t.division))),
  );
  if (shadow && closerAuthor(shadow, best, candidates.filter((t) => t !== best && within(t.division, best.division)).length) !== best) {
    return { candidates: [], basis: undecidedLevel(shadow, best) };
  }
  // A county report ranks itself within its prefecture (`位列黄冈前列`); the prefecture's own report
  // would not, unless it is plainly its subject (`健康黄冈` twice or more).
  if (best.ranked.length && best.division.level !== 'county' && best.subject < 2) {
    return {
      candidates: [],
      basis: `正文“${best.ranked.slice(0, 2).join('”“')}”把${best.division.name}当作上级，作者应是其下辖的某地，正文未写明是哪一个`,
    };
  }
  // `我市` and also `县委县政府`: a city's report would not speak of a county as its own.
  const otherKind = best.division.level === 'county' ? undefined : ownKinds.find(([kind]) => kind !== selfKind(best.division));
  if (otherKind) {
    return {
      candidates: [],
      basis: `正文提到${best.division.name}（${best.raw}次），但${selfWording(otherKind[1])}，作者可能是其下辖的${otherKind[0]}`,
    };
  }

  const rival = candidates
    .filter((t) => !related(t.division, best.division))
    .sort((a, b) => b.self - a.self)[0];
  const counts = (t: Tally) => `${t.division.shortName}${t.raw}次`;
  if (rival && rival.self * 2 > best.self) {
    return { candidates: [], basis: `正文中的地名不一致（${counts(best)}、${counts(rival)}）` };
  }
  if (best.counted < 2) {
    return { candidates: [], basis: `正文只提到一次${quote(best.quotes[0])}，不足以判断` };
  }
  const [ambiguousName, ambiguousCount] = [...ambiguous].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  if (ambiguousCount >= best.counted) {
    return { candidates: [], basis: `正文中的“${ambiguousName}”（${ambiguousCount}次）可指多个行政区，多于${counts(best)}` };
  }

  const parent = lineage(best.division)[1];
  const parentCount = parent && parent.level !== 'province' ? (tallies.get(parent)?.raw ?? 0) : 0;
  const detail = [`${best.division.shortName}出现${best.raw}次`];
  if (parentCount) detail.push(`上级${parent.shortName}${parentCount}次`);
  const selfWord = selfKinds.get(selfKind(best.division));
  return {
    candidates: [best.division],
    basis: `正文${best.quotes.slice(0, 2).map((q) => `“${q}”`).join('')}等（${detail.join('，')}）${selfWord ? `，${selfWording(selfWord)}` : ''}`,
  };
}

/**
 * Who wrote a body naming both a place and its parent (or grandparent), or null when nothing tells.
 * More slogans decide (`健康乐清` over 温州 named twice as often); then a parent the body ranks itself
 * within (`位列温州前列`) is not the author; the parent's slogans only when clearly more (at least two,
 * and twice the place's). Otherwise the parent when it is
 * named at least as much as each of several of its divisions (a prefecture reviewing its districts),
 * else the more specific place when named at least as much as its parent (a county names its
 * prefecture for meetings and awards, a prefecture does not single out one division).
 */
function closerAuthor(inner: Tally, outer: Tally, divisionsNamed: number): Tally | null {
  if (inner.subject > outer.subject) return inner;
  if (outer.ranked.length && !inner.ranked.length) return inner;
  // A county may be praised in its prefecture's campaign once (`获评“健康黄冈”优秀案例`).
  if (outer.subject >= Math.max(2, 2 * inner.subject)) return outer;
  if (divisionsNamed >= 2 && outer.self >= inner.self) return outer;
  return inner.self >= outer.self ? inner : null;
}

function undecidedLevel(inner: Tally, outer: Tally): string {
  return (
    `正文提到${inner.division.name}（${inner.raw}次）及其上级${outer.division.name}（${outer.raw}次），` +
    `没有“健康${inner.division.shortName}”“我${selfKind(inner.division)}”之类的说法表明作者是哪一级`
  );
}
