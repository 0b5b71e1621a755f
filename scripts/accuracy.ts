/**
 * Real-world accuracy: parse every document of the public test set in tests/fixtures/real/ and
 * compare what the parser reads with what a person read by hand (the `.json` next to each `.txt`).
 *
 *   npm run --silent accuracy            table per document and in total (markdown)
 *   npm run --silent accuracy -- --json  the same as one JSON object
 *   npm run --silent accuracy -- --wrong also list every wrong field and missed figure
 *
 * Per document and field (place = division code, province, reviewYear, planYear, kind):
 * right (parser equals the hand reading, null = null included), unknown (parser null where the hand
 * reading has a value), wrong (anything else). The parser has no kind `other`, so negatives
 * (news, 信息公开年度报告) always count as wrong on kind. Figures: found = an expected figure whose raw
 * matches a parser figure's raw (equal, or one contains the other: the parser may keep or drop a
 * qualifier) with the same value; missed = the rest; wrongly taken = parser figures that are a
 * year, date, document number, phone number/postcode or rank (simple patterns, `takenAsFigure`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { figuresOf, type Report } from '../src/lib/model/index.ts';
import { parseReport } from '../src/lib/parser/index.ts';
import { simplifiedChar } from '../src/lib/script.ts';

export const REAL_DIR = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'tests', 'fixtures', 'real');

export type ExpectedKind = 'summary' | 'plan' | 'summary+plan' | 'other';

export interface ExpectedFigure {
  raw: string;
  value: number;
  unit: string | null;
  year: number | null;
}

export interface Expected {
  place: { fullName: string; province: string; divisionCode: string; level: 'province' | 'prefecture' | 'county' };
  reviewYear: number | null;
  planYear: number | null;
  kind: ExpectedKind;
  figures: ExpectedFigure[];
}

export interface RealFixture {
  /** File name without extension, e.g. `07-panyu`. */
  name: string;
  txtPath: string;
  text: string;
  url: string;
  retrieved: string;
  expected: Expected;
  notes: string;
}

/** Every `.txt` of the set with its `.json` (throws when one of a pair is missing). */
export function loadRealFixtures(dir = REAL_DIR): RealFixture[] {
  const files = readdirSync(dir);
  const names = [...new Set(files.filter((f) => /\.(txt|json)$/.test(f)).map((f) => f.replace(/\.(txt|json)$/, '')))].sort();
  return names.map((name) => {
    const txtPath = path.join(dir, `${name}.txt`);
    const jsonPath = path.join(dir, `${name}.json`);
    if (!files.includes(`${name}.txt`)) throw new Error(`${jsonPath} has no ${name}.txt`);
    if (!files.includes(`${name}.json`)) throw new Error(`${txtPath} has no ${name}.json`);
    const meta = JSON.parse(readFileSync(jsonPath, 'utf8')) as Omit<RealFixture, 'name' | 'txtPath' | 'text'>;
    return { name, txtPath, text: readFileSync(txtPath, 'utf8'), ...meta };
  });
}

export type WrongTaken = 'year' | 'date' | 'document number' | 'phone' | 'rank';

/**
 * Whether a parser figure is something that is not a figure: a year, a date or time, a document or
 * index number, a phone number or postcode, a rank. `before`/`after` are the sentence characters
 * around `raw`.
 */
export function takenAsFigure(raw: string, before: string, after: string): WrongTaken | null {
  const r = raw.trim();
  if (/^第/.test(r) || /第$/.test(before) || /(排名|名列|位列|位居)$/.test(before)) return 'rank';
  if (/〔|〕|\[|\]|号$/.test(r) || /[〔[]\d{4}[〕\]]$/.test(before) || /^号/.test(after) || /\d{6,}\/|\/\d{4}-\d+/.test(r)) {
    return 'document number';
  }
  if (/电话|热线|传真|邮编|邮政编码/.test(before.slice(-6)) || /^\(?0\d{2,3}\)?-?\d{7,8}$/.test(r) || /^1[3-9]\d{9}$/.test(r) || /^\d{7,8}$/.test(r)) {
    return 'phone';
  }
  if (/\d{4}-\d{1,2}-\d{1,2}|\d{1,2}:\d{2}|\d{1,2}月\d{1,2}日|^\d{1,2}月(份|底|末|初)?$|^\d{1,2}日$/.test(r) || /^(月|日)/.test(after)) return 'date';
  if (/^(19|20)\d{2}年?(度|底|末|初)?$/.test(r) || (/^(19|20)\d{2}$/.test(r.replace(/[^\d]/g, '')) && /^年/.test(after))) return 'year';
  return null;
}

