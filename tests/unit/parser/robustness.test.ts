/**
 * Property tests of the parser on text it has not seen: the five seeds and a few generated reports,
 * randomly damaged (lines deleted, duplicated, shuffled; punctuation swapped between half and full
 * width; title removed; truncated mid-sentence; hard-wrapped; stray numbering, years, units or odd
 * spaces inserted; re-encoded as GB18030 or UTF-16; random bytes inserted).
 *
 * Whatever the input, `parseReport` either returns or throws `ReportError`, and what it returns is
 * read off the text it was given: a city whose name (or 索引号 division code) is in the text, years
 * written as digits in the text, figures whose `raw` is in their sentence and whose sentence is in the
 * text, with a value that the digits of `raw` state.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeText, type TextEncodingName } from '../../../scripts/bench/encodings.ts';
import { generateReport, type GeneratedReport } from '../../../scripts/bench/generate.ts';
import { decode } from '../../../src/lib/parser/decode.ts';
import { ReportError } from '../../../src/lib/model/errors.ts';
import { normalize } from '../../../src/lib/parser/normalize.ts';
import { parseReport } from '../../../src/lib/parser/index.ts';
import type { Report } from '../../../src/lib/model/report.ts';

const SEEDS = readdirSync('seeds')
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ name: f, text: readFileSync(path.join('seeds', f), 'utf8') }));
/** Generated reports in formats the seeds lack: single line, GB18030 with a metadata table, CRLF with full width. */
const GENERATED = [3, 7, 0, 2].map((i) => generateReport(i, 1)).map((r) => ({ name: r.file, text: r.text }));
const BASES = [...SEEDS, ...GENERATED];

const HALF = ',:;()!?.%';
const FULL = '，：；（）！？．％';

/** A text mutation, parameterised by random integers used modulo the text's size. */
type Mutation =
  | { op: 'delete' | 'duplicate' | 'swap'; a: number; b: number }
  | { op: 'width'; a: number; count: number }
  | { op: 'untitle' }
  | { op: 'truncate'; a: number }
  | { op: 'crlf' }
  | { op: 'wrap'; width: number }
  | { op: 'insert'; a: number; token: number };

/** Fragments a careless copy inserts: numbering, years, units, separators, odd spaces. */
const TOKENS = ['一、', '(一)', '1.', '①', '2023年', '年', '市', '县', '%', '万', '。', '“', '》', ' | ', '\u00a0', '\u3000', '\t', '\n', '\u200b', '附件:', '索引号'];

function mutate(text: string, m: Mutation): string {
  const lines = text.split('\n');
  switch (m.op) {
    case 'delete':
      lines.splice(m.a % lines.length, 1 + (m.b % 3));
      return lines.join('\n');
    case 'duplicate': {
      const i = m.a % lines.length;
      lines.splice(m.b % (lines.length + 1), 0, lines[i]);
      return lines.join('\n');
    }
    case 'swap': {
      const i = m.a % lines.length;
      const j = m.b % lines.length;
      [lines[i], lines[j]] = [lines[j], lines[i]];
      return lines.join('\n');
    }
    case 'width': {
      // Swap `count` punctuation marks, from a random one on, between half and full width.
      const chars = [...text];
      let left = m.count;
      for (let k = 0; k < chars.length && left > 0; k++) {
        const i = (m.a + k) % chars.length;
        const h = HALF.indexOf(chars[i]);
        const f = FULL.indexOf(chars[i]);
        if (h >= 0) chars[i] = FULL[h];
        else if (f >= 0) chars[i] = HALF[f];
        else continue;
        left--;
      }
      return chars.join('');
    }
    case 'untitle': {
      const first = lines.findIndex((l) => l.trim() !== '');
      if (first >= 0) lines.splice(first, 1);
      return lines.join('\n');
    }
    case 'truncate':
      return [...text].slice(0, m.a % Math.max(1, [...text].length)).join('');
    case 'crlf':
      return text.replace(/\r?\n/g, '\r\n');
    case 'wrap':
      // Hard-wrapped copies (from PDF or print views) break lines every `width` characters.
      return lines.map((l) => [...l].reduce((out, ch, i) => out + (i > 0 && i % m.width === 0 ? '\n' : '') + ch, '')).join('\n');
    case 'insert': {
      const at = m.a % (text.length + 1);
      return text.slice(0, at) + TOKENS[m.token % TOKENS.length] + text.slice(at);
    }
  }
}

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constantFrom('delete', 'duplicate', 'swap'), a: fc.nat(), b: fc.nat() }),
  fc.record({ op: fc.constant('width'), a: fc.nat(), count: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ op: fc.constant('untitle') }),
  fc.record({ op: fc.constant('truncate'), a: fc.nat() }),
  fc.record({ op: fc.constant('crlf') }),
  fc.record({ op: fc.constant('wrap'), width: fc.integer({ min: 20, max: 80 }) }),
  fc.record({ op: fc.constant('insert'), a: fc.nat(), token: fc.nat() }),
) as fc.Arbitrary<Mutation>;

