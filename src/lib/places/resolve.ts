/**
 * Place: which authority wrote a report, resolved through the GB/T 2260 gazetteer.
 *
 * Evidence is weighed strongest first and the first that decides wins; `basis` quotes it:
 * 1. the title, then the publisher, naming an authority (`乐清市卫生健康局`, `杭州市西湖区卫健委`),
 *    else a full place name in the title or the publisher (`义乌市2020年…`, `义乌市人民政府`);
 * 2. the division code inside an 18-character unified social credit code in the 索引号;
 * 3. the body: the place that is consistently its subject (`健康海安`, `结合海安实际`, `海安市`),
 *    with its parent prefecture as support, and of the kind the body calls its own (`我区`,
 *    `区委区政府`). A body naming only its prefecture, or a county and its prefecture with nothing
 *    to tell which wrote it, is unknown: a county report is never placed at its prefecture.
 * An ambiguous name (`朝阳区`) is settled by weaker evidence or not at all: never a guess.
 */
import {
  divisionByCode,
  lineage,
  nameEndingAt,
  scanNames,
  within,
  type Division,
  type NameMention,
} from './gazetteer.ts';

/** Administrative level of the authority. */
export type PlaceLevel = 'province' | 'prefecture' | 'county';

export interface PlaceResult {
  /**
   * Short name (`乐清`, `广州`, `天门`, `浦东`); the municipality for 北京/上海/天津/重庆 themselves;
   * null for a provincial authority or when unknown.
   */
  city: string | null;
  /** Full name as in the gazetteer (`乐清市`, `浙江省`). */
  fullName: string | null;
  /** Province short name (`浙江`); for 北京/上海/天津/重庆 the municipality. */
  province: string | null;
  /**
   * Parent prefecture short name of a county-level place (`温州`; `上海` for 浦东新区); null for
   * prefectures, provinces and county-level cities administered by their province (天门, 济源).
   */
  prefecture: string | null;
  /** `province` also for the municipalities themselves (北京市卫健委), whose `city` is set. */
  level: PlaceLevel | null;
  /** Six-digit GB/T 2260 code, e.g. `330382`. */
  divisionCode: string | null;
  /** How it was decided, in Chinese, e.g. `标题“乐清市卫生健康局…”`; starts with `未能确定` when unknown. */
  basis: string;
}

/** What the parser knows that may name the place. */
export interface PlaceEvidence {
  /** Report title as written (or the metadata 名称). */
  title: string | null;
  /** Publisher as written (发布机构 / 来源 / publisher line). */
  publisher: string | null;
  /** 索引号 as written; may embed an 18-character unified social credit code. */
  indexNumber: string | null;
  /** The body text, paragraphs joined by newlines. */
  body: string;
}

/** Names of a health authority, longest first. */
const AUTHORITY =
  /卫生健康委员会|卫生和计划生育委员会|卫生和计划生育局|卫生健康委|卫生计生委|卫生健康局|卫生计生局|卫健委|卫健局|卫计委|卫计局|卫生局/g;

/** A reading of some evidence: the divisions it allows and how to say so. */
interface Finding {
  candidates: Division[];
  basis: string;
}

/** Resolve the authority's place from the evidence. */
export function resolvePlace(evidence: PlaceEvidence): PlaceResult {
  const title = compact(evidence.title);
  const publisher = compact(evidence.publisher);
  const credit = creditCodeFinding(evidence.indexNumber);
  let body: BodyReading | undefined;
  const readBody = () => (body ??= readBodyNames(evidence.body));

  const strong = [
    authorityFinding(title, '标题'),
    authorityFinding(publisher, '发布机构'),
    namedPlaceFinding(title, '标题'),
    namedPlaceFinding(publisher, '发布机构'),
  ].find((f) => f !== null);
  if (strong) return settle(strong, credit, readBody);

  if (credit?.candidates.length === 1) return toResult(credit.candidates[0], credit.basis);
  const fromBody = bodyFinding(readBody());
  if (fromBody.candidates.length === 1) {
    const note = credit ? `；${credit.basis}` : '';
    return toResult(fromBody.candidates[0], fromBody.basis + note);
  }
  return unknown(fromBody.basis + (credit ? `；${credit.basis}` : ''));
}

/** The place with this six-digit GB/T 2260 code (an editor's correction), or null when no such division exists. */
export function placeByCode(code: string): PlaceResult | null {
  const d = /^\d{6}$/.test(code) ? divisionByCode(code) : undefined;
  return d ? toResult(d, `行政区划代码（${code}）`) : null;
}

