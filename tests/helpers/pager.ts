/**
 * The checks every paged view's pager must pass (topic pages, indicator pages): none on a single
 * page; else two navigations of different accessible names, each marking the current page with
 * aria-current and linking the previous and next pages with rel.
 */
import type { Element, Root } from 'hast';
import { expect } from 'vitest';
import { attr, hasClass, SITE_ORIGIN, textOf, urlOf, within } from './dist.ts';

/** Site-relative `pathname#hash` of a link on a page. */
export function linkTarget(fromFile: string, href: string): string {
  const url = new URL(href, new URL(urlOf(fromFile), SITE_ORIGIN));
  return decodeURIComponent(url.pathname + url.hash);
}

/** Check the pagers of one view's pages, `files` in page order. */
export function expectPagers(files: readonly string[], page: (file: string) => Root | Element): void {
  files.forEach((file, i) => {
    const navs = within(page(file), (e) => e.tagName === 'nav' && hasClass(e, 'pager'));
    if (files.length === 1) {
      expect(navs, file).toHaveLength(0);
      return;
    }
    expect(new Set(navs.map((n) => attr(n, 'ariaLabel'))).size, file).toBe(2);
    for (const nav of navs) {
      const links = within(nav, (e) => e.tagName === 'a');
      const current = links.filter((a) => attr(a, 'ariaCurrent') === 'page');
      expect(current.map((a) => linkTarget(file, attr(a, 'href')!)), file).toEqual([urlOf(file)]);
      const rel = (r: string) => links.filter((a) => attr(a, 'rel') === r).map((a) => linkTarget(file, attr(a, 'href')!));
      expect(rel('prev'), file).toEqual(i > 0 ? [urlOf(files[i - 1])] : []);
      expect(rel('next'), file).toEqual(i < files.length - 1 ? [urlOf(files[i + 1])] : []);
      const numbered = links.filter((a) => /^\d+$/.test(textOf(a))).map((a) => Number(textOf(a)));
      expect(numbered, file).toContain(1);
      expect(numbered, file).toContain(files.length);
    }
  });
}
