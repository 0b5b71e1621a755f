/**
 * Links of the built site: every internal link and `#anchor` resolves to a built file and an element id,
 * and no page needs anything from another origin to render (scripts, styles, fonts, images). Checked on
 * the run's build, and on a build under a sub-path the way GitHub Pages serves a project site
 * (`/<repo>/`), where a link written without the base path would break.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { attr, BASE, elements, fileOf, listFiles, listPages, readPage, SITE_ORIGIN, urlOf } from '../helpers/dist.ts';
import { copyProject, type CommandResult, type ProjectCopy } from '../helpers/project-copy.ts';
import { cssReferences, referencesOf } from '../helpers/references.ts';

interface LinkReport {
  pages: number;
  /** Internal URLs checked. */
  checked: number;
  /** Internal links or anchors that lead nowhere. */
  broken: string[];
  /** Subresources fetched from another origin. */
  external: string[];
}

/** Check every reference of every page and stylesheet of a build served at `origin` + `base`. */
function checkLinks(dist: string, base: string, origin: string): LinkReport {
  const idCache = new Map<string, Set<string>>();
  // Element ids of a built page (and `a[name]`, which browsers also scroll to).
  const idsOf = (file: string) => {
    let ids = idCache.get(file);
    if (!ids) {
      ids = new Set();
      for (const el of elements(readPage(dist, file))) {
        for (const id of [attr(el, 'id'), el.tagName === 'a' ? attr(el, 'name') : null]) if (id) ids.add(id);
      }
      idCache.set(file, ids);
    }
    return ids;
  };
  // What is wrong with an internal URL, or null when it resolves.
  const problemOf = (url: URL, checkAnchor: boolean): string | null => {
    const file = fileOf(dist, url.pathname, base);
    if (!file) {
      if (!url.pathname.startsWith(base)) return `outside the site's base path ${base}`;
      return fileOf(dist, `${url.pathname}/`, base) ? 'folder link without its trailing /' : 'no such file in the build';
    }
    if (!url.hash || !checkAnchor) return null;
    if (url.hash === '#') return 'empty #fragment';
    if (!file.endsWith('.html')) return null;
    const id = decodeURIComponent(url.hash.slice(1));
    return idsOf(file).has(id) ? null : `no element with id "${id}" in ${file}`;
  };

  const pages = listPages(dist);
  const report: LinkReport = { pages: pages.length, checked: 0, broken: [], external: [] };
  for (const file of pages) {
    const pageUrl = new URL(urlOf(file, base), origin);
    for (const ref of referencesOf(readPage(dist, file))) {
      let url: URL;
      try {
        url = new URL(ref.value, pageUrl);
      } catch {
        report.broken.push(`${file}: ${ref.where}="${ref.value}" is not a URL`);
        continue;
      }
      if (url.protocol === 'javascript:') report.broken.push(`${file}: ${ref.where}="${ref.value}" uses javascript:`);
      else if (['data:', 'mailto:', 'tel:'].includes(url.protocol)) continue;
      else if (url.origin === origin) {
        report.checked++;
        const problem = problemOf(url, true);
        if (problem) report.broken.push(`${file}: ${ref.where}="${ref.value}" → ${problem}`);
      } else if (ref.subresource) report.external.push(`${file}: ${ref.where}="${ref.value}" is fetched from another origin`);
    }
  }
  for (const file of listFiles(dist).filter((f) => f.endsWith('.css'))) {
    const cssUrl = new URL(urlOf(file, base), origin);
    for (const value of cssReferences(readFileSync(path.join(dist, file), 'utf8'))) {
      const url = new URL(value, cssUrl);
      if (url.protocol === 'data:') continue;
      if (url.origin !== origin) report.external.push(`${file}: url(${value}) is fetched from another origin`);
      else {
        report.checked++;
        const problem = problemOf(url, false);
        if (problem) report.broken.push(`${file}: url(${value}) → ${problem}`);
      }
    }
  }
  return report;
}

/** At most 40 lines, so a systematic mistake does not flood the output. */
const first = (lines: string[]) => (lines.length > 40 ? [...lines.slice(0, 40), `… and ${lines.length - 40} more`] : lines);

describe('links of the run’s build', () => {
  const report = checkLinks(inject('distDir'), BASE, SITE_ORIGIN);

  test(`the build has pages with internal links (${report.pages} pages, ${report.checked} links)`, () => {
    expect(report.pages).toBeGreaterThan(1);
    expect(report.checked).toBeGreaterThan(report.pages);
  });

  test('every internal link and #anchor resolves to a built file and an element id', () => {
    expect(first(report.broken)).toEqual([]);
  });

  test('no script, style, font, image or icon comes from another origin', () => {
    expect(first(report.external)).toEqual([]);
  });
});

describe('links of a build under a sub-path, as on GitHub Pages', () => {
  const base = '/health-reports/';
  const origin = 'https://example.github.io';
  let copy: ProjectCopy;
  let build: CommandResult;
  beforeAll(async () => {
    copy = copyProject('subpath');
    build = await copy.build({ BASE_PATH: base, SITE_URL: origin });
  }, 300_000);
  afterAll(() => copy?.dispose());

  test(`every internal link stays under ${base} and resolves`, () => {
    expect(build.code, build.output.slice(-2000)).toBe(0);
    const report = checkLinks(copy.outDir, base, origin);
    expect(report.checked).toBeGreaterThan(report.pages);
    expect(first([...report.broken, ...report.external])).toEqual([]);
  });
});
