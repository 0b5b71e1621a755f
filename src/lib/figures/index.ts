/**
 * Figures: every number a sentence states, with its unit, qualifier, name, year and kind.
 *
 * What counts as a figure: Arabic digits followed by a unit of measure (`张`, `%`, `人次`…)
 * or by a multiplier (`26万`). Not figures: bare numbers (codes, labels, `323攻坚行动`), years
 * and dates (`2023年`, `1月17日`), ordinals and ranks (`第2名`, `前10`), anything inside quotes,
 * book titles or document numbers (`“521”`, `《…(2021-2023年)》`, `〔2024〕`), numbers glued to
 * Latin letters (`H7N9`, index numbers), phone numbers, ratios and clock times (`1:1`, `14:29`),
 * programme names (`26项行动`), age brackets and time spans used as attributes
 * (`65岁以上老人`, `0-3岁儿童`, `24小时值班`), and Chinese numerals (`九成`, `三甲`, `近万人次`).
 *
 * Unit rule: the multiplier is applied and dropped, so `5.8亿元` is 580000000 with unit `元` and
 * `10.65万张` is 106500 with unit `张`; `raw` keeps the text as written.
 * Qualifier rule: bounding words are qualifiers (`近`, `约`, `超过`, `逾`, `不低于`, `以上`,
 * `以内`, `左右`, `余`, `多`…); verbs that only introduce the value (`达`, `达到`, `为`,
 * `增至`, `保持在`, `控制在`) are not. A trailing qualifier of a list (`70%、80%以上`) applies to
 * every value of the list.
 */
import { Clauses } from './clauses.ts';
import { DIGITS_SOURCE, MULTIPLIER_SOURCE, foldWidth, quantity } from './numbers.ts';

/** What a figure states: a level reached, a target set, or a change. */
export type FigureKind = 'actual' | 'target' | 'change';

export interface Figure {
  /** Anchor id on the report page: `<sentence id>-f<k>`, e.g. `s-12-f1`. */
  id: string;
  /** The indicator name as written before the value (`千人医师数`), null when none. */
  name: string | null;
  /**
   * For every figure but a sentence's first: the clause that leads into the sentence's first
   * figure (`建立医养结合机构`), i.e. what an enumeration such as `机构6家,床位1860张` is about;
   * null (or absent) for the first figure.
   */
  subject?: string | null;
  /** The figure as written, qualifier and unit included: `近1万人次`, `10.65万张`. */
  raw: string;
  /** Numeric value with 万/亿 applied: `10.65万张` → 106500; the lower bound of a range. */
  value: number;
  /** Upper bound when the text states a range (`2-3家` → value 2, upperValue 3). */
  upperValue?: number;
  /**
   * Unit after the number, multiplier dropped: `张`, `%`, `‰`, `岁`, `人次`, `元` (for `万元`,
   * `亿元`), `秒` (for `4分20秒`, value in seconds); null when only a multiplier is written.
   */
  unit: string | null;
  /** `以上`, `近`, `超过`, `约`, `以内`…, null when none. */
  qualifier: string | null;
  /** The year the sentence states for it, else its part's year, else null. */
  year: number | null;
  kind: FigureKind;
  /** Offsets of `raw` in the sentence text, [start, end). */
  start: number;
  end: number;
}

/** Where a sentence stands, for the figure's year and kind. */
export interface FigureContext {
  /** Anchor id of the sentence; figure ids are `<sentenceId>-f<k>`. */
  sentenceId: string;
  /** Year of the part the sentence stands in, null when unknown. */
  partYear: number | null;
  /** Kind of that part: figures in a plan are targets unless the sentence says otherwise. */
  partKind: 'summary' | 'plan' | 'challenges' | 'other';
}

/** Units of measure, longest first so `人次` wins over `人`. */
const UNITS = [
  '个百分点', '百分点', '平方公里', '平方米', '人次', '家次', '件次', '例次', '台次', '户次',
  '人份', '课时', '学时', '公里', '千米', '千克', '公斤', '周岁', '分钟', '小时',
  '吨', '元', '人', '名', '位', '张', '个', '家', '所', '间', '项', '次', '例', '件', '条',
  '支', '辆', '台', '套', '床', '篇', '期', '场', '宗', '份', '处', '批', '种', '座', '户',
  '倍', '㎡', '%', '‰', '岁', '天', '秒', '分', '/10万', '/十万', '/万',
];