export type Outcome = 'right' | 'unknown' | 'wrong';
export const FIELDS = ['place', 'province', 'reviewYear', 'planYear', 'kind'] as const;
export type Field = (typeof FIELDS)[number];

export interface DocScore {
  name: string;
  error: string | null;
  fields: Record<Field, { outcome: Outcome; expected: string | number | null; got: string | number | null }>;
  figuresExpected: number;
  found: ExpectedFigure[];
  missed: ExpectedFigure[];
  parserFigures: number;
  wronglyTaken: { raw: string; why: WrongTaken; sentence: string }[];
}

function outcome(expected: string | number | null, got: string | number | null): Outcome {
  if (got === expected) return 'right';
  return got === null ? 'unknown' : 'wrong';
}

/**
 * Raws match when one contains the other, read in Simplified: the parser turns a mirror's Traditional
 * back (parser/mirror.ts), so `43個` as the copy writes it is `43个` on the page.
 */
function rawMatches(expected: string, got: string): boolean {
  const want = [...expected].map(simplifiedChar).join('');
  return want === got || want.includes(got) || got.includes(want);
}

function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Compare one parsed report (or the error it threw) with the hand reading. */
export function scoreDocument(fixture: RealFixture, report: Report | null, error: string | null = null): DocScore {
  const e = fixture.expected;
  const got = {
    place: report?.place.divisionCode ?? null,
    province: report?.place.province ?? null,
    reviewYear: report?.reviewYear ?? null,
    planYear: report?.planYear ?? null,
    kind: report?.kind ?? null,
  };
  const want = {
    place: e.place.divisionCode,
    province: e.place.province,
    reviewYear: e.reviewYear,
    planYear: e.planYear,
    kind: e.kind,
  };
  const fields = Object.fromEntries(
    FIELDS.map((f) => [f, { outcome: outcome(want[f], got[f]), expected: want[f], got: got[f] }]),
  ) as DocScore['fields'];

  const parsed = report ? [...figuresOf(report)] : [];
  const found: ExpectedFigure[] = [];
  const missed: ExpectedFigure[] = [];
  for (const f of e.figures) {
    const hit = parsed.some(({ figure }) => rawMatches(f.raw, figure.raw) && sameValue(f.value, figure.value));
    (hit ? found : missed).push(f);
  }
  const wronglyTaken: DocScore['wronglyTaken'] = [];
  for (const { sentence, figure } of parsed) {
    const why = takenAsFigure(figure.raw, sentence.text.slice(Math.max(0, figure.start - 8), figure.start), sentence.text.slice(figure.end, figure.end + 4));
    if (why) wronglyTaken.push({ raw: figure.raw, why, sentence: sentence.text });
  }
  return {
    name: fixture.name,
    error,
    fields,
    figuresExpected: e.figures.length,
    found,
    missed,
    parserFigures: parsed.length,
    wronglyTaken,
  };
}

/** Parse one fixture; a thrown error is kept in the score, not rethrown. */
export function runFixture(fixture: RealFixture): { report: Report | null; score: DocScore } {
  try {
    const report = parseReport(readFileSync(fixture.txtPath), { source: path.relative(process.cwd(), fixture.txtPath) });
    return { report, score: scoreDocument(fixture, report) };
  } catch (err) {
    return { report: null, score: scoreDocument(fixture, null, err instanceof Error ? err.message : String(err)) };
  }
}

