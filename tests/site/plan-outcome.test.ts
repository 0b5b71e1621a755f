/**
 * 承诺与兑现: the targets plans set, against what later reviews state. The seeds alone have no later
 * review, so the run's build gives only `unreported` rows; a temporary copy of the project adds
 * later reviews (and a plan with a ceiling, a 左右, a different-measure and a wording-silent target)
 * as editors' markdown reports — fixtures built there, never published — and the city page, the
 * indicator page and /data/plan-outcomes.json|csv must judge each target as its wording says.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { csvParseRows } from 'd3';
import type { Element } from 'hast';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PLAN_OUTCOME_COLUMNS, type PlanOutcomeRecord } from '../../src/lib/views/plan-outcome-downloads.ts';
import { attr, byClass, pageCache, SITE_ORIGIN, textOf, within } from '../helpers/dist.ts';
import { copyProject, type CommandResult, type ProjectCopy } from '../helpers/project-copy.ts';

const front = (title: string, years: string, kind: string) =>
  ['---', `title: ${title}`, 'copiedFrom: 测试夹具，虚构，不发布', 'divisionCode: "330382"', years, `kind: ${kind}`, '---', ''].join('\n');

/** 乐清's review of 2024: the seed's 2024 plan wants 县域就诊率 90%以上 (met) and 千人床位数 达到4.3张 (missed). */
const REVIEW_2024 = `${front('乐清市卫生健康局2024年工作总结（测试夹具）', 'reviewYear: 2024', 'summary')}
一、医疗服务能力稳步提升
(一)县域医共体建设。全市县域就诊率达到91.20%,千人床位数达到4.10张。
`;
/** A 2025 plan: a ceiling, a 左右 target below which the actual stays, a target only a different measure answers, a wording-silent one. */
const PLAN_2025 = `${front('乐清市卫生健康局2025年工作要点（测试夹具）', 'planYear: 2025', 'plan')}
一、保障母婴安全
(一)守牢母婴安全底线。婴儿死亡率控制在3‰以下,人均预期寿命达到81.60岁左右。
二、提升服务质量
(一)改善就医体验。检查检验结果互认率达到95%,基层就诊率保持在80%。
`;
const REVIEW_2025 = `${front('乐清市卫生健康局2025年工作总结（测试夹具）', 'reviewYear: 2025', 'summary')}
一、母婴安全
(一)母婴安全底线守牢。全市婴儿死亡率2.10‰,人均预期寿命81.20岁。
二、服务质量
(一)就医体验持续改善。调阅后平均互认率达97%,基层就诊率80.50%。
`;

/** What each fixture target must come to: indicator and year → status, actual as written, how it was read. */
const EXPECTED = [
  { indicator: 'county-visit-rate', year: 2024, status: 'met', actual: '91.20%', rule: 'at-least', basis: '原文“以上”', label: '已达成' },
  { indicator: 'beds-per-1000', year: 2024, status: 'missed', actual: '4.10张', rule: 'at-least', basis: '原文“达到”', label: '未达成' },
  { indicator: 'infant-mortality', year: 2025, status: 'met', actual: '2.10‰', rule: 'at-most', basis: '原文“以下”', label: '已达成' },
  { indicator: 'life-expectancy', year: 2025, status: 'met', actual: '81.20岁', rule: 'about', basis: '原文“左右”', label: '已达成' },
  { indicator: 'test-mutual-recognition-rate', year: 2025, status: 'unreported', actual: null, rule: 'at-least', basis: '原文“达到”', label: '尚无结果' },
  { indicator: 'primary-care-visit-rate', year: 2025, status: 'met', actual: '80.50%', rule: 'at-least', basis: '指标越高越好（原文未写明）', label: '已达成' },
  // The seed's 2024 targets no fixture answers.
  { indicator: 'health-literacy', year: 2024, status: 'unreported', actual: null, rule: 'at-least', basis: '原文“达到”', label: '尚无结果' },
  { indicator: 'life-expectancy', year: 2024, status: 'unreported', actual: null, rule: 'at-least', basis: '原文“达到”', label: '尚无结果' },
] as const;

const readJson = (dist: string): PlanOutcomeRecord[] => JSON.parse(readFileSync(path.join(dist, 'data/plan-outcomes.json'), 'utf8'));
const hrefPath = (url: string) => {
  const u = new URL(url);
  return decodeURIComponent(u.pathname + u.hash);
};

/** A target by its sentence and its figure as written (a sentence may state several targets). */
const targetKey = (r: PlanOutcomeRecord) => `${hrefPath(r.target.url)} ${r.target.raw}`;