/** A unit followed by one of these characters is the start of a word, not a unit (`1000万人才`). */
const UNIT_WORD_GUARDS: Readonly<Record<string, string>> = {
  人: '才员群口民工类体身大事力文性居际寿均格物心',
  家: '庭属长乡园',
  个: '月体性案',
  元: '旦素件',
  项: '目',
  床: '位日头边',
  天: '然门津河',
  位: '于置列居次移数',
  名: '单称义',
  次: '数序日要级',
  条: '件例款',
  处: '理置罚方长',
  所: '有属在以谓',
  座: '谈位',
  场: '所景地',
  期: '间限待望',
  批: '准复评',
  种: '植类子',
  户: '籍口型',
  台: '账阶风',
  间: '隔断接',
  份: '额子',
  倍: '数',
};

/** Units that describe an attribute when a noun follows (`65岁以上老人`, `24小时值班`). */
const ATTRIBUTE_UNITS = new Set(['岁', '周岁', '分钟', '小时', '天', '秒', '分']);
/** Units that make a preceding `前`/`后` a rank (`前10名`). */
const RANK_UNITS = new Set(['名', '位']);
const CHANGE_UNITS = new Set(['个百分点', '百分点']);

const PREFIX_QUALIFIERS = [
  '不低于', '不少于', '不超过', '不高于', '不足', '不到', '超过', '多于', '少于', '低于',
  '高于', '大于', '小于', '将近', '接近', '至少', '最少', '最多', '近', '约', '逾', '超', '≥', '≤', '>', '<',
].sort((a, b) => b.length - a.length);
/** Characters that, before a one-character qualifier, make it part of another word (`预约`, `最近`). */
const PREFIX_QUALIFIER_GUARDS: Readonly<Record<string, string>> = {
  近: '最附亲靠就邻',
  约: '预签节契邀相条公履违合集制',
  超: '赶',
};
const SUFFIX_QUALIFIER = /^\s*(及以上|以上|以下|以内|之内|左右)/;
const SUFFIX_QUALIFIER_TIME = /^\s*(及以上|以上|以下|以内|之内|左右|内)/;
const INFIX_QUALIFIER = '余|多';

/** Words between a name and its value that only introduce the value; stripped from names. */
const CONNECTIVES = [
  '分别达到', '分别提高到', '分别提高至', '分别为', '分别是', '分别达', '分别', '均达到', '均保持在',
  '均达', '均为', '均', '已达到', '已达', '达到了', '达到', '达', '为', '是', '增至', '增加至',
  '增加到', '增长至', '增长到', '增长了', '提高至', '提高到', '提高了', '提升至', '提升到',
  '提升了', '上升至', '上升到', '升至', '升到', '降至', '降到', '下降至', '下降到', '下降了',
  '降低至', '降低到', '降低了', '减少至', '减少到', '减少了', '缩短至', '缩短到', '缩短了',
  '延长至', '保持在', '保持', '控制在', '稳定在', '维持在', '巩固在', '持续', '突破', '累计',
  '共计', '合计', '总计', '现有', '共有', '已有', '建有', '设有', '拥有', '共', '同比增长',
  '同比下降', '同比提高', '同比减少', '同比增加', '同比缩短', '同比上升', '同比降低', '同比',
  '环比', '增长', '下降', '提高', '提升', '缩短', '降低', '增加', '减少', '上升', '延长', '增幅',
  '降幅', '净增', '净减', '的', '各', '可达', '在',
].sort((a, b) => b.length - a.length);
/** `较2018年`: the base a change is measured from, not a name. */
const COMPARISON_BASE = /^(?:较|比|与)(?:\d{4}年|上年|去年)?(?:同期)?(?:相比)?$/;
const LEADING_NAME_NOISE = /^(?:\d{4}年(?:度|底|末)?|\d{1,2}月(?:\d{1,2}日)?(?:起)?|力争|争取|确保|预计|其中|并且|并|且|同时|以及|另外|此外|含|包括|其)+/;

