/**
 * The built HTML itself: valid (html-validate, standard rules), every page described for search engines
 * and link previews, the site files crawlers and feed readers expect, and the security rules a
 * static site can keep: a CSP on every page that needs no 'unsafe-inline' for scripts, no inline
 * script or event handler, no plain-http subresource, `rel="noopener"` on links leaving the site.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { attr, elements, fileOf, listFiles, listPages, readPage, SITE_ORIGIN, textOf, urlOf } from '../helpers/dist.ts';
import { htmlProblems } from '../helpers/html-validator.ts';
import { referencesOf } from '../helpers/references.ts';

const dist = inject('distDir');
const pages = listPages(dist);
const parsed = new Map(pages.map((file) => [file, readPage(dist, file)]));

/** Problems found on every page by `check`, as `file: problem` lines. */
function onEveryPage(check: (file: string, tree: ReturnType<typeof readPage>) => string[]): string[] {
  return pages.flatMap((file) => check(file, parsed.get(file)!).map((p) => `${file}: ${p}`));
}

/** The content of `<meta name=…>` or `<meta property=…>` (Open Graph uses property), or null. */
function meta(tree: ReturnType<typeof readPage>, key: string): string | null {
  const el = elements(tree, 'meta').find((m) => attr(m, 'name') === key || attr(m, 'property') === key);
  return el ? (attr(el, 'content')?.trim() ?? null) || null : null;
}

describe('HTML validity', () => {
  test(`all ${pages.length} pages are valid HTML`, async () => {
    const problems: string[] = [];
    for (const file of pages) problems.push(...(await htmlProblems(readFileSync(path.join(dist, file), 'utf8'), file)));
    expect(problems.slice(0, 40), `${problems.length} problems`).toEqual([]);
  });
});

describe('described for readers, search engines and link previews', () => {
  test('every page has a Chinese lang, one <h1>, a <title> and a meta description', () => {
    const problems = onEveryPage((_, tree) => {
      const out: string[] = [];
      const html = elements(tree, 'html')[0];
      if (!/^zh\b/.test(attr(html, 'lang') ?? '')) out.push(`<html lang> is "${attr(html, 'lang')}"`);
      const h1 = elements(tree, 'h1').length;
      if (h1 !== 1) out.push(`${h1} <h1>`);
      if (!textOf(elements(tree, 'title')[0] ?? { type: 'text', value: '' }).trim()) out.push('no <title>');
      if (!meta(tree, 'description')) out.push('no meta description');
      return out;
    });
    expect(problems).toEqual([]);
  });

  test('every page has Open Graph and Twitter card meta, og:url being the page itself', () => {
    const problems = onEveryPage((file, tree) => {
      const out: string[] = [];
      for (const key of ['og:title', 'og:description', 'og:type', 'og:url', 'og:locale', 'twitter:card'])
        if (!meta(tree, key)) out.push(`no ${key}`);
      const ogUrl = meta(tree, 'og:url');
      if (ogUrl && file !== '404.html' && new URL(ogUrl).href !== new URL(urlOf(file), SITE_ORIGIN).href)
        out.push(`og:url ${ogUrl} is not this page`);
      return out;
    });
    expect(problems).toEqual([]);
  });
});

