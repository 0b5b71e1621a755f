/**
 * Reading a built site (the `dist` folder) for the site tests: which files are pages, which URL each
 * has, one page of every page type picked from what was built (never hard-coded ids), and parsed HTML.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/** The site's base path as the build used it, always with a trailing slash (e.g. `/reports-site/`). */
export const BASE = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

/** The site's origin as the build used it (astro.config's default when SITE_URL is unset). */
export const SITE_ORIGIN = new URL(process.env.SITE_URL ?? 'http://localhost:4321').origin;

/** Every file under `dir`, as paths relative to it with `/` separators, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const name of readdirSync(path.join(dir, rel)).sort()) {
      const child = rel ? `${rel}/${name}` : name;
      if (statSync(path.join(dir, child)).isDirectory()) walk(child);
      else out.push(child);
    }
  };
  walk('');
  return out;
}

/** Every HTML page of the build, relative to `dist`. */
export function listPages(dist: string): string[] {
  return listFiles(dist).filter((f) => f.endsWith('.html'));
}

/** URL path of a built file: `reports/x/index.html` → `/reports/x/` (with the base). */
export function urlOf(file: string, base = BASE): string {
  return base + file.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * The built file a URL path points at (relative to dist), or null when it leaves the site or nothing
 * is there. A folder URL must end in `/` (the site uses `trailingSlash: 'always'`).
 */
export function fileOf(dist: string, pathname: string, base = BASE): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (!decoded.startsWith(base)) return null;
  const rel = decoded.slice(base.length);
  const file = rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
  const full = path.resolve(dist, file);
  if (!full.startsWith(path.resolve(dist) + path.sep)) return null;
  try {
    return statSync(full).isFile() ? file : null;
  } catch {
    return null;
  }
}

/** The page types of the site, each with how to recognise its built file. */
export const PAGE_TYPES = [
  { type: 'home', label: '首页', match: /^index\.html$/ },
  { type: 'report', label: '报告页', match: /^reports\/[^/]+\/index\.html$/ },
  { type: 'city', label: '城市页', match: /^cities\/[^/]+\/index\.html$/ },
  { type: 'compare', label: '对比总览', match: /^compare\/index\.html$/ },
  { type: 'indicator', label: '指标对比页', match: /^compare\/[^/]+\/(?:\d+\/)?index\.html$/ },
  { type: 'topics', label: '主题总览', match: /^topics\/index\.html$/ },
  { type: 'topic', label: '主题页', match: /^topics\/[^/]+\/(?:\d+\/)?index\.html$/ },
  { type: 'search', label: '搜索页', match: /^search\/index\.html$/ },
  { type: 'data', label: '数据说明页', match: /^data\/index\.html$/ },
  { type: 'notFound', label: '404', match: /^404\.html$/ },
] as const;

export type PageType = (typeof PAGE_TYPES)[number]['type'];

/** A built page: its file relative to dist and its URL path. */
export interface BuiltPage {
  type: PageType;
  file: string;
  url: string;
}

/** Every built page of one type, in file order. */
export function pagesOfType(dist: string, type: PageType): BuiltPage[] {
  const { match } = PAGE_TYPES.find((t) => t.type === type)!;
  return listPages(dist)
    .filter((f) => match.test(f))
    .map((file) => ({ type, file, url: urlOf(file) }));
}

/**
 * One page of each type: the first in file order. Throws naming the types the build lacks, so a
 * test over all page types fails with a reason rather than passing on fewer pages.
 */
export function onePagePerType(dist: string): BuiltPage[] {
  const picked = PAGE_TYPES.map(({ type }) => pagesOfType(dist, type)[0]);
  const missing = PAGE_TYPES.filter((_, i) => !picked[i]).map((t) => `${t.type} (${t.label})`);
  if (missing.length) throw new Error(`the build has no page of type: ${missing.join(', ')}`);
  return picked as BuiltPage[];
}

/** Parse a built page. */
export function readPage(dist: string, file: string): Root {
  return fromHtml(readFileSync(path.join(dist, file), 'utf8'));
}

/** Pages of a build, each parsed once however often a test file reads it. */
export function pageCache(dist: string) {
  const parsed = new Map<string, Root>();
  /** The parsed page of a file relative to dist. */
  function page(file: string): Root {
    let tree = parsed.get(file);
    if (!tree) parsed.set(file, (tree = readPage(dist, file)));
    return tree;
  }
  /** The element a link on `fromFile` points at on a report page (`…/reports/<id>/#s-3-f1`), or why there is none. */
  function reportTarget(fromFile: string, href: string): Element | string {
    const url = new URL(href, new URL(urlOf(fromFile), SITE_ORIGIN));
    const file = fileOf(dist, url.pathname);
    if (!file) return `${href}: no such page`;
    if (!/^reports\/[^/]+\/index\.html$/.test(file)) return `${href}: not a report page`;
    const id = decodeURIComponent(url.hash.slice(1));
    const el = elements(page(file)).find((e) => attr(e, 'id') === id);
    return el ?? `${href}: no element #${id}`;
  }
  return { page, reportTarget };
}

/** Every element of a tree (document order), optionally only those with a tag name. */
export function elements(tree: Root | Element, tagName?: string): Element[] {
  const out: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    if (!tagName || node.tagName === tagName) out.push(node);
  });
  return out;
}

/** Elements of a tree (document order) that pass a test. */
export function within(tree: Root | Element, test: (e: Element) => boolean): Element[] {
  return elements(tree).filter(test);
}

/** Whether an element has a class. */
export function hasClass(node: Element, className: string): boolean {
  return (attr(node, 'className') ?? '').split(' ').includes(className);
}

/** Every element of a tree with a class. */
export function byClass(tree: Root | Element, className: string): Element[] {
  return within(tree, (e) => hasClass(e, className));
}

/** An attribute as a string (hast keeps class lists and rel as arrays). */
export function attr(node: Element, name: string): string | null {
  const value = node.properties[name];
  if (value === undefined || value === null || value === false) return null;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

/** The text content of a node. */
export function textOf(node: Root | RootContent): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return node.children.map((c) => textOf(c as RootContent)).join('');
  return '';
}