/** A change: a difference verb right before the value (`同比增长9.63%`, `缩短4分20秒`). */
const CHANGE_BEFORE =
  /(?:增长|增加|提高|提升|上升|下降|降低|减少|缩短|延长|增幅|降幅|增速|净增|净减|回落|高出|多出|低出)了?(?:分别)?(?:为|达)?\s*$/;
/** Characters before the trailing spaces that hold any match of CHANGE_BEFORE (it has at most 6), so only they are tested. */
const CHANGE_REACH = 12;
/** Forward-looking words that make a figure outside a plan part a target. */
const FORWARD = /力争|争取(?!到)|预计|拟(?!定)|目标(?:是|为|值)/;
/** `到2025年`: forward-looking when the year is after the part's year. */
const BY_YEAR = /到\s*(\d{4})\s*年/g;
/** Words that make a figure inside a plan part a present level, not a target (same clause). */
const PRESENT = ['现有', '目前', '截至', '截止', '已有', '已经', '现已'];
/** After a year in its clause: a starting point (`1991年…以来`), not the year of what follows. */
const SINCE = ['以来', '至今'];
/** Right after a year: a starting point (`2020年度3月起`). */
const STARTING = /^\s*(?:度\s*)?(?:\d{1,2}月(?:\d{1,2}日)?\s*)?(?:起|开始|以前|以后)/;
/** Right before a year in its clause: a comparison base or a starting point (`较2018年`, `自2020年`). */
const BASE_BEFORE = '较比与同自从';
/** The only words that may precede a year that opens its clause (`截至2023年底`), spaces aside. */
const OPENING = ['截至', '截止', '到', '至', '在', '于', '全年', '其中'];

/** Delimiters of names: a name never runs across these. */
const NAME_STOP = new Set([...',;:。!?|…\n\t ', '\r']);
/** Nouns that end the modifier of a shared name (`0-3岁儿童` + `中医健康管理率`). */
const GROUP_NOUNS = [
  '老年人', '老人', '婴幼儿', '儿童', '婴儿', '孕产妇', '妇女', '学生', '患者', '人群', '居民',
  '城区', '农村', '城市', '医院', '机构', '人口', '家庭', '地区', '乡镇', '社区',
];
/** Heads of indicator names a list can share (`高血压、糖尿病规范管理率`). */
const SHARED_HEADS = [
  '规范管理率', '健康管理率', '管理率', '就诊率', '签约率', '覆盖率', '接种率', '死亡率', '发生率',
  '人数', '比例', '占比', '时间', '水平', '寿命', '率', '数', '量',
].sort((a, b) => b.length - a.length);

const UNIT_SOURCE = UNITS.map(escapeRegex).join('|');
const TOKEN = new RegExp(
  [
    String.raw`(?<cm>\d+)\s*分钟?\s*(?<cs>\d+)\s*秒`,
    String.raw`(?<ch>\d+)\s*小时\s*(?<chm>\d+)\s*分钟?`,
    String.raw`(?<num>${DIGITS_SOURCE})(?:\s*(?<sep>[-~—–至到])\s*(?<num2>${DIGITS_SOURCE}))?` +
      String.raw`(?<in1>${INFIX_QUALIFIER})?(?<mult>${MULTIPLIER_SOURCE})?(?<in2>${INFIX_QUALIFIER})?` +
      String.raw`(?:\s*(?<unit>${UNIT_SOURCE}))?`,
  ].join('|'),
  'g',
);

/** Quote, title and bracket pairs whose content names something rather than stating figures. */
const MASK_PAIRS: ReadonlyArray<[string, string]> = [
  ['“', '”'], ['‘', '’'], ['《', '》'], ['〈', '〉'], ['「', '」'], ['『', '』'], ['〔', '〕'], ['"', '"'],
];
const MASK_PATTERNS = [
  /(?:索引号|文号|电话|联系电话|传真|邮编|邮政编码)\s*(?::\s*)?[\w\-/〔〕[\]()]+/g,
  /\d{3,4}-\d{7,8}|(?<!\d)1[3-9]\d{9}(?!\d)/g,
];
/**
 * Web and e-mail addresses. The name part of an e-mail address is only tried where a run of its
 * characters starts: tried from every position, a long run of letters or digits without `@`
 * would be rescanned from each of them.
 */