describe('site files', () => {
  const files = listFiles(dist);

  test('a 404 page, robots.txt naming the sitemap, and a sitemap listing only built pages', () => {
    expect(files).toContain('404.html');
    const robots = readFileSync(path.join(dist, 'robots.txt'), 'utf8');
    const sitemapLine = /^Sitemap:\s*(\S+)/im.exec(robots);
    expect(sitemapLine, 'robots.txt has a Sitemap: line').not.toBeNull();
    const index = fileOf(dist, new URL(sitemapLine![1]).pathname);
    expect(index, `${sitemapLine![1]} is built`).not.toBeNull();

    // Follow the sitemap index to its sitemaps and their pages.
    const locs = (file: string) => [...readFileSync(path.join(dist, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    const pageUrls = locs(index!).flatMap((loc) => {
      const sitemap = fileOf(dist, new URL(loc).pathname);
      expect(sitemap, `${loc} is built`).not.toBeNull();
      return /<sitemapindex/.test(readFileSync(path.join(dist, sitemap!), 'utf8')) ? [] : locs(sitemap!);
    });
    const listed = /<sitemapindex/.test(readFileSync(path.join(dist, index!), 'utf8')) ? pageUrls : locs(index!);
    expect(listed.length).toBeGreaterThan(0);
    const unbuilt = listed.filter((loc) => !fileOf(dist, new URL(loc).pathname));
    expect(unbuilt).toEqual([]);
    expect(listed.some((loc) => /\/404/.test(loc)), 'the 404 page is not in the sitemap').toBe(false);
    expect(listed.every((loc) => new URL(loc).origin === SITE_ORIGIN)).toBe(true);
  });

  test('an RSS or Atom feed, announced on the home page, whose items are built pages', () => {
    const home = parsed.get('index.html')!;
    const feedLink = elements(home, 'link').find(
      (l) => attr(l, 'rel') === 'alternate' && /application\/(rss|atom)\+xml/.test(attr(l, 'type') ?? ''),
    );
    expect(feedLink, 'home page <link rel="alternate" type="application/rss+xml">').toBeDefined();
    const feedFile = fileOf(dist, new URL(attr(feedLink!, 'href')!, new URL(urlOf('index.html'), SITE_ORIGIN)).pathname);
    expect(feedFile).not.toBeNull();
    const xml = readFileSync(path.join(dist, feedFile!), 'utf8');
    expect(xml).toMatch(/<rss[\s>]|<feed[\s>]/);
    const links = [...xml.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>|<entry>[\s\S]*?<link[^>]*href="([^"]+)"/g)].map((m) => m[1] ?? m[2]);
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((l) => !fileOf(dist, new URL(l).pathname))).toEqual([]);
  });
});

describe('security', () => {
  test('every page has a Content-Security-Policy meta whose scripts need no unsafe-inline', () => {
    const problems = onEveryPage((_, tree) => {
      const meta = elements(tree, 'meta').find((m) => attr(m, 'httpEquiv')?.toLowerCase() === 'content-security-policy');
      if (!meta) return ['no CSP meta'];
      const policy = new Map(
        (attr(meta, 'content') ?? '')
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .filter((d) => d[0])
          .map(([name, ...values]) => [name.toLowerCase(), values]),
      );
      const scripts = policy.get('script-src') ?? policy.get('default-src');
      if (!scripts) return ['CSP without script-src or default-src'];
      const out: string[] = [];
      if (scripts.includes("'unsafe-inline'")) out.push("script-src allows 'unsafe-inline'");
      if (scripts.includes("'unsafe-eval'")) out.push("script-src allows 'unsafe-eval'");
      if (scripts.some((s) => s === '*' || /^https?:$/.test(s))) out.push(`script-src allows any host (${scripts.join(' ')})`);
      if (!policy.has('default-src')) out.push('CSP without default-src');
      if (!policy.has('object-src') && !(policy.get('default-src') ?? []).includes("'none'")) out.push('object-src not restricted');
      return out;
    });
    expect(problems).toEqual([]);
  });

  test('no inline <script> (JSON data aside) and no inline event handler', () => {
    const problems = onEveryPage((_, tree) => {
      const out: string[] = [];
      for (const script of elements(tree, 'script')) {
        const type = attr(script, 'type') ?? '';
        if (!attr(script, 'src') && !/json/.test(type)) out.push(`inline <script${type ? ` type="${type}"` : ''}> ${textOf(script).trim().slice(0, 60)}`);
      }
      for (const el of elements(tree))
        for (const key of Object.keys(el.properties)) if (/^on[A-Z]/.test(key)) out.push(`<${el.tagName} ${key.toLowerCase()}>`);
      return out;
    });
    expect(problems).toEqual([]);
  });

  test('no subresource over plain http, and every link opening a new tab or leaving the site has rel="noopener"', () => {
    const problems = onEveryPage((file, tree) => {
      const pageUrl = new URL(urlOf(file), SITE_ORIGIN);
      return referencesOf(tree).flatMap((ref) => {
        if (ref.subresource && /^http:/i.test(ref.value)) return [`${ref.where}="${ref.value}" over plain http`];
        if (ref.element.tagName !== 'a') return [];
        let url: URL;
        try {
          url = new URL(ref.value, pageUrl);
        } catch {
          return [];
        }
        const leaves = /^https?:$/.test(url.protocol) && url.origin !== SITE_ORIGIN;
        const newTab = attr(ref.element, 'target') === '_blank';
        const rel = (attr(ref.element, 'rel') ?? '').split(/\s+/);
        return (leaves || newTab) && !rel.includes('noopener') ? [`<a href="${ref.value}"> without rel="noopener"`] : [];
      });
    });
    expect(problems).toEqual([]);
  });

  test('the checks above saw real pages', () => {
    expect(pages).toContain('index.html');
    expect(existsSync(path.join(dist, 'index.html'))).toBe(true);
    expect(pages.length).toBeGreaterThan(5);
  });
});
