/**
 * The pages of each topic (/topics/<topic>/, /topics/<topic>/<n>/), on the run's build and on a
 * build of generated reports plus the seeds, where topics take several pages: together they list
 * exactly the sections the topic view selects (the search records file each section under its
 * topics from the same view) and every report once; each page stays small; the pager and the
 * overview lead where they say.
 */
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element } from 'hast';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { writeCorpus } from '../../scripts/bench/generate.ts';
import type { SearchRecord } from '../../src/lib/search/index.ts';
import { readTopicFolder, type TopicDef } from '../../src/lib/editorial/topics.ts';
import { attr, fileOf, hasClass, listPages, pageCache, SITE_ORIGIN, textOf, urlOf, within } from '../helpers/dist.ts';
import { expectPagers, linkTarget as target } from '../helpers/pager.ts';
import { htmlProblems } from '../helpers/html-validator.ts';
import { readRecords } from '../helpers/records.ts';
import { copyProject, type CommandResult, type ProjectCopy } from '../helpers/project-copy.ts';

const KB = 1000;
/** Each topic page, and the topic index, stays under this many bytes of HTML whatever the corpus. */
const PAGE_LIMIT = 300 * KB;
const GENERATED = 150;

let defs: TopicDef[];
let copy: ProjectCopy;
let build: CommandResult;
beforeAll(async () => {
  defs = (await readTopicFolder('content/topics')).map((f) => f.data);
  copy = copyProject('topic-pages');
  const seeds = path.join(copy.dir, 'generated-seeds');
  writeCorpus(seeds, GENERATED);
  for (const name of readdirSync('seeds')) cpSync(path.join('seeds', name), path.join(seeds, name));
  build = await copy.build({ SEEDS_DIR: seeds });
}, 600_000);
afterAll(() => copy?.dispose());

/** The pages of each topic of a build, in page order. */
function topicPages(dist: string): Map<string, string[]> {
  const out = new Map<string, { n: number; file: string }[]>();
  for (const file of listPages(dist)) {
    const m = /^topics\/([^/]+)\/(?:(\d+)\/)?index\.html$/.exec(file);
    if (!m) continue;
    out.set(m[1], [...(out.get(m[1]) ?? []), { n: Number(m[2] ?? 1), file }]);
  }
  return new Map([...out].map(([topic, pages]) => [topic, pages.sort((a, b) => a.n - b.n).map((p) => p.file)]));
}

const builds = [
  { name: 'the run’s build', dist: () => inject('distDir') },
  { name: `${GENERATED} generated reports and the seeds`, dist: () => copy.outDir },
];

it('takes several pages for a topic of the generated corpus', () => {
  expect(build.code, build.output.slice(-3000)).toBe(0);
  expect(Math.max(...[...topicPages(copy.outDir).values()].map((files) => files.length))).toBeGreaterThan(2);
});

it('writes valid HTML on every topic page of the generated corpus (pager included)', async () => {
  expect(build.code, build.output.slice(-3000)).toBe(0);
  const files = ['topics/index.html', ...[...topicPages(copy.outDir).values()].flat()];
  const problems: string[] = [];
  for (const file of files) problems.push(...(await htmlProblems(readFileSync(path.join(copy.outDir, file), 'utf8'), file)));
  expect(problems.slice(0, 20), `${problems.length} problems`).toEqual([]);
});