const ADDRESS = /https?:\/\/\S+|www\.\S+|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+/g;
/** An e-mail address starting right where the previous address ended, inside its run (`a@b.cn-c@d.cn`). */
const GLUED_EMAIL = /[\w.+-]+@[\w-]+\.[\w.]+/y;
const EMAIL_NAME_CHAR = /[\w.+-]/;
/** Longest text inside a bracket that a name may include (`(含)`, `(助理)`). */
const MAX_NAME_BRACKET = 8;

interface Token {
  start: number;
  end: number;
  value: number;
  upperValue?: number;
  unit: string | null;
  qualifier: string | null;
  /** Prefix-less start: where the digits begin. */
  digitsStart: number;
  /** Qualifier written before the digits, for list propagation. */
  hasPrefix: boolean;
  hasSuffix: boolean;
}

interface YearMark {
  /** Position from which the year applies. */
  from: number;
  /** Position up to which it applies. */
  to: number;
  year: number | null;
}

/** Extract every figure the sentence states, in order of position. */
export function extractFigures(sentence: string, ctx: FigureContext): Figure[] {
  const text = foldWidth(sentence);
  // Every figure has Arabic digits; most sentences have none and need no masking or scanning.
  if (!/\d/.test(text)) return [];
  const masked = maskRanges(text);
  const tokens = scanTokens(text, masked);
  if (tokens.length === 0) return [];
  const clauses = new Clauses(text);
  const lists = groupLists(text, tokens);
  const years = tokenYears(tokens, yearMarks(text, masked, clauses), ctx.partYear);
  const outlook = sentenceOutlook(text, ctx.partYear);
  const figures: Figure[] = [];

  let index = 0;
  for (const list of lists) {
    const first = list[0];
    const names = listNames(text, masked, list, index > 0 ? tokens[index - 1].end : 0);
    const kind = figureKind(text, clauses, first, list, ctx, outlook);
    const last = list[list.length - 1];
    if (list.length > 1 && last.hasSuffix) {
      const shared = last.qualifier;
      for (const t of list) if (t.qualifier === null) t.qualifier = shared;
    }
    list.forEach((t, i) => {
      const year = years[index++];
      figures.push({
        id: '',
        name: names[i],
        subject: null,
        raw: sentence.slice(t.start, t.end),
        value: t.value,
        ...(t.upperValue !== undefined ? { upperValue: t.upperValue } : {}),
        unit: t.unit,
        qualifier: t.qualifier,
        year,
        kind,
        start: t.start,
        end: t.end,
      });
    });
  }
  figures.sort((a, b) => a.start - b.start);
  const lead = figures.length > 0 ? leadClause(text, clauses, figures[0].start) : null;
  figures.forEach((f, i) => {
    f.id = `${ctx.sentenceId}-f${i + 1}`;
    f.subject = i === 0 ? null : lead;
  });
  return figures;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const isCjk = (ch: string | undefined) => ch !== undefined && /[\u3400-\u9fff]/.test(ch);

/** Offsets covered by quotes, titles, document numbers, URLs and phone numbers. */
function maskRanges(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  const cover = (from: number, to: number) => mask.fill(1, from, to);
  for (const [open, close] of MASK_PAIRS) {
    let from = text.indexOf(open);
    while (from !== -1) {
      const to = text.indexOf(close, from + 1);
      if (to === -1) break;
      cover(from, to + 1);
      from = text.indexOf(open, to + 1);
    }
  }
  for (const pattern of MASK_PATTERNS) {
    for (const m of text.matchAll(pattern)) cover(m.index, m.index + m[0].length);
  }
  for (let from = 0, m = nextAddress(text, 0); m; m = nextAddress(text, from)) {
    from = m.index + m[0].length;
    cover(m.index, from);
  }
  return mask;
}

/** The first address at or after `from`, as a scan with the unguarded e-mail pattern would find it. */
function nextAddress(text: string, from: number): RegExpExecArray | null {
  if (from > 0 && EMAIL_NAME_CHAR.test(text[from - 1])) {
    GLUED_EMAIL.lastIndex = from;
    const glued = GLUED_EMAIL.exec(text);
    if (glued) return glued;
  }
  ADDRESS.lastIndex = from;
  return ADDRESS.exec(text);
}

function scanTokens(text: string, masked: Uint8Array): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const g = m.groups ?? {};
    let start = m.index;
    let end = start + m[0].length;
    if (masked[start]) continue;
    const before = text[start - 1];
    // Part of a code, a decimal, a ratio or a clock time: `H7N9`, `2021-374107`, `1:1`.
    if (before !== undefined && /[A-Za-z0-9_/.#:\-]/.test(before)) continue;

    let value: number;
    let upperValue: number | undefined;
    let unit: string | null;
    let infix: string | null = null;
    if (g.cm !== undefined) {
      value = Number(g.cm) * 60 + Number(g.cs);
      unit = '秒';
    } else if (g.ch !== undefined) {
      value = Number(g.ch) * 60 + Number(g.chm);
      unit = '分钟';
    } else {
      unit = g.unit === '/十万' ? '/10万' : (g.unit ?? null);
      const afterUnit = text[end];
      if (unit !== null && afterUnit !== undefined && UNIT_WORD_GUARDS[unit]?.includes(afterUnit)) {
        end = start + m[0].slice(0, m[0].length - unit.length).trimEnd().length;
        unit = null;
      }
      if (unit === '分' && !/^(?:$|[\s,;:。!?、)和及与或以左])/.test(text.slice(end, end + 1))) continue;
      const mult = g.mult ?? null;
      if (unit === null && mult === null) continue;
      infix = g.in1 ?? g.in2 ?? null;
      value = quantity(g.num, mult);
      if (g.num2 !== undefined) upperValue = quantity(g.num2, mult);
    }

    const after = text[end];
    if (unit === null && after !== undefined && /[A-Za-z0-9]/.test(after)) continue;
    const prevChar = text.slice(Math.max(0, start - 8), start).trimEnd().slice(-1);
    // Ordinals and denominators: `第2名`, `每10万人口`.
    if (prevChar === '第' || prevChar === '每') continue;
    if ((prevChar === '前' || prevChar === '后') && (unit === null || RANK_UNITS.has(unit))) continue;
    // Programme names: `26项行动`.
    if (/^(?:行动|工程)/.test(text.slice(end, end + 2))) continue;

    const digitsStart = start;
    let qualifier: string | null = infix;
    let hasPrefix = false;
    const headStart = Math.max(0, start - 12);
    const head = text.slice(headStart, start).replace(/\s+$/, '');
    for (const q of PREFIX_QUALIFIERS) {
      if (!head.endsWith(q)) continue;
      const pos = headStart + head.length - q.length;
      const guard = PREFIX_QUALIFIER_GUARDS[q];
      if (guard && pos > 0 && guard.includes(text[pos - 1])) continue;
      if (masked[pos]) continue;
      qualifier = q + (qualifier ?? '');
      start = pos;
      hasPrefix = true;
      break;
    }
    let hasSuffix = false;
    const isAttributeUnit = unit !== null && ATTRIBUTE_UNITS.has(unit);
    const suffix = (isAttributeUnit ? SUFFIX_QUALIFIER_TIME : SUFFIX_QUALIFIER).exec(text.slice(end, end + 8));
    if (suffix) {
      qualifier = qualifier ? `${qualifier}…${suffix[1]}` : suffix[1];
      end += suffix[0].length;
      hasSuffix = true;
    }
    // `65岁以上老人`, `0-3岁儿童`, `24小时值班`: an attribute of what follows, not a figure.
    if (isAttributeUnit) {
      const next = text.slice(end).trimStart()[0];
      if (isCjk(next) && !'和及与或'.includes(next)) continue;
    }

    tokens.push({
      start,
      end,
      value,
      ...(upperValue !== undefined ? { upperValue } : {}),
      unit,
      qualifier,
      digitsStart,
      hasPrefix,
      hasSuffix,
    });
  }
  return tokens;
}

