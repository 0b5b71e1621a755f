/**
 * The `reports` collection: every seed (`seeds/*.txt`) and every editor-written report
 * (`content/reports/*.md`) through the parser, with the editors' corrections
 * (`content/corrections/<source name>.yaml`) applied, a unique id, and its body rendered.
 *
 * In dev the watcher re-parses a changed file (the others come from a cache) and re-applies
 * corrections, so edits show without a restart.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { applyCorrection, type Correction, type CorrectedReport, matchCorrections, parseCorrection } from '../lib/corrections.ts';
import { parseEditorReport } from '../lib/editor-report.ts';
import { extractFigures } from '../lib/figures.ts';
import { loadIndicatorDefs, mapIndicator } from '../lib/indicators.ts';
import { placeByCode } from '../lib/place.ts';
import { renderReport } from '../lib/render.ts';
import { parseReport, type Report } from '../lib/report.ts';
import { reportId } from '../lib/slug.ts';
import { withEditorMessages } from './build-error.ts';
import { reloadOnEdit } from './watch.ts';

/** Where the loader reads from, relative to the project root. */
export interface ReportsLoaderOptions {
  /** Folder of seed `.txt` files (env `SEEDS_DIR`, default `seeds`). */
  seedsDir: string;
  /** Content folder with `reports/`, `corrections/` and `indicators/` (env `CONTENT_DIR`, default `content`). */
  contentDir: string;
}

/** A source file as parsed, before corrections (cached by content digest). */
interface Parsed {
  digest: string;
  report: Report;
  /** The frontmatter of an editor-written report, applied before the correction file. */
  frontmatter: Correction | null;
}

export function reportsLoader(options: ReportsLoaderOptions): Loader {
  const cache = new Map<string, Parsed>();
  return {
    name: 'reports-loader',
    async load(context) {
      const root = fileURLToPath(context.config.root);
      const dirs = {
        seeds: path.resolve(root, options.seedsDir),
        reports: path.resolve(root, options.contentDir, 'reports'),
        corrections: path.resolve(root, options.contentDir, 'corrections'),
        indicators: path.resolve(root, options.contentDir, 'indicators'),
      };
      // The store survives between runs, but the code that rendered it may have changed: the first
      // load of a run starts afresh, reloads on edits keep what did not change.
      context.store.clear();
      const reload = () => loadReports(context, root, dirs, cache);
      await withEditorMessages(reload);

      reloadOnEdit(context, Object.values(dirs), reload);
    },
  };
}

async function listFiles(dir: string, extension: string): Promise<string[]> {
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[];
    throw error;
  });
  return names
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => path.join(dir, name));
}

async function loadReports(
  context: LoaderContext,
  root: string,
  dirs: Record<'seeds' | 'reports' | 'corrections' | 'indicators', string>,
  cache: Map<string, Parsed>,
): Promise<void> {
  const stem = (file: string) => path.basename(file).replace(/\.[^.]+$/, '');
  const files = [...(await listFiles(dirs.seeds, '.txt')), ...(await listFiles(dirs.reports, '.md'))].sort((a, b) =>
    stem(a).localeCompare(stem(b)),
  );
  const relative = (file: string) => path.relative(root, file).split(path.sep).join('/');

  const parsed = new Map<string, Parsed>();
  for (const file of files) {
    const bytes = await readFile(file);
    const digest = context.generateDigest(bytes.toString('base64'));
    const cached = cache.get(file);
    parsed.set(file, cached?.digest === digest ? cached : { digest, ...parseSource(relative(file), bytes) });
  }
  cache.clear();
  for (const [file, entry] of parsed) cache.set(file, entry);

  const correctionFiles = (await listFiles(dirs.corrections, '.yaml')).map(relative);
  const corrections = new Map<string, Correction>();
  for (const [source, file] of matchCorrections(correctionFiles, files.map(relative))) {
    corrections.set(source, parseCorrection(file, await readFile(path.resolve(root, file), 'utf8')));
  }

  // Relative to the working directory, so that errors name `content/indicators/….md`.
  const defs = existsSync(dirs.indicators) ? await loadIndicatorDefs(path.relative(process.cwd(), dirs.indicators)) : [];
  const deps = { placeByCode, extractFigures, indicatorIds: new Set(defs.map((d) => d.id)) };
  const reports: CorrectedReport[] = files.map((file) => {
    const { report, frontmatter } = parsed.get(file)!;
    let corrected: CorrectedReport = { ...report, corrections: [], assignedIndicators: {} };
    for (const correction of [frontmatter, corrections.get(relative(file))]) {
      if (correction) corrected = applyCorrection(corrected, correction, deps);
    }
    return corrected;
  });

  // Ids from the corrected place and years; a collision gets -2, -3… in source-name order.
  const taken = new Set<string>();
  for (const report of reports) {
    const { place, reviewYear, planYear, kind, source } = report;
    const base = reportId({ city: place.city, province: place.province, reviewYear, planYear, kind, source });
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    report.id = id;
  }

  // Entries whose data did not change are left alone: an edit re-validates and re-renders only
  // the reports it touched.
  const ids = new Set(reports.map((r) => r.id));
  for (const id of context.store.keys()) if (!ids.has(id)) context.store.delete(id);
  for (const [i, report] of reports.entries()) {
    const file = files[i];
    const indicators: Record<string, string> = {};
    for (const part of report.parts) {
      for (const block of part.blocks) {
        if (block.type !== 'paragraph') continue;
        for (const figure of block.sentences.flatMap((s) => s.figures)) {
          const indicator = report.assignedIndicators[figure.id] ?? mapIndicator(figure, defs);
          if (indicator !== null) indicators[figure.id] = indicator;
        }
      }
    }
    const raw = { ...report, correctionFile: `${relative(dirs.corrections)}/${stem(file)}.yaml`, indicators };
    const digest = context.generateDigest(JSON.stringify(raw));
    if (context.store.get(report.id)?.digest === digest) continue;
    context.store.set({
      id: report.id,
      data: await context.parseData({ id: report.id, data: raw }),
      filePath: relative(file),
      digest,
      rendered: { html: renderReport(report, { indicatorOf: (figure) => indicators[figure.id] ?? null }) },
    });
  }
}

/** Parse one source: a seed as it is, an editor-written report as frontmatter + body. */
function parseSource(source: string, bytes: Buffer): Omit<Parsed, 'digest'> {
  if (source.endsWith('.md')) return parseEditorReport(source, bytes);
  return { report: parseReport(bytes, { source }), frontmatter: null };
}