/** A strong finding: unique, or narrowed by the credit code, then by the body. */
function settle(f: Finding, credit: Finding | null, readBody: () => BodyReading): PlaceResult {
  if (f.candidates.length === 1) {
    const coded = credit?.candidates[0];
    const conflict = coded && !related(coded, f.candidates[0]) ? `；${credit!.basis}却指${coded.name}，请核对` : '';
    return toResult(f.candidates[0], f.basis + conflict);
  }
  const byCode = credit?.candidates.length === 1 ? f.candidates.filter((d) => related(d, credit.candidates[0])) : [];
  if (byCode.length === 1) return toResult(byCode[0], `${f.basis}；${credit!.basis}`);
  const reading = readBody();
  const supported = f.candidates
    .map((d) => ({ d, support: ancestorSupport(d, reading) }))
    .filter((s) => s.support.count > 0);
  if (supported.length === 1) {
    const { d, support } = supported[0];
    return toResult(d, `${f.basis}；正文提到“${support.name}”（${support.count}次）`);
  }
  return unknown(`${f.basis}，可指${f.candidates.map(qualifiedName).join('、')}，其他证据无法区分`);
}

function toResult(d: Division, basis: string): PlaceResult {
  const province = divisionByCode(d.provinceCode)!;
  const prefecture = d.prefectureCode ? divisionByCode(d.prefectureCode)! : null;
  return {
    city: d.level === 'province' && !d.municipality ? null : d.shortName,
    fullName: d.name,
    province: province.shortName,
    prefecture: prefecture?.shortName ?? null,
    level: d.level,
    divisionCode: d.code,
    basis,
  };
}

function unknown(why: string): PlaceResult {
  return { city: null, fullName: null, province: null, prefecture: null, level: null, divisionCode: null, basis: `未能确定：${why}` };
}

function compact(s: string | null): string {
  return (s ?? '').replace(/[\s\u00a0\u3000\u200b-\u200d\ufeff]+/g, '');
}

/** `长春市朝阳区`, `北京市朝阳区`, `浙江省`: a name an editor can tell apart. */
function qualifiedName(d: Division): string {
  const parent = lineage(d)[1];
  return parent ? parent.name + d.name : d.name;
}

function related(a: Division, b: Division): boolean {
  return within(a, b) || within(b, a);
}

function quote(text: string, max = 24): string {
  return `“${text.length > max ? text.slice(0, max) + '…' : text}”`;
}

// ── 1. Title and publisher ───────────────────────────────────────────────────

/**
 * `杭州市西湖区卫生健康局`: the names chained right before an authority word, read backwards;
 * the last names the place, the earlier ones narrow it (`杭州市` picks Hangzhou's 西湖区).
 */
