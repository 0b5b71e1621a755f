/**
 * Every example in the editors' guide (docs/editing.md) works: the file examples (fenced blocks with
 * `title="<path>"`) are written into a temporary copy of the project, the command examples (`sh` blocks)
 * are run there, and the built site shows what the guide says each file does.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { attr, byClass, elements, readPage, textOf } from '../helpers/dist.ts';
import { copyProject, type CommandResult, type ProjectCopy } from '../helpers/project-copy.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const GUIDE = readFileSync(path.join(ROOT, 'docs/editing.md'), 'utf8');

interface Example {
  lang: string;
  /** The file it is written to, for file examples. */
  file: string | null;
  content: string;
}

const examples: Example[] = [...GUIDE.matchAll(/^```(\w*)(?:[ \t]+title="([^"]+)")?[ \t]*\n([\s\S]*?)^```[ \t]*$/gm)].map((m) => ({
  lang: m[1],
  file: m[2] ?? null,
  content: m[3],
}));
const files = examples.filter((e) => e.file !== null) as (Example & { file: string })[];
const commands = examples.filter((e) => e.lang === 'sh').flatMap((e) => e.content.split('\n').map((l) => l.trim()).filter(Boolean));

/** Frontmatter and body of a markdown example. */
function frontmatter(content: string): { data: Record<string, unknown>; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(content);
  if (!m) throw new Error(`no frontmatter in:\n${content}`);
  return { data: parseYaml(m[1]) as Record<string, unknown>, body: m[2] };
}

/** A row of the site's data/reports.json download. */
interface ReportRow {
  id: string;
  source: string;
  title: string;
  reviewYear: number | null;
  planYear: number | null;
}

let copy: ProjectCopy;
const ran = new Map<string, CommandResult>();
let devHome: { status: number; html: string; log: string } | null = null;

/** `npm run dev` in the copy: what its home page answers, then stopped. */
async function tryDevServer(): Promise<{ status: number; html: string; log: string }> {
  let dev;
  try {
    dev = await copy.dev();
  } catch (error) {
    return { status: 0, html: '', log: String(error) };
  }
  try {
    const response = await fetch(`${dev.url}/`);
    return { status: response.status, html: await response.text(), log: dev.log() };
  } finally {
    dev.stop();
  }
}

beforeAll(async () => {
  copy = copyProject('guide');
  for (const { file, content } of files) copy.write(file, content);
  for (const command of commands) {
    if (command === 'npm run dev') devHome = await tryDevServer();
    else if (command === 'npm run build') ran.set(command, await copy.build());
    else if (command.startsWith('npm run inspect') || command.startsWith('npm run --silent inspect')) {
      const [cmd, ...args] = command.split(/\s+/);
      ran.set(command, await copy.run(cmd, args));
    }
  }
}, 600_000);
afterAll(() => copy?.dispose());

const built = (rel: string) => existsSync(path.join(copy.outDir, rel));
const page = (rel: string) => readPage(copy.outDir, rel);
const h1Of = (rel: string) => textOf(elements(page(rel), 'h1')[0]).trim();
const reportPages = () =>
  (JSON.parse(readFileSync(path.join(copy.outDir, 'data/reports.json'), 'utf8')) as ReportRow[]).map(
    (r) => ({ ...r, file: `reports/${r.id}/index.html` }),
  );

