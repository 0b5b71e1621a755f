/**
 * Links of the built site: every internal link and `#anchor` resolves to a built file and an element
 * id, and no page needs anything from another origin to render (scripts, styles, fonts, images).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { attr, elements, fileOf, listFiles, listPages, readPage, SITE_ORIGIN, urlOf } from '../helpers/dist.ts';
import { cssReferences, referencesOf } from '../helpers/references.ts';

const dist = inject('distDir');

/** Element ids of a built HTML file (and `a[name]`, which browsers also scroll to). */
const idCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    ids = new Set();
    for (const el of elements(readPage(dist, file))) {
      const id = attr(el, 'id');
      if (id) ids.add(id);
      if (el.tagName === 'a' && attr(el, 'name')) ids.add(attr(el, 'name')!);
    }
    idCache.set(file, ids);
  }
  return ids;
}

/** What is wrong with an internal URL seen on `fromUrl`, or null when it resolves. */
function problemOf(url: URL, requiresAnchor: boolean): string | null {
  const file = fileOf(dist, url.pathname);
  if (!file) {
    const asFolder = fileOf(dist, `${url.pathname}/`);
    return asFolder ? `no file (folder link without the trailing /: ${url.pathname}/)` : 'no such file in dist';
  }
  if (!url.hash || !requiresAnchor) return null;
  if (url.hash === '#') return 'empty #fragment';
  if (!file.endsWith('.html')) return null;
  const id = decodeURIComponent(url.hash.slice(1));
  return idsOf(file).has(id) ? null : `no element with id "${id}" in ${file}`;
}

const pages = listPages(dist);
const problems: { internal: string[]; external: string[] } = { internal: [], external: [] };
let checked = 0;

beforeAll(() => {
  for (const file of pages) {
    const pageUrl = new URL(urlOf(file), SITE_ORIGIN);
    for (const ref of referencesOf(readPage(dist, file))) {
      let url: URL;
      try {
        url = new URL(ref.value, pageUrl);
      } catch {
        problems.internal.push(`${file}: ${ref.where}="${ref.value}" is not a URL`);
        continue;
      }
      if (url.protocol === 'javascript:') {
        problems.internal.push(`${file}: ${ref.where}="${ref.value}" uses javascript:`);
      } else if (url.protocol === 'data:' || url.protocol === 'mailto:' || url.protocol === 'tel:') {
        // self-contained or handled by another program
      } else if (url.origin === SITE_ORIGIN) {
        checked++;
        const problem = problemOf(url, true);
        if (problem) problems.internal.push(`${file}: ${ref.where}="${ref.value}" → ${problem}`);
      } else if (ref.subresource) {
        problems.external.push(`${file}: ${ref.where}="${ref.value}" is fetched from another origin`);
      }
    }
  }
  for (const file of listFiles(dist).filter((f) => f.endsWith('.css'))) {
    const cssUrl = new URL(urlOf(file), SITE_ORIGIN);
    for (const value of cssReferences(readFileSync(path.join(dist, file), 'utf8'))) {
      const url = new URL(value, cssUrl);
      if (url.protocol === 'data:') continue;
      if (url.origin !== SITE_ORIGIN) problems.external.push(`${file}: url(${value}) is fetched from another origin`);
      else {
        checked++;
        const problem = problemOf(url, false);
        if (problem) problems.internal.push(`${file}: url(${value}) → ${problem}`);
      }
    }
  }
});

describe(`links of the built site (${pages.length} pages)`, () => {
  test('the build has pages with internal links', () => {
    expect(pages.length).toBeGreaterThan(1);
    expect(checked).toBeGreaterThan(pages.length);
  });

  test('every internal link and #anchor resolves to a built file and an element id', () => {
    expect(problems.internal.slice(0, 40), `${problems.internal.length} broken`).toEqual([]);
  });

  test('no script, style, font, image or icon comes from another origin', () => {
    expect(problems.external.slice(0, 40), `${problems.external.length} external`).toEqual([]);
  });
});