/** Checks that a record's links lead to sentences stating the values as written. */
function expectSentenceLinks(dist: string, records: readonly PlanOutcomeRecord[]) {
  const { reportTarget } = pageCache(dist);
  for (const r of records) {
    for (const side of [r.target, r.actual]) {
      if (!side) continue;
      expect(new URL(side.url).hash, side.url).toMatch(/^#s-\d+$/);
      const el = reportTarget('index.html', new URL(side.url).pathname + new URL(side.url).hash);
      if (typeof el === 'string') throw new Error(el);
      expect(textOf(el), side.url).toContain(side.raw);
    }
  }
}

describe('the seeds alone', () => {
  const dist = inject('distDir');
  const records = readJson(dist);

  it('list their plans’ targets, each unreported, linked to its sentence', () => {
    expect(records.length).toBeGreaterThan(3);
    expect(new Set(records.map((r) => r.status))).toEqual(new Set(['unreported']));
    expect(records.every((r) => r.actual === null)).toBe(true);
    expectSentenceLinks(dist, records);
  });

  it('say when the target’s year is the editors’ inference (海安’s plan states none)', () => {
    const haian = records.filter((r) => r.divisionCode === '320685');
    expect(haian.length).toBeGreaterThan(0);
    expect(haian.every((r) => r.yearInferred)).toBe(true);
    expect(records.filter((r) => r.divisionCode === '330382').every((r) => !r.yearInferred)).toBe(true);
    const { page } = pageCache(dist);
    const years = byClass(page('cities/haian/index.html'), 'outcome-year').map(textOf);
    expect(years.length).toBe(haian.length);
    for (const y of years) expect(y).toContain('编辑推断');
  });
});

describe('later reviews added to a copy of the project', () => {
  let copy: ProjectCopy;
  let build: CommandResult;
  beforeAll(async () => {
    copy = copyProject('plan-outcome');
    copy.write('content/reports/yueqing-review-2024-fixture.md', REVIEW_2024);
    copy.write('content/reports/yueqing-plan-2025-fixture.md', PLAN_2025);
    copy.write('content/reports/yueqing-review-2025-fixture.md', REVIEW_2025);
    build = await copy.build();
  }, 300_000);
  afterAll(() => copy?.dispose());

  const yueqing = () => readJson(copy.outDir).filter((r) => r.divisionCode === '330382');
  const recordOf = (e: (typeof EXPECTED)[number]) => {
    const found = yueqing().filter((r) => r.indicator === e.indicator && r.year === e.year);
    expect(found, `${e.indicator} ${e.year}`).toHaveLength(1);
    return found[0];
  };

  it('builds', () => {
    expect(build.code, build.output.slice(-2000)).toBe(0);
  });

  it('plan-outcomes.json judges each target by its wording: met, missed, ceiling, 左右, different measure, direction, unreported', () => {
    for (const e of EXPECTED) {
      const r = recordOf(e);
      expect({ status: r.status, actual: r.actual?.raw ?? null, rule: r.rule, basis: r.ruleBasis }, `${e.indicator} ${e.year}`).toEqual({
        status: e.status,
        actual: e.actual,
        rule: e.rule,
        basis: e.basis,
      });
      expect(r.city).toBe('乐清');
    }
    expectSentenceLinks(copy.outDir, yueqing());
  });

  it('never matches an actual from the plan itself: every actual comes from another report', () => {
    for (const r of yueqing()) if (r.actual) expect(new URL(r.actual.url).pathname).not.toBe(new URL(r.target.url).pathname);
  });

  it('plan-outcomes.csv has the same rows, flattened', () => {
    const text = readFileSync(path.join(copy.outDir, 'data/plan-outcomes.csv'), 'utf8');
    const [header, ...rows] = csvParseRows(text.replace(/^\uFEFF/, '').replace(/\r\n$/, ''));
    const json = readJson(copy.outDir);
    expect(rows).toHaveLength(json.length);
    expect(header).toEqual(PLAN_OUTCOME_COLUMNS.map((c) => c.header));
    const col = (key: string) => PLAN_OUTCOME_COLUMNS.findIndex((c) => c.key === key);
    rows.forEach((row, i) => {
      expect(row[col('status')]).toBe(json[i].status);
      expect(row[col('target.url')]).toBe(json[i].target.url);
      expect(row[col('actual.raw')]).toBe(json[i].actual?.raw ?? '');
    });
  });

  /** The rows of the outcome table on a page, by the path of their target link and the target as written. */
  const tableRows = (file: string) => {
    const { page } = pageCache(copy.outDir);
    const table = within(page(file), (e) => e.tagName === 'table' && attr(e, 'className') === 'plan-outcomes')[0];
    expect(table, file).toBeDefined();
    return new Map<string, Element>(
      within(table, (e) => e.tagName === 'tr' && attr(e, 'dataStatus') !== null).map((tr) => {
        const link = byClass(tr, 'outcome-target')[0];
        return [`${hrefPath(new URL(attr(link, 'href')!, SITE_ORIGIN).href)} ${textOf(link)}`, tr] as const;
      }),
    );
  };
  const expectRow = (tr: Element | undefined, e: (typeof EXPECTED)[number], r: PlanOutcomeRecord) => {
    expect(tr, `${e.indicator} ${e.year}`).toBeDefined();
    expect(attr(tr!, 'dataStatus')).toBe(e.status);
    expect(textOf(byClass(tr!, 'outcome-status')[0])).toBe(e.label);
    const actual = byClass(tr!, 'outcome-actual')[0];
    if (r.actual) expect(hrefPath(new URL(attr(actual, 'href')!, SITE_ORIGIN).href)).toBe(hrefPath(r.actual.url));
    else expect(actual).toBeUndefined();
  };

  it('the city page’s section #plan-outcome lists each target with the same status, both sentences linked', () => {
    const { page } = pageCache(copy.outDir);
    const section = within(page('cities/yueqing/index.html'), (e) => attr(e, 'id') === 'plan-outcome')[0];
    expect(section).toBeDefined();
    expect(textOf(section)).toContain('2%');
    const rows = tableRows('cities/yueqing/index.html');
    expect(rows.size).toBe(yueqing().length);
    for (const e of EXPECTED) {
      const r = recordOf(e);
      expectRow(rows.get(targetKey(r)), e, r);
    }
  });

  it('each indicator page lists its places’ targets beside the actual values', () => {
    for (const e of EXPECTED) {
      const r = recordOf(e);
      expectRow(tableRows(`compare/${e.indicator}/index.html`).get(targetKey(r)), e, r);
    }
  });
});
