/**
 * The `reports` collection: every seed (`seeds/*.txt`) and every editor-written report
 * (`content/reports/*.md`) through the parser, with the editors' corrections
 * (`content/corrections/<source name>.yaml`) applied, a unique id, and each figure's indicator.
 * Each report is checked whole against `storedReportSchema` and written once to its body file
 * (bodies.ts, in Astro's cache folder); the collection stores its summary (`reportSummarySchema`:
 * no text, no figures), since the store is inlined into the build's bundle, held in memory by every
 * build and written whole after every dev edit. Pages read the bodies (src/data/report-bodies.ts).
 *
 * In dev the watcher reloads after an edit, so edits show without a restart: a source is parsed again
 * only when its bytes changed, and corrected and mapped to indicators again only when its bytes,
 * its correction file or the indicator definitions changed; the others come from caches.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import {
  applyCorrection,
  type Correction,
  type CorrectionDeps,
  type IndicatorDef,
  loadIndicatorDefs,
  mapIndicator,
  matchCorrections,
  parseCorrection,
  parseEditorReport,
} from '../lib/editorial/index.ts';
import { type CorrectedReport, figuresOf, type Report, sourceStem, storedReportSchema } from '../lib/model/index.ts';
import { extractFigures } from '../lib/figures/index.ts';
import { placeByCode, reportId } from '../lib/places/index.ts';
import { parseReport } from '../lib/parser/index.ts';
import { bodiesDir, removeStaleBodies, writeBody } from './bodies.ts';
import { withEditorMessages } from './build-error.ts';
import { readEditorFolder } from './markdown.ts';
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

/** A source corrected and mapped to indicators, before its id (cached by `key`). */
interface Prepared {
  /** Digests of what it was made from: the source, its correction file, the indicator definitions. */
  key: string;
  report: CorrectedReport;
  /** Figure id → indicator id, for the figures that map to one. */
  indicators: Record<string, string>;
}

/** What survives between reloads of one run. */
interface Caches {
  parsed: Map<string, Parsed>;
  prepared: Map<string, Prepared>;
}

