/**
 * The search syntax the search page's help states, on the built site in headless Chromium: a quoted
 * phrase (ASCII or Chinese quotes) finds the phrase with its space, `-词` leaves out what contains
 * it, and a query naming an indicator lists, apart and labelled below the exact results, the
 * records that write the indicator only under another of its names (content/indicators). Every
 * expectation is computed from the build's search records (tests/helpers/records.ts) and the indicator files.
 */
import { AxeBuilder } from '@axe-core/playwright';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readIndicatorFolder } from '../../src/lib/editorial/indicators.ts';
import { fold } from '../../src/lib/search/index.ts';
import { BASE } from '../helpers/dist.ts';
import { readRecords } from '../helpers/records.ts';
import { truthFor } from '../helpers/search-queries.ts';
import { startSession, type SiteSession } from '../helpers/site-session.ts';

const dist = inject('distDir');
const SEARCH = `${BASE}search/`;
const records = readRecords(dist);
const truth = truthFor(records);
const folded = records.map((r) => ({ url: r.url, text: fold(r.text) }));
const indicators = (await readIndicatorFolder(path.join(process.env.CONTENT_DIR ?? 'content', 'indicators'))).map((f) => f.data);

let session: SiteSession;
let page: Page;

beforeAll(async () => {
  session = await startSession(dist);
  ({ page } = await session.open(SEARCH));
});
afterAll(() => session?.close());

const search = (query: string) => page.evaluate(async (q) => (await window.reportSearch(q)).map((h) => h.url), query);
const sorted = (urls: string[]) => [...urls].sort();