describe.each(builds)('topic pages of $name', ({ dist: distOf }) => {
  let dist: string;
  let page: (file: string) => ReturnType<ReturnType<typeof pageCache>['page']>;
  let pages: Map<string, string[]>;
  let records: SearchRecord[];
  beforeAll(() => {
    expect(build.code, build.output.slice(-3000)).toBe(0);
    dist = distOf();
    page = pageCache(dist).page;
    pages = topicPages(dist);
    records = readRecords(dist);
  });
  const reportIds = () => listPages(dist).flatMap((f) => /^reports\/([^/]+)\/index\.html$/.exec(f)?.[1] ?? []);

  it('builds pages 1…n of every topic, each within the size limit, and the index too', () => {
    expect([...pages.keys()].sort()).toEqual(defs.map((d) => d.id).sort());
    for (const [topic, files] of pages) {
      expect(files, topic).toEqual(files.map((_, i) => (i === 0 ? `topics/${topic}/index.html` : `topics/${topic}/${i + 1}/index.html`)));
      for (const file of files) expect(readFileSync(path.join(dist, file)).length, file).toBeLessThan(PAGE_LIMIT);
    }
    expect(readFileSync(path.join(dist, 'topics/index.html')).length).toBeLessThan(PAGE_LIMIT);
  });

  it('lists, over all pages of a topic, exactly the sections filed under it, each once', () => {
    for (const def of defs) {
      const shown = pages.get(def.id)!.flatMap((file) =>
        within(page(file), (e) => e.tagName === 'article' && hasClass(e, 'section')).map((article) => {
          const link = within(within(article, (e) => e.tagName === 'h4')[0], (e) => e.tagName === 'a')[0];
          return target(file, attr(link, 'href')!);
        }),
      );
      const filed = records.filter((r) => r.url.includes('/reports/') && r.filters.topic?.includes(def.name)).map((r) => decodeURIComponent(r.url));
      expect(new Set(shown).size, def.id).toBe(shown.length);
      expect([...shown].sort(), def.id).toEqual([...filed].sort());
    }
  });

  it('places every report once per topic: with its sections, or in the list of reports without any', () => {
    const all = reportIds().sort();
    expect(all.length).toBeGreaterThan(4);
    for (const [topic, files] of pages) {
      const placed = files.flatMap((file) =>
        [
          ...within(page(file), (e) => hasClass(e, 'column')),
          ...within(page(file), (e) => e.tagName === 'ul' && hasClass(e, 'absent')).flatMap((ul) => within(ul, (e) => e.tagName === 'li')),
        ]
          .map((e) => attr(e, 'id'))
          .filter((id): id is string => !!id),
      );
      expect(placed.sort(), topic).toEqual(all);
    }
  });

  it('links the pages in order, marking the current one, in two differently named navigations', () => {
    for (const files of pages.values()) expectPagers(files, page);
  });

  it('says on page 1 how many reports and sections each province has, linking to where it starts', () => {
    for (const [topic, files] of pages) {
      const table = within(page(files[0]), (e) => e.tagName === 'table' && hasClass(e, 'provinces'))[0];
      const rows = within(within(table, (e) => e.tagName === 'tbody')[0], (e) => e.tagName === 'tr');
      let reports = 0;
      let sections = 0;
      for (const row of rows) {
        const [reportCount, covering, sectionCount, absent] = within(row, (e) => e.tagName === 'td').map((td) => Number(textOf(td)));
        reports += reportCount;
        sections += sectionCount;
        expect(covering + absent, `${topic}: ${textOf(row)}`).toBe(reportCount);
        for (const link of within(row, (e) => e.tagName === 'a')) {
          const url = new URL(attr(link, 'href')!, new URL(urlOf(files[0]), SITE_ORIGIN));
          const file = fileOf(dist, url.pathname)!;
          expect(files, url.href).toContain(file);
          const heading = within(page(file), (e: Element) => attr(e, 'id') === decodeURIComponent(url.hash.slice(1)));
          expect(heading, url.href).toHaveLength(1);
          expect(textOf(heading[0]).startsWith(textOf(within(row, (e) => e.tagName === 'th')[0])), url.href).toBe(true);
        }
      }
      expect(reports, topic).toBe(reportIds().length);
      expect(sections, topic).toBe(files.reduce((n, f) => n + within(page(f), (e) => e.tagName === 'article' && hasClass(e, 'section')).length, 0));
    }
  });
});