describe('the editors’ guide', () => {
  test('has file examples for every kind of editor file and the commands to check them', () => {
    const folders = files.map((f) => f.file.replace(/\/[^/]+$/, ''));
    for (const folder of ['seeds', 'content/reports', 'content/corrections', 'content/indicators', 'content/topics', 'content/cities'])
      expect(folders, folder).toContain(folder);
    expect(commands).toContain('npm run dev');
    expect(commands).toContain('npm run build');
    expect(commands.some((c) => c.includes('inspect') && c.includes('--json'))).toBe(true);
  });

  test('every command example is one the test knows how to run', () => {
    expect(commands.filter((c) => !ran.has(c) && c !== 'npm run dev')).toEqual([]);
  });

  test('npm run build succeeds with all the examples in place', () => {
    const build = ran.get('npm run build');
    expect(build?.code, build?.output.slice(-3000)).toBe(0);
  });

  test('npm run dev serves the site', () => {
    expect(devHome?.status, devHome?.log.slice(-2000)).toBe(200);
    expect(devHome?.html).toMatch(/<h1[\s>]/);
  });

  test('npm run inspect shows what the parser found in the example report', () => {
    for (const [command, result] of ran) {
      if (!command.includes('inspect')) continue;
      const source = command.split(/\s+/).at(-1)!;
      const title = files.find((f) => f.file === source)!.content.split('\n').find((l) => l.trim())!.trim();
      expect(result.code, result.output).toBe(0);
      if (command.includes('--json')) {
        const json = JSON.parse(result.stdout) as { source: string; title: string; metrics: unknown[] };
        expect(json.title).toBe(title);
        expect(json.metrics.length).toBeGreaterThan(0);
      } else expect(result.stdout).toContain(title);
    }
  });

  describe.each(files)('$file', ({ file, content }) => {
    test('has the effect the guide describes', () => {
      const folder = file.replace(/\/[^/]+$/, '');
      const stem = path.basename(file).replace(/\.[^.]+$/, '');
      if (folder === 'seeds') {
        // A report page titled with the example's first line, showing every decimal figure of it.
        const title = content.split('\n').find((l) => l.trim())!.trim();
        const report = reportPages().find((r) => r.source === file);
        expect(report, `a report from ${file}`).toBeDefined();
        expect(h1Of(report!.file)).toBe(title);
        const text = textOf(page(report!.file));
        for (const figure of content.match(/\d+\.\d+/g) ?? []) expect(text).toContain(figure);
      } else if (folder === 'content/reports') {
        const { data } = frontmatter(content);
        const report = reportPages().find((r) => r.source === file);
        expect(report, `a report from ${file}`).toBeDefined();
        expect(h1Of(report!.file)).toBe(data.title);
        expect(readFileSync(path.join(copy.outDir, report!.file), 'utf8')).toContain(String(data.copiedFrom));
        // An address is a link to the original page; a year stated only in the frontmatter is the report's, from the frontmatter.
        if (/^https?:\/\//.test(String(data.copiedFrom))) {
          expect(elements(page(report!.file), 'a').map((a) => attr(a, 'href'))).toContain(String(data.copiedFrom));
        }
        for (const field of ['reviewYear', 'planYear'] as const) {
          if (typeof data[field] !== 'number') continue;
          expect(report![field]).toBe(data[field]);
          expect(textOf(page(report!.file))).toContain(`前言 ${field}: ${data[field]}（编辑录入）`);
        }
      } else if (folder === 'content/corrections') {
        // The corrected report lists every note, and an added figure is marked in its sentence.
        const correction = parseYaml(content) as Record<string, unknown>;
        const report = reportPages().find((r) => path.basename(r.source).replace(/\.[^.]+$/, '') === stem);
        expect(report, `the report corrected by ${file}`).toBeDefined();
        const notes = Object.values(correction).flatMap((v) => (Array.isArray(v) ? v : [v])).map((v) => (v as { note: string }).note);
        expect(notes.length).toBeGreaterThan(0);
        for (const note of notes) expect(textOf(page(report!.file))).toContain(note);
        for (const added of (correction.addFigures ?? []) as { raw: string }[]) {
          const marks = elements(page(report!.file)).filter((el) => /^s-\d+-f\d+$/.test(attr(el, 'id') ?? ''));
          expect(marks.map((m) => textOf(m))).toContain(added.raw);
        }
        for (const field of ['reviewYear', 'planYear'] as const)
          if (correction[field]) expect(report![field]).toBe((correction[field] as { value: number | null }).value);
      } else if (folder === 'content/indicators') {
        // Its comparison page exists, is named by it, says what it measures (the file's body), quotes at
        // least one figure from a report sentence, and lists a different measure apart with its note.
        const { data, body } = frontmatter(content);
        const rel = `compare/${data.id}/index.html`;
        expect(built(rel), rel).toBe(true);
        expect(h1Of(rel)).toBe(data.name);
        const definition = elements(page(rel)).find((e) => attr(e, 'id') === 'definition');
        expect(definition && textOf(definition)).toContain(body.trim());
        const links = elements(page(rel), 'a').map((a) => attr(a, 'href') ?? '');
        expect(links.filter((h) => /\/reports\/[^/]+\/#s-\d+/.test(h))).not.toEqual([]);
        for (const measure of (data.differentMeasures ?? []) as { name: string; note: string }[]) {
          const apart = byClass(page(rel), 'other-measure').find((e) => textOf(e).includes(measure.name));
          expect(apart && textOf(apart)).toContain(measure.note);
        }
      } else if (folder === 'content/topics') {
        const { data } = frontmatter(content);
        const rel = `topics/${data.id}/index.html`;
        expect(built(rel), rel).toBe(true);
        expect(h1Of(rel)).toBe(data.name);
        const links = elements(page(rel), 'a').map((a) => attr(a, 'href') ?? '');
        expect(links.filter((h) => /\/reports\/[^/]+\/#/.test(h))).not.toEqual([]);
      } else if (folder === 'content/cities') {
        const { data, body } = frontmatter(content);
        const rel = `cities/${data.slug}/index.html`;
        expect(built(rel), rel).toBe(true);
        expect(h1Of(rel)).toBe(data.fullName);
        expect(textOf(page(rel))).toContain(body.trim().split('\n')[0]);
      } else {
        throw new Error(`the guide has an example for ${file}, which this test does not know how to check`);
      }
    });
  });
});