/** A phrase of two two-character runs around a space (a line break) that fewer records have than both runs apart. */
function spacedPhrase(): string {
  for (const { text } of folded) {
    for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
      const [before, after] = [text.slice(i - 2, i), text.slice(i + 1, i + 3)];
      if (before.length < 2 || after.length < 2 || /[ "“”-]/.test(before + after)) continue;
      const found = truth(`"${before} ${after}"`).length;
      if (found > 0 && found < truth(`${before} ${after}`).length) return `${before} ${after}`;
    }
  }
  throw new Error('no record has a phrase with a space that others have only apart');
}

/** The two characters in the most records, and two more characters in about half of those. */
function termAndExclusion(): { term: string; excluded: string } {
  const pairs = (text: string) => new Set([...text].map((_, i) => text.slice(i, i + 2)).filter((b) => /^[\u4e00-\u9fff]{2}$/.test(b)));
  const count = (among: { text: string }[]) => {
    const counts = new Map<string, number>();
    for (const r of among) for (const b of pairs(r.text)) counts.set(b, (counts.get(b) ?? 0) + 1);
    return [...counts];
  };
  const [term] = count(folded).sort((a, b) => b[1] - a[1])[0];
  const having = folded.filter((r) => r.text.includes(term));
  const [excluded] = count(having)
    .filter(([b]) => !b.includes(term[0]) && !b.includes(term[1]))
    .sort((a, b) => Math.abs(a[1] - having.length / 2) - Math.abs(b[1] - having.length / 2))[0];
  return { term, excluded };
}

describe('quoted phrases and excluded terms', () => {
  test('a quoted phrase, in ASCII or Chinese quotes, finds the records with the phrase, its space included', async () => {
    const phrase = spacedPhrase();
    const expected = truth(`"${phrase}"`);
    expect(expected).toEqual(folded.filter((r) => r.text.includes(phrase)).map((r) => r.url));
    expect(sorted(await search(`"${phrase}"`))).toEqual(sorted(expected));
    expect(sorted(await search(`“${phrase}”`))).toEqual(sorted(expected));
    // Unquoted, the same words are two terms, found apart too.
    expect(sorted(await search(phrase))).toEqual(sorted(truth(phrase)));
    expect(truth(phrase).length).toBeGreaterThan(expected.length);
  });

  test('-词 leaves out the records containing it', async () => {
    const { term, excluded } = termAndExclusion();
    const all = truth(term);
    const without = all.filter((url) => !truth(`${term} ${excluded}`).includes(url));
    expect(without.length).toBeGreaterThan(0);
    expect(without.length).toBeLessThan(all.length);
    expect(truth(`${term} -${excluded}`)).toEqual(without);
    expect(sorted(await search(`${term} -${excluded}`))).toEqual(sorted(without));
    expect(sorted(await search(`${term} －“${excluded}”`))).toEqual(sorted(without));
    // A query of exclusions only finds nothing: there is no term to look for.
    expect(await search(`-${excluded}`)).toEqual([]);
  });

  test('the page states the syntax and does what its examples say', async () => {
    const { term, excluded } = termAndExclusion();
    const { page: p, trouble } = await session.open(`${SEARCH}?q=${encodeURIComponent(`${term} -${excluded}`)}`);
    try {
      const hint = await p.locator('#search-hint').innerText();
      const phraseExample = /"[^"\s]+ [^"\s]+"/.exec(hint)?.[0];
      const exclusionExample = /(?:^|\s)(-[^\s。；，]+)/.exec(hint)?.[1];
      expect(phraseExample, hint).toBeDefined();
      expect(exclusionExample, hint).toBeDefined();
      expect(hint).toContain('“…”');
      expect(sorted(await search(phraseExample!))).toEqual(sorted(truth(phraseExample!)));
      expect(sorted(await search(`${term} ${exclusionExample}`))).toEqual(sorted(truth(`${term} ${exclusionExample}`)));
      expect(truth(`${term} ${exclusionExample}`).length).toBeLessThan(truth(term).length);

      const expected = truth(`${term} -${excluded}`);
      await p.locator('#search-status', { hasText: `找到 ${expected.length} 条结果` }).waitFor();
      const links = await p.locator('#search-results .search-result__title').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(links).toHaveLength(Math.min(expected.length, 50));
      for (const link of links) expect(expected).toContain(link);
      expect(await trouble()).toEqual({ errors: [], requests: [], csp: [] });
    } finally {
      await p.close();
    }
  });
});

/**
 * An indicator name that some records contain and others write only under another of the
 * indicator's names; the other names, and the records found only under them.
 */
function nameWithSynonyms() {
  for (const def of indicators) {
    const names = [def.name, ...def.synonyms];
    for (const name of names) {
      const query = fold(name);
      const others = names.filter((n) => !fold(n).includes(query));
      const related = folded.filter((r) => !r.text.includes(query) && others.some((n) => r.text.includes(fold(n)))).map((r) => r.url);
      if (truth(name).length > 0 && related.length > 0) return { def, name, others, related };
    }
  }
  throw new Error('no indicator name is written otherwise in some records');
}

describe('results under another name of an indicator', () => {
  test('are listed apart, below the exact results, under a label naming the indicator and the other names', async () => {
    const { def, name, others, related } = nameWithSynonyms();
    const exact = truth(name);
    const { page: p, trouble } = await session.open(`${SEARCH}?q=${encodeURIComponent(name)}`);
    try {
      await p.locator('#search-status', { hasText: `找到 ${exact.length} 条结果。另有 ${related.length} 条` }).waitFor();
      // The exact results stay exactly those containing the query.
      const exactLinks = await p.locator('#search-results .search-result__title').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(exactLinks).toHaveLength(Math.min(exact.length, 50));
      for (const link of exactLinks) expect(exact).toContain(link);
      expect(sorted(await search(name))).toEqual(sorted(exact));

      const group = p.locator('#search-synonyms');
      expect(await group.isVisible()).toBe(true);
      expect(await group.locator('h2').innerText()).toContain(`其他说法写到的结果（${related.length} 条）`);
      const note = await group.locator('.search-synonyms__note').innerText();
      expect(note).toContain(`没有“${fold(name)}”字样`);
      for (const other of others) expect(note).toContain(other);
      expect(await group.locator('.search-synonyms__note a').getAttribute('href')).toBe(`${BASE}compare/${def.id}/`);
      expect(await group.locator('.search-synonyms__note a').innerText()).toBe(def.name);
      const relatedLinks = await group.locator('.search-result__title').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(relatedLinks).toHaveLength(Math.min(related.length, 50));
      expect(new Set(relatedLinks).size).toBe(relatedLinks.length);
      for (const link of relatedLinks) expect(related).toContain(link);
      for (const link of relatedLinks) expect(exact).not.toContain(link);
      // Each result marks the other name it writes.
      const marks = await group.locator('li').evaluateAll((items) => items.map((li) => [...li.querySelectorAll('mark')].map((m) => m.textContent!)));
      for (const marked of marks) expect(marked.some((m) => others.some((o) => fold(o).includes(fold(m))))).toBe(true);
      // Below the exact results.
      expect(await p.evaluate(() => document.querySelector('#search-results')!.compareDocumentPosition(document.querySelector('#search-synonyms')!) & Node.DOCUMENT_POSITION_FOLLOWING)).toBeTruthy();
      expect(await trouble()).toEqual({ errors: [], requests: [], csp: [] });
      // With both groups shown, axe finds nothing to fix (any impact).
      const { violations } = await new AxeBuilder({ page: p }).analyze();
      expect(violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    } finally {
      await p.close();
    }
  });

  test('are not offered for a query naming no indicator', async () => {
    const { term } = termAndExclusion();
    expect(indicators.some((def) => [def.name, ...def.synonyms].some((n) => fold(n) === term))).toBe(false);
    const { page: p } = await session.open(`${SEARCH}?q=${encodeURIComponent(term)}`);
    try {
      await p.locator('#search-status', { hasText: `找到 ${truth(term).length} 条结果` }).waitFor();
      expect(await p.locator('#search-status').innerText()).not.toContain('其他说法');
      expect(await p.locator('#search-synonyms').isVisible()).toBe(false);
    } finally {
      await p.close();
    }
  });
});
