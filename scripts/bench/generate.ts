/**
 * Synthetic corpus for the benchmark: N reports recombined from the five real seeds, each written by a
 * real place from the gazetteer in a plausible year, in the formats real copies come in.
 *
 * Deterministic: report i of corpus seed s is the same bytes whatever N is, so a corpus of 1,000 is the
 * first 1,000 files of a corpus of 5,000.
 *
 * CLI: `npx tsx scripts/bench/generate.ts --n 200 [--seed 1] --out /tmp/bench-corpus`
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeText, type TextEncodingName } from './encodings.ts';
import { loadMaterial, type Material, type MaterialKind, type Piece, type Section } from './material.ts';
import { benchPlaces, type BenchPlace } from './places.ts';
import { createRng, type Rng } from './rng.ts';

export type GeneratedKind = 'summary' | 'plan' | 'summary+plan';
export type GeneratedEncoding = Extract<TextEncodingName, 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le-bom'>;

/** How a report was laid out and written, so a failure can be traced to a format. */
export interface GeneratedFormat {
  /** `parts`: 一、2023年工作总结 …(一); `topics`: 一、<topic> …(一), 001/004 style; `flat`: only (一), like 003. */
  layout: 'parts' | 'topics' | 'flat';
  /** How the title names the report; `none` when there is no title line. */
  title: 'full' | 'agency-year' | 'year-only' | 'slogan' | 'none';
  header: 'none' | 'table' | 'web' | 'breadcrumb';
  tail: 'none' | 'related' | 'chrome';
  fullWidth: boolean;
  singleLine: boolean;
  crlf: boolean;
  indent: '' | '  ' | '\u3000\u3000' | '\u00a0\u00a0';
  encoding: GeneratedEncoding;
}

/** What the generator put into a report (what a correct parser should find where the text says it). */
export interface GeneratedTruth {
  place: BenchPlace;
  /** Publisher as written in the header, e.g. `乐清市卫生健康局`. */
  agency: string;
  reviewYear: number | null;
  planYear: number | null;
  kind: GeneratedKind;
  /** YYYY-MM-DD. */
  publishedAt: string;
}

export interface GeneratedReport {
  /** File name in the corpus folder, e.g. `g00042_3fa2…txt`. */
  file: string;
  /** The text before encoding. */
  text: string;
  bytes: Uint8Array;
  format: GeneratedFormat;
  truth: GeneratedTruth;
}

const CN_NUM = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'];
const FIRST_YEAR = 2018;
const YEAR_SLOTS = 8; // 2018–2025
/** Units after which a number is a figure worth perturbing (not a heading number or a date). */
const FIGURE = /(?<![\d.])(\d+(?:\.\d+)?)(?=%|‰|万|亿|个|张|人|岁|家|元|次|所|项|名|台|例|处|天|吨|倍|公里|平方米|床|支|场|件|批)/g;

const permutations = new Map<number, Uint32Array>();

/** Distinct (place, year) slots in a seeded order, so no two reports of a corpus collide. */
function slotOrder(corpusSeed: number, places: number): Uint32Array {
  let order = permutations.get(corpusSeed);
  if (!order) {
    const rng = createRng(corpusSeed, 0x5eed);
    order = new Uint32Array(places * YEAR_SLOTS).map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rng.next() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    permutations.set(corpusSeed, order);
  }
  return order;
}

/** Moves a seed piece to the generated place, year and figures. */
class Transplant {
  private readonly names: Map<string, string>;
  private readonly namePattern: RegExp;
  /** The seeds' prefecture names without 市 (`金华`), before which a 市 is the prefecture's. */
  private readonly prefectureNames: string[];

  constructor(
    private readonly material: Material,
    private readonly place: BenchPlace,
    private readonly rng: Rng,
  ) {
    this.names = new Map();
    for (const facts of Object.values(material.facts)) {
      for (const n of facts.city) this.names.set(n, n.endsWith('市') ? place.fullName : place.shortName);
      for (const n of facts.prefecture) {
        const pref = place.prefecture ?? place.shortName;
        this.names.set(n, n.endsWith('市') ? `${pref}市` : pref);
      }
      for (const n of facts.province) this.names.set(n, place.province);
    }
    this.prefectureNames = Object.values(material.facts).flatMap((f) => f.prefecture.filter((n) => !n.endsWith('市')));
    const alternatives = [...this.names.keys()].sort((a, b) => b.length - a.length);
    this.namePattern = new RegExp(alternatives.join('|'), 'g');
  }

