/**
 * Dev-server reloads for the loaders: watch folders, and after an edit has settled reload once.
 * An editor's save can arrive as several file events (truncate, then write); reloading at the
 * first one would read a half-written file, so a reload waits until the events stop for a moment,
 * and reloads never overlap. A mistake is reported and the last good pages stay up.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { ReportError } from '../lib/model/index.ts';

/** How long the events of one save must have stopped before reloading. */
const SETTLE_MS = 150;

/** Reload (in dev) whenever a file under one of `dirs` is added, changed or removed. */
export function reloadOnEdit(context: LoaderContext, dirs: string[], reload: () => Promise<void>): void {
  const watcher = context.watcher;
  if (!watcher) return;
  watcher.add(dirs);
  let timer: NodeJS.Timeout | undefined;
  let queue = Promise.resolve();
  const edited = new Set<string>();
  const onEvent = (file: string) => {
    if (!dirs.some((dir) => file.startsWith(dir + path.sep))) return;
    edited.add(path.relative(fileURLToPath(context.config.root), file));
    clearTimeout(timer);
    timer = setTimeout(() => {
      const files = [...edited].join('、');
      edited.clear();
      queue = queue.then(async () => {
        try {
          await reload();
          context.logger.info(`已重新载入（${files}）`);
        } catch (error) {
          context.logger.error(error instanceof ReportError ? error.message : String(error));
        }
      });
    }, SETTLE_MS);
  };
  for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, onEvent);
}