export function reportsLoader(options: ReportsLoaderOptions): Loader {
  const caches: Caches = { parsed: new Map(), prepared: new Map() };
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
      let first = true;
      const reload = async () => {
        await loadReports(context, root, dirs, caches, first);
        first = false;
      };
      await withEditorMessages(reload);
      if (!context.watcher) {
        // A build loads once: its caches would only keep a second copy of every report alive.
        caches.parsed.clear();
        caches.prepared.clear();
        return;
      }
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
  caches: Caches,
  first: boolean,
): Promise<void> {
  const files = [...(await listFiles(dirs.seeds, '.txt')), ...(await listFiles(dirs.reports, '.md'))].sort((a, b) =>
    sourceStem(a).localeCompare(sourceStem(b)),
  );
  const relative = (file: string) => path.relative(root, file).split(path.sep).join('/');

  const parsed = new Map<string, Parsed>();
  for (const file of files) {
    const bytes = await readFile(file);
    const digest = context.generateDigest(bytes.toString('base64'));
    const cached = caches.parsed.get(file);
    parsed.set(file, cached?.digest === digest ? cached : { digest, ...parseSource(relative(file), bytes) });
  }
  replace(caches.parsed, parsed);

  const correctionFiles = (await listFiles(dirs.corrections, '.yaml')).map(relative);
  const corrections = new Map<string, { correction: Correction; digest: string }>();
  for (const [source, file] of matchCorrections(correctionFiles, files.map(relative))) {
    const text = await readFile(path.resolve(root, file), 'utf8');
    corrections.set(source, { correction: parseCorrection(file, text), digest: context.generateDigest(text) });
  }

  // Read and checked as the `indicators` collection reads them (readIndicatorFolder), so that both fail alike.
  const defs = await readEditorFolder(dirs.indicators, loadIndicatorDefs);
  const defsDigest = context.generateDigest(JSON.stringify(defs));
  const deps = { placeByCode, extractFigures, indicatorIds: new Set(defs.map((d) => d.id)) };
  const prepared = new Map<string, Prepared>();
  for (const file of files) {
    const { digest, report, frontmatter } = parsed.get(file)!;
    const correction = corrections.get(relative(file));
    const key = `${digest}:${correction?.digest ?? ''}:${defsDigest}`;
    const cached = caches.prepared.get(file);
    prepared.set(file, cached?.key === key ? cached : { key, ...prepare(report, [frontmatter, correction?.correction], defs, deps) });
  }
  replace(caches.prepared, prepared);
  const reports = files.map((file) => prepared.get(file)!.report);
  // A page that does not look like a work report is published as 其他文件, and the editor is told,
  // until a correction or the front matter states its kind.
  for (const report of reports) {
    if (report.kind === 'other') for (const warning of report.warnings) context.logger.warn(`${report.source}: ${warning}`);
  }

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

  // Entries whose data did not change are left alone: an edit re-validates only the reports it
  // touched. What an entry holds follows from its key, its id and its file, so their digest stands for it.
  // Each report is checked whole against storedReportSchema, written to its body file and stored as
  // its summary: the store (inlined into the build's bundle) never holds the reports' text.
  const bodies = bodiesDir(context.config.cacheDir);
  const ids = new Set(reports.map((r) => r.id));
  for (const id of context.store.keys()) if (!ids.has(id)) context.store.delete(id);
  for (const file of files) {
    const { key, report, indicators } = prepared.get(file)!;
    const digest = context.generateDigest(`${key}:${report.id}:${relative(file)}`);
    if (context.store.get(report.id)?.digest === digest) continue;
    const stored = storedReportSchema.parse({ ...report, correctionFile: `${relative(dirs.corrections)}/${sourceStem(file)}.yaml`, indicators });
    const json = JSON.stringify(stored);
    const bodyFile = await writeBody(bodies, json, context.generateDigest(json));
    const { parts: _parts, stripped: _stripped, indicators: _indicators, ...summary } = stored;
    context.store.set({
      id: report.id,
      data: await context.parseData({ id: report.id, data: { ...summary, bodyFile } }),
      filePath: relative(file),
      digest,
    });
  }
  // Only the first load of a run removes files no entry names: after a dev edit the pages still read
  // the previous store until Astro has written and reloaded it, so the replaced files stay until the next run.
  if (first) await removeStaleBodies(bodies, new Set(context.store.values().map((entry) => (entry.data as { bodyFile: string }).bodyFile)));
}

/** Make `cache` hold exactly the entries of `next` (files removed since the last load are dropped). */
function replace<V>(cache: Map<string, V>, next: Map<string, V>): void {
  cache.clear();
  for (const [file, entry] of next) cache.set(file, entry);
}

/** A parsed source with its corrections applied (frontmatter first) and each figure's indicator. */
function prepare(
  report: Report,
  corrections: (Correction | null | undefined)[],
  defs: readonly IndicatorDef[],
  deps: CorrectionDeps,
): Omit<Prepared, 'key'> {
  let corrected: CorrectedReport = { ...report, corrections: [], assignedIndicators: {} };
  for (const correction of corrections) if (correction) corrected = applyCorrection(corrected, correction, deps);
  const indicators: Record<string, string> = {};
  for (const { figure } of figuresOf(corrected)) {
    const indicator = corrected.assignedIndicators[figure.id] ?? mapIndicator(figure, defs);
    if (indicator !== null) indicators[figure.id] = indicator;
  }
  return { report: corrected, indicators };
}

/** Parse one source: a seed as it is, an editor-written report as frontmatter + body. */
function parseSource(source: string, bytes: Buffer): Omit<Parsed, 'digest'> {
  if (source.endsWith('.md')) return parseEditorReport(source, bytes);
  return { report: parseReport(bytes, { source }), frontmatter: null };
}