  /** The piece's text in the generated place and year, figures perturbed. */
  text(text: string, piece: Piece, targetYear: number | null): string {
    const delta = piece.partYear !== null && targetYear !== null ? targetYear - piece.partYear : 0;
    let out = text.replace(/(?<!\d)20[12]\d(?!\d)/g, (y) => String(Number(y) + delta));
    if (this.place.suffix !== '市') {
      // The author's own 市 becomes its 县/区; a named prefecture's 市委 (`金华市委`) stays a 市.
      out = out
        .replace(/(我|全|本|该)市/g, `$1${this.place.suffix}`)
        .replace(/(?<![城都])市(?=委|政府|卫健|卫生健康|人民医院|中医院|疾控|妇幼)/g, (m, at: number) =>
          this.prefectureNames.some((p) => out.slice(0, at).endsWith(p)) ? m : this.place.suffix,
        );
    }
    out = out.replace(this.namePattern, (n) => this.names.get(n)!);
    return out.replace(FIGURE, (n) => this.perturb(n));
  }

  private perturb(raw: string): string {
    const decimals = raw.includes('.') ? raw.length - raw.indexOf('.') - 1 : 0;
    const value = Number(raw) * (0.9 + this.rng.next() * 0.2);
    // Rates stay rates: a perturbed 99.91% must not become 104%.
    const capped = Number(raw) <= 100 && value > 100 ? Number(raw) : value;
    const out = capped.toFixed(decimals);
    return Number(out) === 0 ? raw : out;
  }
}

interface Assembly {
  lines: string[];
  /** Lines that are headings (for the single-line dump, which ends each with `。`). */
  headings: Set<number>;
}

/** Lays the report body out from the material. */
function assembleBody(
  material: Material,
  rng: Rng,
  tp: Transplant,
  kind: GeneratedKind,
  layout: GeneratedFormat['layout'],
  review: number | null,
  plan: number | null,
  d1Sep: string,
): Assembly {
  const out: Assembly = { lines: [], headings: new Set() };
  const heading = (text: string): void => {
    out.headings.add(out.lines.length);
    out.lines.push(text);
  };
  const yearFor = (k: MaterialKind): number | null => (k === 'plan' ? plan : review);
  const pool = (k: MaterialKind): Section[] => material.sections.filter((s) => s.kind === k);
  const used = new Set<Section>();
  const takeSections = (k: MaterialKind, count: number): Section[] => {
    const picked = rng.sample(pool(k).filter((s) => !used.has(s)), count);
    for (const s of picked) used.add(s);
    return picked;
  };
  const intro = (k: MaterialKind): void => {
    const candidates = material.intros.filter((i) => i.kind === k);
    if (candidates.length === 0) return;
    const piece = rng.pick(candidates);
    out.lines.push(tp.text(piece.text, piece, yearFor(k)));
  };
  const section = (s: Section, n: number, itemSep: string): void => {
    const label = `(${CN_NUM[n]})`;
    const title = tp.text(s.title, s, yearFor(s.kind));
    if (s.inlineRest !== null) out.lines.push(`${label}${title}。${tp.text(s.inlineRest, s, yearFor(s.kind))}`);
    else heading(`${label}${title}`);
    for (const line of s.body) out.lines.push(tp.text(line, s, yearFor(s.kind)).replace(/^(\d{1,2})[.、．]/, `$1${itemSep}`));
  };
  const itemSep = rng.weighted([['.', 6], ['、', 3], ['．', 1]] as const);
  const partKinds: MaterialKind[] = kind === 'summary+plan' ? ['summary', 'plan'] : [kind];

  if (layout === 'parts') {
    const partTitles: Record<MaterialKind, (string | null)[]> = {
      summary: [`${review}年工作总结`, `${review}年工作回顾`, `${review}年工作成效`],
      plan: [`${plan}年工作重点`, `${plan}年工作安排`, `${plan}年工作思路`, `${plan}年工作要点`],
      challenges: ['当前面临的问题和挑战', '存在的问题与不足'],
    };
    const parts = kind === 'summary+plan' && rng.chance(0.3) ? (['summary', 'challenges', 'plan'] as const) : partKinds;
    parts.forEach((k, p) => {
      heading(`${CN_NUM[p]}${d1Sep}${rng.pick(partTitles[k])}`);
      intro(k);
      if (k === 'challenges') return;
      takeSections(k, rng.int(4, 9)).forEach((s, n) => section(s, n, itemSep));
    });
  } else if (layout === 'topics') {
    for (const k of partKinds) {
      if (kind === 'summary+plan') out.lines.push(k === 'plan' ? `${plan}年卫生健康工作要点` : `${review}年卫生健康工作总结`);
      intro(k);
      const topics = rng.sample(material.topics.filter((t) => t.kind === k), rng.int(2, 5));
      topics.forEach((t, p) => {
        heading(`${CN_NUM[p]}${d1Sep}${tp.text(t.title, t, yearFor(k)).replace(/。$/, '')}`);
        takeSections(k, rng.int(1, 4)).forEach((s, n) => section(s, n, itemSep));
      });
    }
  } else {
    if (rng.chance(0.5)) intro(partKinds[0]);
    takeSections(partKinds[0], rng.int(5, 10)).forEach((s, n) => section(s, n, itemSep));
  }
  return out;
}