/** Consecutive tokens separated only by `、`/`和`/`及`/`与`: values of one list. */
function groupLists(text: string, tokens: Token[]): Token[][] {
  const lists: Token[][] = [];
  for (const t of tokens) {
    const current = lists[lists.length - 1];
    const prev = current?.[current.length - 1];
    if (prev && !prev.hasSuffix && !t.hasPrefix && /^\s*(?:、|和|及|与|以及|或)\s*$/.test(text.slice(prev.end, t.start))) {
      current.push(t);
    } else {
      lists.push([t]);
    }
  }
  return lists;
}

/** The name run before a list (back to `floor`, the end of the figure before it), split over its values when it names several. */
function listNames(text: string, masked: Uint8Array, list: Token[], floor: number): (string | null)[] {
  const first = list[0];
  const found = nameRun(text, first.start, floor);
  const runStart = found.start;
  // Right after another figure, a joining word belongs to the enumeration (`1名和…11人`).
  const run = runStart === floor && floor > 0 ? found.run.replace(/^(?:和|及|与|以及|、)/, '') : found.run;
  if (list.length === 1) {
    // A single value belongs to the last item of an enumeration (`机构16家、托位684个`).
    let cut = run.length;
    while (cut > 0 && !(run[cut - 1] === '、' && !masked[runStart + cut - 1])) cut--;
    return [cleanName(run.slice(cut))];
  }
  const parts = splitNames(run, list.length);
  if (!parts) return list.map(() => null);
  return distributeHead(parts).map(cleanName);
}