function authorityFinding(text: string, where: string): Finding | null {
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
function namedPlaceFinding(text: string, where: string): Finding | null {
  const full = scanNames(text).filter((m) => m.form === 'full');
  if (!full.length) return null;
  const place = full.reduce((a, b) => (DEPTH[b.divisions[0].level] > DEPTH[a.divisions[0].level] ? b : a));
  const candidates = place.divisions.filter((d) =>
    full.every((m) => m === place || m.divisions.some((o) => within(d, o))),
  );
  if (!candidates.length) return null;
  return { candidates, basis: `${where}${quote(text)}` + (candidates.length > 1 ? `中的“${place.name}”` : '') };
}

// ── 2. Unified social credit code in the 索引号 ───────────────────────────────

const CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** GB 32100-2015: the 18th character is a check character over the first 17. */
function validCreditCode(code: string): boolean {
  const sum = CREDIT_WEIGHTS.reduce((s, w, i) => s + CREDIT_CHARS.indexOf(code[i]) * w, 0);
  return CREDIT_CHARS[(31 - (sum % 31)) % 31] === code[17];
}

/**
 * `11330782329949043U/2021-374107` → 330782. The code may end in `00` (a prefecture or province) or
 * `01` (the old `市辖区` of a prefecture, i.e. the city proper). A code not in the gazetteer (an
 * abolished county, a typo) decides nothing and is reported as such.
 */
function creditCodeFinding(indexNumber: string | null): Finding | null {
  const text = compact(indexNumber).toUpperCase();
  const code = text.match(/(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{18}(?![0-9A-Z])/)?.[0];
  if (!code || !validCreditCode(code)) return null;
  const division = code.slice(2, 8);
  const found =
    divisionByCode(division) ??
    (division.endsWith('01') ? divisionByCode(division.slice(0, 4) + '00') : undefined);
  const basis = `索引号中的统一社会信用代码（${division}）`;
  return found
    ? { candidates: [found], basis }
    : { candidates: [], basis: `${basis}不在现行区划代码中` };
}

// ── 3. Body ──────────────────────────────────────────────────────────────────

/**
 * Slogans that name the report's own place: `健康海安建设`, `“法治广州”`. The slogan must end
 * there (a quote, a comma, 建设, 行动…), so `健康资源下沉` is not about 资源县.
 */
const SLOGAN_BEFORE = ['健康', '法治', '平安'];
const SLOGAN_AFTER = /^(建设|行动|战略|考核|考评|推进|委员会|先锋|板块|品牌|[”"」』、，,。；;：:\s]|$)/;
/** Common words read as words, never as the start of a name: `健康乐清` is not 康乐, `幸福安康` not 福安. */
const WORDS = [...SLOGAN_BEFORE, '幸福', '美丽'];
/** A short name followed by these is part of an institution's name (`浙江大学`, `南通卫生高职校`). */
const INSTITUTION_AFTER = /^(大学|医科大学|医学院|学院|卫生高职|职业|医院|中医院|中西医|人民医院|中心医院|日报)/;
/**
 * How an authority speaks of its own division: `我市`, `本县` (not `本区域`, `资本市场`), and the
 * government it answers to, `区委区政府`, `县委、县政府` (not `南通市委、市政府`, which names a place).
 */
const SELF_REFERENCE = /[我本](市|县|区|旗|州|省)(?![域级场])|(市|县|区|旗|州|省)委[、和及与]?\2政府/g;

/**
 * The body ranks itself within a place or takes an award from it (`位列温州前列`, `居黄冈同类医院第一`,
 * `在泉州率先`, `获评金华市…`, `入选温州市委组织部…`): that place is above the author.
 */
const RANKED_BEFORE = /(?:获评?|荣获|入选|评为)$/;
const RANKED_AFTER = /^市?(?:县\(市\)|县市区?)?(?:前列|第一|首位|同类|率先)/;

type MentionKind = 'subject' | 'area' | 'full' | 'plain' | 'institution';
const WEIGHT: Record<MentionKind, number> = { subject: 3, area: 2, full: 2, plain: 1, institution: 0 };

interface Tally {
  division: Division;
  /** Weighted mentions that name this place as a place (institutions excluded). */
  self: number;
  /** Mentions in a subject phrase. */
  subject: number;
  /** Every mention, institutions included. */
  raw: number;
  /** Counted mentions (institutions excluded). */
  counted: number;
  /** Mentions by full name, subject phrase or `X地区`, which make a short name credible. */
  named: number;
  /**
   * Mentions written as the full name, two-character ones (`赵县`) included; not `城区`, `郊区`, `矿区`,
   * which are words first.
   */
  written: number;
  /** Phrases worth quoting in the basis, best first. */
  quotes: string[];
  /** Phrases ranking the author within this place or awarding it (`位列温州前列`). */
  ranked: string[];
}

interface BodyReading {
  tallies: Map<Division, Tally>;
  /** Names that stayed ambiguous, written as places (full name, slogan), with their counts. */
  ambiguous: Map<string, number>;
  /**
   * How the body calls its own place (`市` → `我市`, `县` → `本县`, `区` → `区委区政府`): the kinds used
   * at least half as often as the commonest, each with its first wording (`我X`/`本X` preferred).
   */
  selfKinds: Map<string, string>;
}

function classify(body: string, m: NameMention): { kind: MentionKind; phrase: string } {
  const before = body.slice(Math.max(0, m.start - 2), m.start);
  const after = body.slice(m.end, m.end + 6);
  if (SLOGAN_BEFORE.includes(before) && SLOGAN_AFTER.test(after)) return { kind: 'subject', phrase: before + m.name };
  if (before === '结合' && after.startsWith('实际')) return { kind: 'subject', phrase: `结合${m.name}实际` };
  if (after.startsWith('地区')) return { kind: 'area', phrase: m.name + '地区' };
  if (m.form === 'short' && INSTITUTION_AFTER.test(after)) return { kind: 'institution', phrase: m.name };
  return { kind: m.form === 'full' ? 'full' : 'plain', phrase: m.name };
}

function rankedPhrase(body: string, m: NameMention): string | null {
  const before = RANKED_BEFORE.exec(body.slice(Math.max(0, m.start - 2), m.start))?.[0];
  const after = RANKED_AFTER.exec(body.slice(m.end, m.end + 10))?.[0];
  if (after) return `${m.name}${after}`;
  return before ? `${before}${body.slice(m.start, m.end + 4)}` : null;
}

function readBodyNames(body: string): BodyReading {
  const tallies = new Map<Division, Tally>();
  const tally = (d: Division) => {
    let t = tallies.get(d);
    if (!t) tallies.set(d, (t = { division: d, self: 0, subject: 0, raw: 0, counted: 0, named: 0, written: 0, quotes: [], ranked: [] }));
    return t;
  };
  const mentions = scanNames(body, WORDS).map((m) => ({ m, ...classify(body, m), ranked: rankedPhrase(body, m) }));
  const add = (d: Division, kind: MentionKind, phrase: string, name: string, ranked: string | null) => {
    const t = tally(d);
    t.raw++;
    if (ranked) t.ranked.push(ranked);
    if (kind === 'institution') return;
    t.counted++;
    if (name === d.name && !(name.length === 2 && name.endsWith('区'))) t.written++;
    t.self += WEIGHT[kind];
    if (kind === 'subject') t.subject++;
    if (kind === 'plain') return;
    t.named++;
    if (!t.quotes.includes(phrase)) t.quotes[kind === 'subject' ? 'unshift' : 'push'](phrase);
  };
  const ambiguousMentions = mentions.filter(({ m }) => m.divisions.length > 1);
  for (const { m, kind, phrase, ranked } of mentions) if (m.divisions.length === 1) add(m.divisions[0], kind, phrase, m.name, ranked);

  // An ambiguous name means the one of its places that something else in the body supports.
  const ambiguous = new Map<string, number>();
  const supportedBy = new Map(
    ambiguousMentions.map(({ m }) => [
      m.name,
      m.divisions.filter((d) => lineage(d).some((a) => (tallies.get(a)?.raw ?? 0) > 0)),
    ]),
  );
  for (const { m, kind, phrase, ranked } of ambiguousMentions) {
    const options = supportedBy.get(m.name)!;
    if (options.length === 1) add(options[0], kind, phrase, m.name, ranked);
    else if (kind !== 'institution' && kind !== 'plain') ambiguous.set(m.name, (ambiguous.get(m.name) ?? 0) + 1);
  }

  const kindCounts = new Map<string, { count: number; word: string }>();
  for (const m of body.matchAll(SELF_REFERENCE)) {
    const [word, pronounKind, governmentKind] = m;
    if (governmentKind && nameEndingAt(body, m.index + 1)) continue;
    const kind = pronounKind ?? governmentKind;
    const seen = kindCounts.get(kind);
    const keep = seen && !(pronounKind && !/^[我本]/.test(seen.word));
    kindCounts.set(kind, { count: (seen?.count ?? 0) + 1, word: keep ? seen.word : word });
  }
  const most = Math.max(0, ...[...kindCounts.values()].map((k) => k.count));
  const selfKinds = new Map([...kindCounts].filter(([, k]) => k.count * 2 >= most).map(([kind, k]) => [kind, k.word]));
  return { tallies, ambiguous, selfKinds };
}

/** The kind of division an authority calls itself: 市, 县, 区, 旗, 州, 省. */
function selfKind(d: Division): string {
  if (d.level === 'province') return d.municipality ? '市' : d.name.endsWith('区') ? '区' : '省';
  if (d.name.endsWith('地区') || d.name.endsWith('盟')) return '区';
  return d.name.endsWith('自治州') ? '州' : d.name.slice(-1);
}

/** Mentions of the division's ancestors, for narrowing an ambiguous authority name. */
function ancestorSupport(d: Division, reading: BodyReading): { name: string; count: number } {
  const best = lineage(d)
    .slice(1)
    .map((a) => ({ name: a.shortName, count: reading.tallies.get(a)?.raw ?? 0 }))
    .sort((a, b) => b.count - a.count)[0];
  return best ?? { name: '', count: 0 };
}

function bodyFinding(reading: BodyReading): Finding {
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

/** `自称“我区”`; a government named without a pronoun: `称“区委区政府”`. */
function selfWording(word: string): string {
  return /^[我本]/.test(word) ? `自称“${word}”` : `称“${word}”`;
}