export interface Totals {
  documents: number;
  fields: Record<Field, Record<Outcome, number>>;
  right: number;
  unknown: number;
  wrong: number;
  figuresExpected: number;
  found: number;
  missed: number;
  wronglyTaken: number;
}

export function totals(scores: DocScore[]): Totals {
  const fields = Object.fromEntries(FIELDS.map((f) => [f, { right: 0, unknown: 0, wrong: 0 }])) as Totals['fields'];
  let right = 0;
  let unknown = 0;
  let wrong = 0;
  for (const s of scores) {
    for (const f of FIELDS) {
      const o = s.fields[f].outcome;
      fields[f][o]++;
      if (o === 'right') right++;
      else if (o === 'unknown') unknown++;
      else wrong++;
    }
  }
  return {
    documents: scores.length,
    fields,
    right,
    unknown,
    wrong,
    figuresExpected: scores.reduce((n, s) => n + s.figuresExpected, 0),
    found: scores.reduce((n, s) => n + s.found.length, 0),
    missed: scores.reduce((n, s) => n + s.missed.length, 0),
    wronglyTaken: scores.reduce((n, s) => n + s.wronglyTaken.length, 0),
  };
}

const MARK: Record<Outcome, string> = { right: '✓', unknown: '?', wrong: '✗' };

export function formatTable(scores: DocScore[]): string {
  const t = totals(scores);
  const lines = [
    '| document | place | province | reviewYear | planYear | kind | figures found / expected | missed | wrongly taken |',
    '|---|:-:|:-:|:-:|:-:|:-:|--:|--:|--:|',
  ];
  for (const s of scores) {
    const cells = FIELDS.map((f) => MARK[s.fields[f].outcome]);
    lines.push(`| ${s.name}${s.error ? ' (error)' : ''} | ${cells.join(' | ')} | ${s.found.length} / ${s.figuresExpected} | ${s.missed.length} | ${s.wronglyTaken.length} |`);
  }
  const tf = FIELDS.map((f) => `${t.fields[f].right}✓ ${t.fields[f].unknown}? ${t.fields[f].wrong}✗`);
  lines.push(`| **total (${t.documents})** | ${tf.join(' | ')} | ${t.found} / ${t.figuresExpected} | ${t.missed} | ${t.wronglyTaken} |`);
  const pct = (n: number, d: number) => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)}%`);
  const fieldsAll = t.right + t.unknown + t.wrong;
  lines.push('');
  lines.push(
    `Fields: ${t.right} right (${pct(t.right, fieldsAll)}), ${t.unknown} unknown, ${t.wrong} wrong of ${fieldsAll}. ` +
      `Figures: recall ${pct(t.found, t.figuresExpected)} (${t.found} of ${t.figuresExpected}), ${t.wronglyTaken} wrongly taken.`,
  );
  lines.push('✓ right, ? unknown (parser says null), ✗ wrong.');
  return lines.join('\n');
}

export function formatWrong(scores: DocScore[]): string {
  const out: string[] = [];
  for (const s of scores) {
    if (s.error) out.push(`${s.name}: parser error: ${s.error}`);
    for (const f of FIELDS) {
      const r = s.fields[f];
      if (r.outcome !== 'right') out.push(`${s.name}: ${f} ${r.outcome}: expected ${JSON.stringify(r.expected)}, got ${JSON.stringify(r.got)}`);
    }
    if (s.missed.length) out.push(`${s.name}: missed figures: ${s.missed.map((m) => m.raw).join(', ')}`);
    for (const w of s.wronglyTaken) out.push(`${s.name}: wrongly taken (${w.why}): ${w.raw}`);
  }
  return out.join('\n');
}

function main(argv: string[]): number {
  const scores = loadRealFixtures().map((f) => runFixture(f).score);
  if (argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify({ totals: totals(scores), documents: scores }, null, 2)}\n`);
    return 0;
  }
  process.stdout.write(`${formatTable(scores)}\n`);
  if (argv.includes('--wrong')) process.stdout.write(`\n${formatWrong(scores)}\n`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