const caseArb = fc.record({
  base: fc.nat({ max: BASES.length - 1 }),
  mutations: fc.array(mutationArb, { maxLength: 5 }),
  encoding: fc.constantFrom<TextEncodingName>('utf-8', 'utf-8', 'utf-8-bom', 'gb18030', 'gb18030', 'utf-16le-bom', 'utf-16be-bom', 'utf-16le'),
  noise: fc.array(fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }), { maxLength: 6 }),
});

type CaseSpec = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;
type Case = { source: string; text: string; bytes: Uint8Array; noisy: boolean; encoding: TextEncodingName };

function build(c: CaseSpec): Case {
  const base = BASES[c.base];
  const text = c.mutations.reduce(mutate, base.text);
  const clean = encodeText(text, c.encoding);
  const bytes = Array.from(clean);
  for (const { at, byte } of c.noise) bytes.splice(at % (bytes.length + 1), 0, byte);
  return { source: `mutated/${base.name}`, text, bytes: new Uint8Array(bytes), noisy: c.noise.length > 0, encoding: c.encoding };
}

/** The text as the parser's own normalisation spells it, without any whitespace (line joins, indents). */
const canon = (s: string): string => normalize(s).replace(/\s+/g, '');

/** Every number written in `raw` (thousands separators dropped). */
const numbersIn = (raw: string): number[] =>
  [...normalize(raw).replace(/(\d),(?=\d{3}(?!\d))/g, '$1').matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));

/** True when `value` is what the digits of `raw` say: a number times 千/万/百万/千万/亿/万亿, or a duration. */
function statedBy(value: number, raw: string): boolean {
  const numbers = numbersIn(raw);
  const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  const scaled = numbers.some((n) => [1, 1e3, 1e4, 1e6, 1e7, 1e8, 1e12].some((s) => close(n * s, value)));
  const duration = numbers.length >= 2 && close(numbers.reduce((acc, n) => acc * 60 + n, 0), value);
  return scaled || duration;
}

/** Checks that everything the report states is read off `given` (the decoded input). */
function checkReadOffText(report: Report, given: string): void {
  const text = canon(given);
  const where = report.source;
  const { place } = report;
  if (place.city !== null) {
    const named = text.includes(place.city) || (place.divisionCode !== null && text.includes(place.divisionCode));
    expect(named, `${where}: city ${place.city} (${place.divisionCode}) is not in the text`).toBe(true);
  }
  const years = [report.reviewYear, report.planYear, ...report.parts.map((p) => p.year)];
  if (report.meta.publishedAt) years.push(Number(report.meta.publishedAt.slice(0, 4)));
  for (const part of report.parts) {
    for (const block of part.blocks) {
      if (block.type !== 'paragraph') continue;
      for (const sentence of block.sentences) {
        expect(text.includes(canon(sentence.text)), `${where}: sentence ${sentence.id} is not in the text: ${sentence.text.slice(0, 80)}`).toBe(true);
        for (const f of sentence.figures) {
          expect(sentence.text.slice(f.start, f.end), `${where}: figure ${f.id} offsets`).toBe(f.raw);
          expect(statedBy(f.value, f.raw), `${where}: figure ${f.id} value ${f.value} is not stated by “${f.raw}”`).toBe(true);
          if (f.upperValue !== undefined) expect(statedBy(f.upperValue, f.raw), `${where}: figure ${f.id} upper value`).toBe(true);
          years.push(f.year);
        }
      }
    }
  }
  for (const y of years) {
    if (y !== null) expect(text.includes(String(y)), `${where}: year ${y} is not written in the text`).toBe(true);
  }
}