/** Text before `pos` back to a delimiter, connectives in front of the value removed. */
function nameRun(text: string, pos: number, floor: number): { start: number; run: string } {
  let end = pos;
  while (end > floor && /\s/.test(text[end - 1])) end--;
  let stripped = true;
  while (stripped) {
    stripped = false;
    for (const c of CONNECTIVES) {
      if (end - c.length >= floor && text.slice(end - c.length, end) === c) {
        end -= c.length;
        stripped = true;
        break;
      }
    }
    while (end > floor && /\s/.test(text[end - 1])) end--;
  }
  let start = end;
  while (start > floor) {
    const ch = text[start - 1];
    if (ch === ')') {
      // Its `(`, looked for only as far back as a bracket a name may include reaches.
      const reach = Math.max(floor, start - MAX_NAME_BRACKET - 2);
      const at = text.slice(reach, start - 1).lastIndexOf('(');
      const open = at === -1 ? -1 : reach + at;
      const inner = open === -1 ? '' : text.slice(open + 1, start - 1);
      if (open === -1 || inner.length > MAX_NAME_BRACKET || /\d/.test(inner)) break;
      start = open;
      continue;
    }
    if (ch === '(' || NAME_STOP.has(ch)) break;
    start--;
  }
  return { start, run: text.slice(start, end) };
}

function cleanName(name: string): string | null {
  const cleaned = name.replace(LEADING_NAME_NOISE, '').replace(COMPARISON_BASE, '').trim();
  return cleaned === '' ? null : cleaned;
}

function splitNames(run: string, n: number): string[] | null {
  for (const sep of [/、|以及|和|与|及(?!以上)/, /、|和/, /、/]) {
    const parts = run.split(sep).filter((p) => p !== '');
    if (parts.length === n) return parts;
  }
  return null;
}

/** `高血压`, `糖尿病规范管理率` → `高血压规范管理率`, `糖尿病规范管理率`. */
function distributeHead(parts: string[]): string[] {
  const last = parts[parts.length - 1];
  let head: string | null = null;
  let bestEnd = Infinity;
  for (const noun of GROUP_NOUNS) {
    const at = last.indexOf(noun);
    const end = at + noun.length;
    if (at !== -1 && end < last.length && end < bestEnd) {
      bestEnd = end;
      head = last.slice(end);
    }
  }
  if (head === null) head = SHARED_HEADS.find((h) => last.endsWith(h) && h.length < last.length) ?? null;
  if (head === null) return parts;
  const h = head;
  return parts.map((p, i) => (i === parts.length - 1 || p.endsWith(h.slice(-1)) ? p : p + h));
}