const toFullWidth = (text: string): string =>
  text.replace(/[,:;!?()]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

const CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/**
 * A unified social credit code (GB 32100-2015) of a government agency (`11`) in the division: nine
 * random organisation digits and the standard's check character, as real 索引号 embed them.
 */
function creditCode(division: string, rng: Rng): string {
  const body = `11${division}${Array.from({ length: 9 }, () => rng.int(0, 9)).join('')}`;
  const sum = CREDIT_WEIGHTS.reduce((s, w, i) => s + CREDIT_CHARS.indexOf(body[i]) * w, 0);
  return body + CREDIT_CHARS[(31 - (sum % 31)) % 31];
}

/** Report `index` of the corpus seeded `corpusSeed`. */
export function generateReport(index: number, corpusSeed = 1): GeneratedReport {
  const material = loadMaterial();
  const places = benchPlaces();
  const rng = createRng(corpusSeed, index);
  const slot = slotOrder(corpusSeed, places.length)[index];
  if (slot === undefined) throw new Error(`bench: at most ${places.length * YEAR_SLOTS} distinct reports per corpus`);
  const place = places[Math.floor(slot / YEAR_SLOTS)];
  const year = FIRST_YEAR + (slot % YEAR_SLOTS);

  const kind = rng.weighted<GeneratedKind>([['summary', 35], ['plan', 25], ['summary+plan', 40]]);
  const review = kind === 'plan' ? null : year;
  const plan = kind === 'summary' ? null : kind === 'plan' ? year : year + 1;
  const published = `${(review ?? plan! - 1) + 1}-${pad(rng.int(1, 4))}-${pad(rng.int(1, 28))}`;
  const agencyLong = place.level === 'prefecture' || rng.chance(0.3) ? '卫生健康委员会' : '卫生健康局';
  const agencyShort = agencyLong === '卫生健康局' ? '卫健局' : '卫健委';
  const agency = `${place.fullName}${agencyLong}`;

  const format: GeneratedFormat = {
    layout: kind === 'summary+plan' ? rng.pick(['parts', 'topics'] as const) : rng.pick(['parts', 'topics', 'flat'] as const),
    title: rng.weighted([['full', 35], ['agency-year', 15], ['year-only', 15], ['slogan', 10], ['none', 25]] as const),
    header: rng.weighted([['none', 40], ['table', 20], ['web', 20], ['breadcrumb', 20]] as const),
    tail: rng.weighted([['none', 60], ['related', 20], ['chrome', 20]] as const),
    fullWidth: rng.chance(0.4),
    singleLine: rng.chance(0.1),
    crlf: rng.chance(0.2),
    indent: rng.weighted([['', 60], ['  ', 15], ['\u3000\u3000', 15], ['\u00a0\u00a0', 10]] as const),
    encoding: rng.weighted([['utf-8', 78], ['utf-8-bom', 5], ['gb18030', 14], ['utf-16le-bom', 3]] as const),
  };
  // The single-line dump (000) is a copy of the body only: no page header or footer.
  if (format.singleLine) Object.assign(format, { header: 'none', tail: 'none', indent: '' });
  const tp = new Transplant(material, place, rng);
  const d1Sep = rng.weighted([['、', 7], ['.', 2], ['．', 1]] as const);
  const body = assembleBody(material, rng, tp, kind, format.layout, review, plan, d1Sep);

  const docYear = kind === 'plan' ? `${plan}年工作要点` : kind === 'summary' ? `${review}年工作总结` : `${review}年工作总结和${plan}年工作重点`;
  const title = {
    full: `${agency}${docYear}`,
    'agency-year': `${place.fullName}${agencyShort}${docYear}`,
    'year-only': `${review ?? plan}年卫生健康${kind === 'plan' ? '工作要点' : '工作总结'}`,
    slogan: rng.pick(loadMaterial().slogans.length ? loadMaterial().slogans : ['凝心聚力推动卫生健康事业高质量发展']),
    none: null,
  }[format.title];

  const cnDate = published.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$1年$2月$3日');
  const time = `${pad(rng.int(8, 17))}:${pad(rng.int(0, 59))}`;
  const header: string[] = [];
  if (format.header === 'table') {
    const index = rng.chance(0.5)
      ? `MB${rng.int(1000000, 9999999)}/${published.slice(0, 4)}-${rng.int(1000, 99999)}`
      : `${creditCode(place.code, rng)}/${published.slice(0, 4)}-${rng.int(1000, 99999)}`;
    header.push('索引号', index, '分类', '卫生', '发布机构', agency, '发文日期', cnDate, '名称', title ?? `${agency}${docYear}`, '文号', '', '效力状态', '有效', '发布日期', cnDate, '');
    if (title) header.push(title, '');
    header.push(`发布时间:${published} ${time} 来源:${agency}`, '');
  } else if (format.header === 'web') {
    header.push(`${creditCode(place.code, rng)}/${published.slice(0, 4)}-${rng.int(100000, 999999)}`);
    header.push(`${place.suffix}卫生健康局`, published, '主动公开', `发布时间:${published} ${time}`, '访问次数:', '字体大小:大 中 小');
    if (title) header.push(title);
  } else if (format.header === 'breadcrumb') {
    header.push('首页 > 信息 > 计划总结', '');
    if (title) header.push(title, '');
    header.push(`时间:${published} 来源:本网`, '分享到:', '');
  } else if (title) {
    header.push(title);
  }
  const tail = { none: [], related: ['', '附件:', '相关稿件:'], chrome: ['', '附件:', '', '扫一扫在手机上查看当前页面', '', '我要打印 关闭窗口'] }[format.tail];

  let text: string;
  if (format.singleLine) {
    // 000 style: everything on one line, headings inline ending at their first 。
    const flat = body.lines.map((l, i) => (body.headings.has(i) && l.startsWith('(') ? `${l}。` : l));
    text = `${title ? `${title} |\n` : ''}${flat.join(' ')} |`;
    if (!title) format.crlf = false; // one line: no line ending to write
  } else {
    const blank = rng.chance(0.4);
    const lines = body.lines.map((l) => format.indent + l);
    text = [...header, ...(blank ? lines.flatMap((l) => [l, '']) : lines), ...tail].join('\n') + '\n';
  }
  if (format.fullWidth) text = toFullWidth(text);
  if (format.crlf) text = text.replace(/\n/g, '\r\n');

  const hash = Array.from({ length: 16 }, () => rng.int(0, 15).toString(16)).join('');
  return {
    file: `g${pad(index, 5)}_${hash}.txt`,
    text,
    bytes: encodeText(text, format.encoding),
    format,
    truth: { place, agency, reviewYear: review, planYear: plan, kind, publishedAt: published },
  };
}

/** Generates reports 0…n-1 of a corpus. */
export function* generateCorpus(n: number, corpusSeed = 1): Generator<GeneratedReport> {
  for (let i = 0; i < n; i++) yield generateReport(i, corpusSeed);
}

/**
 * Writes reports 0…n-1 into `dir` (created), refusing the repository's `seeds/` (real reports only).
 * `each` sees every report as it is written (the runner derives the baseline's markdown from it).
 */
export function writeCorpus(
  dir: string,
  n: number,
  corpusSeed = 1,
  each?: (report: GeneratedReport) => void,
): { files: number; bytes: number } {
  const target = path.resolve(dir);
  const seeds = path.resolve(fileURLToPath(new URL('../../seeds', import.meta.url)));
  if (target === seeds || target.startsWith(seeds + path.sep)) {
    throw new Error(`bench: refusing to write a synthetic corpus into ${seeds}; give a temporary folder`);
  }
  mkdirSync(target, { recursive: true });
  let bytes = 0;
  for (const report of generateCorpus(n, corpusSeed)) {
    writeFileSync(path.join(target, report.file), report.bytes);
    bytes += report.bytes.length;
    each?.(report);
  }
  return { files: n, bytes };
}

function main(argv: string[]): void {
  const arg = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const n = Number(arg('n') ?? 100);
  const out = arg('out');
  if (!out || !Number.isInteger(n) || n < 1) {
    console.error('usage: tsx scripts/bench/generate.ts --n <count> --out <folder> [--seed <int>]');
    process.exit(2);
  }
  const { files, bytes } = writeCorpus(out, n, Number(arg('seed') ?? 1));
  console.log(`wrote ${files} reports (${(bytes / 1e6).toFixed(1)} MB) to ${path.resolve(out)}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