/** Every character the report keeps (titles, headings, sentences, stripped lines), as `canon` spells them. */
function keptText(report: Report): string {
  const parts = report.parts.flatMap((p) =>
    p.blocks.map((b) => (b.type === 'paragraph' ? b.sentences.map((s) => s.text).join('') : b.type === 'heading' ? b.label + b.title : b.text)),
  );
  return canon([...parts, ...report.stripped.map((s) => s.text)].join(''));
}

/** Character counts of a text; ` | ` separators of single-line copies (seed 000) are layout, not content. */
function characterCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of text) if (c !== '|') counts.set(c, (counts.get(c) ?? 0) + 1);
  return counts;
}

/**
 * A few bytes of GB18030 can be valid UTF-8 too (`(一` is `28 D2 BB`, which UTF-8 reads as `(һ`), so
 * the encoding of a text is only determined once there is enough of it: 20 characters here.
 */
const long = (text: string): boolean => canon(text).length >= 20;

/** Runs the parser on a case: its report, or null after checking that it refused with a ReportError. */
function parseOrRefuse(c: Case): Report | null {
  try {
    return parseReport(c.bytes, { source: c.source });
  } catch (error) {
    if (!(error instanceof ReportError)) throw error;
    expect(error.message).toContain(c.source);
    return null;
  }
}

describe('the no-invention check itself', () => {
  const seed = SEEDS[0];
  const parsed = (): Report => parseReport(new Uint8Array(Buffer.from(seed.text)), { source: seed.name });
  const firstFigure = (r: Report) =>
    r.parts.flatMap((p) => p.blocks).flatMap((b) => (b.type === 'paragraph' ? b.sentences : [])).find((s) => s.figures.length)!.figures[0];

  it('passes the report of an intact seed', () => {
    expect(() => checkReadOffText(parsed(), seed.text)).not.toThrow();
  });

  it('catches a city, a year or a figure value the text does not state', () => {
    const city = parsed();
    city.place = { ...city.place, city: '北京', divisionCode: '110000' };
    expect(() => checkReadOffText(city, seed.text)).toThrow(/city 北京/);
    const year = parsed();
    year.reviewYear = 1999;
    expect(() => checkReadOffText(year, seed.text)).toThrow(/year 1999/);
    const value = parsed();
    firstFigure(value).value *= 10;
    expect(() => checkReadOffText(value, seed.text)).toThrow(/value/);
    const raw = parsed();
    firstFigure(raw).raw = '99.99%';
    expect(() => checkReadOffText(raw, seed.text)).toThrow(/offsets/);
  });
});