/**
 * A list's kind: `change` when a difference verb leads into it in its clause (`同比增长`, `缩短`,
 * `较…提高`) or its unit is `个百分点`; else `target` in a plan part (unless its clause says
 * `目前`/`现有`…) or in a sentence with `力争`/`预计`/`目标是`/`到<later year>年`; else `actual`.
 */
function figureKind(text: string, clauses: Clauses, first: Token, list: Token[], ctx: FigureContext, outlook: FigureKind): FigureKind {
  if (list.some((t) => t.unit !== null && CHANGE_UNITS.has(t.unit))) return 'change';
  const clauseStart = clauses.start(first.start);
  const { to } = clauses.leadSpan(first.start);
  if (CHANGE_BEFORE.test(text.slice(Math.max(clauseStart, to - CHANGE_REACH), first.start))) return 'change';
  if (ctx.partKind === 'plan') return clauses.hasBefore(PRESENT, first.start) ? 'actual' : 'target';
  return outlook;
}

/** Outside a plan, a sentence with `力争`/`预计`/`目标是`/`到<later year>年` states targets: read once per sentence, not per figure. */
function sentenceOutlook(text: string, partYear: number | null): FigureKind {
  if (FORWARD.test(text)) return 'target';
  const ahead = partYear !== null && [...text.matchAll(BY_YEAR)].some((m) => Number(m[1]) > partYear);
  return ahead ? 'target' : 'actual';
}

/**
 * Years the sentence states and where they apply. A year opening its clause (`2019年全人群…`)
 * applies to the rest of the sentence; one inside a clause (`力争2022年…`) to that clause only;
 * comparison bases (`较2018年`) and starting points (`1991年…以来`, `自2020年…起`) apply to none.
 * `去年`/`上年` open a clause whose year is unknown here.
 */
function yearMarks(text: string, masked: Uint8Array, clauses: Clauses): YearMark[] {
  const marks: YearMark[] = [];
  const pattern = /(?<![\d\-~—–])(\d{4})\s*年(?!\s*[-~—–])|(?<![较比与同])(?:去年|上年|前年)/g;
  for (const m of text.matchAll(pattern)) {
    if (masked[m.index]) continue;
    const year = m[1] !== undefined ? Number(m[1]) : null;
    if (year !== null && (year < 1949 || year > 2100)) continue;
    const after = m.index + m[0].length;
    const clauseEnd = clauses.end(after);
    // The clause text before the year, spaces around it left out.
    const lead = clauses.leadSpan(m.index);
    if (lead.to > lead.from && BASE_BEFORE.includes(text[lead.to - 1])) continue;
    if (clauses.hasAfter(SINCE, after) || STARTING.test(text.slice(after, clauseEnd))) continue;
    const opens = lead.to <= lead.from || OPENING.includes(text.slice(lead.from, lead.to));
    marks.push({ from: m.index, to: opens ? text.length : clauseEnd, year });
  }
  return marks;
}

/** The clause text right before `pos`, trimmed; null when empty. */
function leadClause(text: string, clauses: Clauses, pos: number): string | null {
  const clause = text.slice(clauses.start(pos), pos).trim();
  return clause === '' ? null : clause;
}

/**
 * The year of each token (tokens and marks in text order): that of the latest-starting mark whose
 * range covers the token's digits, else the part's year. One sweep: a mark ended before one token
 * has ended for every later token too.
 */
function tokenYears(tokens: Token[], marks: YearMark[], partYear: number | null): (number | null)[] {
  const started: YearMark[] = [];
  let next = 0;
  return tokens.map(({ digitsStart: pos }) => {
    while (next < marks.length && marks[next].from <= pos) started.push(marks[next++]);
    while (started.length > 0 && started[started.length - 1].to < pos) started.pop();
    return started.length > 0 ? started[started.length - 1].year : partYear;
  });
}
