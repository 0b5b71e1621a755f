/**
 * Every URL a built page refers to, classified: links a reader follows (`a`, `form`, canonical…) and
 * subresources the browser fetches to render the page (scripts, styles, images, fonts, icons).
 */
import type { Element, Root } from 'hast';
import { attr, elements } from './dist.ts';

export interface Reference {
  /** The element's tag and attribute, e.g. `a[href]`, for messages. */
  where: string;
  /** The URL as written. */
  value: string;
  /** True when the browser fetches it to render the page. */
  subresource: boolean;
  /** The element, for checks on its other attributes (rel, target). */
  element: Element;
}

/** `link` relations that only point somewhere; every other `rel` makes the browser fetch. */
const NAVIGATION_RELS = new Set(['canonical', 'alternate', 'author', 'help', 'license', 'next', 'prev', 'search', 'sitemap']);

const SUBRESOURCE_ATTRIBUTES: Record<string, string[]> = {
  script: ['src'],
  img: ['src', 'srcSet'],
  source: ['src', 'srcSet'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  input: ['src'],
  image: ['href', 'xLinkHref'],
  use: ['href', 'xLinkHref'],
  feImage: ['href', 'xLinkHref'],
};

/** Every URL-valued attribute of a parsed page. */
export function referencesOf(tree: Root): Reference[] {
  const out: Reference[] = [];
  const add = (element: Element, property: string, subresource: boolean) => {
    const value = attr(element, property);
    if (value === null) return;
    const where = `${element.tagName}[${property.toLowerCase()}]`;
    // hast keeps srcset as a list of candidates, each `url [descriptor]`.
    const raw = element.properties[property];
    const urls = property === 'srcSet' ? (Array.isArray(raw) ? raw.map(String) : value.split(',')).map((c) => c.trim().split(/\s+/)[0]) : [value];
    for (const url of urls) if (url) out.push({ where, value: url, subresource, element });
  };
  for (const element of elements(tree)) {
    const { tagName } = element;
    if (tagName === 'a' || tagName === 'area') add(element, 'href', false);
    else if (tagName === 'form') add(element, 'action', false);
    else if (tagName === 'link') {
      const rels = (attr(element, 'rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
      add(element, 'href', !rels.every((r) => NAVIGATION_RELS.has(r)));
    } else for (const property of SUBRESOURCE_ATTRIBUTES[tagName] ?? []) add(element, property, true);
  }
  return out;
}

/** `url(…)` and `@import` targets in a stylesheet. */
export function cssReferences(css: string): string[] {
  const out: string[] = [];
  for (const m of css.matchAll(/url\(\s*(['"]?)(.*?)\1\s*\)|@import\s+(['"])(.*?)\3/g)) out.push(m[2] ?? m[4]);
  return out.filter(Boolean);
}