describe('parser robustness on damaged reports', () => {
  it('throws nothing but ReportError and states only what the text says', () => {
    fc.assert(
      fc.property(caseArb, (spec) => {
        const c = build(spec);
        const report = parseOrRefuse(c);
        if (report) checkReadOffText(report, decode(c.bytes, c.source).text);
      }),
      { numRuns: Number(process.env.ROBUSTNESS_RUNS ?? 150) },
    );
  });

  it('loses no character: every one is in a title, heading, sentence or stripped line', () => {
    fc.assert(
      fc.property(caseArb, (spec) => {
        const c = build(spec);
        const report = parseOrRefuse(c);
        if (!report) return;
        const given = characterCounts(canon(decode(c.bytes, c.source).text));
        const kept = characterCounts(keptText(report));
        const lost = [...given].filter(([ch, n]) => (kept.get(ch) ?? 0) < n).map(([ch, n]) => `${JSON.stringify(ch)}×${n - (kept.get(ch) ?? 0)}`);
        const added = [...kept].filter(([ch, n]) => (given.get(ch) ?? 0) < n).map(([ch]) => JSON.stringify(ch));
        expect(lost, `${c.source}: characters lost`).toEqual([]);
        expect(added, `${c.source}: characters added`).toEqual([]);
      }),
      { numRuns: Number(process.env.ROBUSTNESS_RUNS ?? 150) },
    );
  });

  it('decodes clean bytes to the text that was encoded, or refuses them', () => {
    fc.assert(
      fc.property(caseArb, (spec) => {
        const c = build({ ...spec, noise: [] });
        fc.pre(long(c.text));
        let decoded: string;
        try {
          decoded = decode(c.bytes, c.source).text;
        } catch (error) {
          expect(error).toBeInstanceOf(ReportError);
          return;
        }
        expect(decoded.replace(/^\ufeff/, ''), `${c.source} as ${c.encoding}`).toBe(c.text);
      }),
      { numRuns: Number(process.env.ROBUSTNESS_RUNS ?? 150) },
    );
  });

  it('reads the same report from every encoding of the same text', () => {
    fc.assert(
      fc.property(fc.nat({ max: BASES.length - 1 }), fc.array(mutationArb, { maxLength: 3 }), (base, mutations) => {
        const text = mutations.reduce(mutate, BASES[base].text);
        fc.pre(long(text));
        const results = (['utf-8', 'gb18030', 'utf-16le-bom'] as const).map((encoding) => {
          try {
            const r = parseReport(encodeText(text, encoding), { source: 'same.txt' });
            return JSON.stringify({ place: r.place, years: [r.reviewYear, r.planYear], kind: r.kind, parts: r.parts });
          } catch (error) {
            if (!(error instanceof ReportError)) throw error;
            return `ReportError`;
          }
        });
        // GB18030 may be refused when too little text is left to recognise it; otherwise all agree.
        const accepted = results.filter((r) => r !== 'ReportError');
        expect(results[0]).toBe(results[2]);
        expect(new Set(accepted).size).toBeLessThanOrEqual(1);
      }),
      { numRuns: Math.ceil(Number(process.env.ROBUSTNESS_RUNS ?? 150) / 4) },
    );
  });
});

/** Reports from scripts/bench/generate.ts, whose author and years are known (`truth`). */
describe('generated reports', () => {
  const parsed: { g: GeneratedReport; r: Report }[] = [];
  beforeAll(() => {
    for (let i = 0; i < 500; i++) {
      const g = generateReport(i, 1);
      parsed.push({ g, r: parseReport(g.bytes, { source: g.file }) });
    }
  });

  it('are placed at the authority that wrote them, or unknown: never its prefecture or another place', () => {
    const wrong = parsed
      .filter(({ g, r }) => r.place.divisionCode !== null && r.place.divisionCode !== g.truth.place.code)
      .map(({ g, r }) => `${g.file}: ${g.truth.place.fullName} read as ${r.place.fullName} (${r.place.basis})`);
    expect(wrong).toEqual([]);
  });

  it('have the review and plan years they were written for, or unknown: a review is never read as a plan', () => {
    const differs = (got: number | null, wanted: number | null): boolean => got !== null && got !== wanted;
    const wrong = parsed
      .filter(({ g, r }) => differs(r.reviewYear, g.truth.reviewYear) || differs(r.planYear, g.truth.planYear))
      .map(({ g, r }) => `${g.file}: ${g.truth.kind} ${g.truth.reviewYear}/${g.truth.planYear} read as ${r.kind} ${r.reviewYear}/${r.planYear} (${r.basis.kind})`);
    expect(wrong).toEqual([]);
  });
});
