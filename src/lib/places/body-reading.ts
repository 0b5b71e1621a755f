/**
 * Body reading: every place name in a report's body, tallied per division, and how the body speaks
 * of its own place.
 *
 * A mention counts by what surrounds it: a slogan (`健康海安建设`) or `结合海安实际` makes the place
 * the subject, `X地区` an area; a short name inside an institution's name (`浙江大学`) counts for
 * nothing but is still seen; a phrase ranking the author within the place (`位列温州前列`) marks it
 * as above the author. An ambiguous name (`通州`) goes to the one of its places something else in
 * the body supports, else stays ambiguous. Self-references (`我区`, `本县`, `区委区政府`) give the
 * kinds of division the body calls its own. Weighing the tallies is body-author.ts's job.
 */
import { lineage, nameEndingAt, scanNames, type Division, type NameMention } from './gazetteer.ts';

/**
 * Slogans that name the report's own place: `健康海安建设`, `“法治广州”`. The slogan must end
 * there (a quote, a comma, 建设, 行动…), so `健康资源下沉` is not about 资源县.
 */
const SLOGAN_BEFORE = ['健康', '法治', '平安'];
const SLOGAN_AFTER = /^(建设|行动|战略|考核|考评|推进|委员会|先锋|板块|品牌|[”"」』、，,。；;：:\s]|$)/;
/** Common words read as words, never as the start of a name: `健康乐清` is not 康乐, `幸福安康` not 福安. */
const WORDS = [...SLOGAN_BEFORE, '幸福', '美丽'];
/** After a place name that follows `在`, these make it a meeting's venue. */
const VENUE_AFTER = /^(?:市|县|区)?(?:召开|举行|举办|开幕|闭幕)/;
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

type MentionKind = 'subject' | 'area' | 'full' | 'plain' | 'institution' | 'venue';
const WEIGHT: Record<MentionKind, number> = { subject: 3, area: 2, full: 2, plain: 1, institution: 0, venue: 0 };

/** What the body says of one division. */
export interface Tally {
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

/** The body's place names, read once. */
export interface BodyReading {
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
  // `会议在呼和浩特市召开`: where a meeting was held, not whose report it is.
  if (body[m.start - 1] === '在' && VENUE_AFTER.test(after)) return { kind: 'venue', phrase: `在${m.name}${after}` };
  return { kind: m.form === 'full' ? 'full' : 'plain', phrase: m.name };
}

function rankedPhrase(body: string, m: NameMention): string | null {
  const before = RANKED_BEFORE.exec(body.slice(Math.max(0, m.start - 2), m.start))?.[0];
  const after = RANKED_AFTER.exec(body.slice(m.end, m.end + 10))?.[0];
  if (after) return `${m.name}${after}`;
  return before ? `${before}${body.slice(m.start, m.end + 4)}` : null;
}

/** Reads the body's place names into tallies, ambiguous names and self-reference kinds. */
export function readBodyNames(body: string): BodyReading {
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
    if (kind === 'institution' || kind === 'venue') return;
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
    else if (kind !== 'institution' && kind !== 'venue' && kind !== 'plain') ambiguous.set(m.name, (ambiguous.get(m.name) ?? 0) + 1);
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
export function selfKind(d: Division): string {
  if (d.level === 'province') return d.municipality ? '市' : d.name.endsWith('区') ? '区' : '省';
  if (d.name.endsWith('地区') || d.name.endsWith('盟')) return '区';
  return d.name.endsWith('自治州') ? '州' : d.name.slice(-1);
}

/** `自称“我区”`; a government named without a pronoun: `称“区委区政府”`. */
export function selfWording(word: string): string {
  return /^[我本]/.test(word) ? `自称“${word}”` : `称“${word}”`;
}

/** Mentions of the division's ancestors, for narrowing an ambiguous authority name. */
export function ancestorSupport(d: Division, reading: BodyReading): { name: string; count: number } {
  const best = lineage(d)
    .slice(1)
    .map((a) => ({ name: a.shortName, count: reading.tallies.get(a)?.raw ?? 0 }))
    .sort((a, b) => b.count - a.count)[0];
  return best ?? { name: '', count: 0 };
}
