/**
 * The editor's loop: how long `astro dev` takes to show an edited report. Starts the dev server on a
 * free 127.0.0.1 port, opens the report's page once, then edits the source several times and polls the
 * page until each edit appears.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';

export interface DevFigures {
  /** From spawning `astro dev` to the first answer on `/`. */
  startupMs: number;
  /** First load of the report page (compiles it). */
  firstLoadMs: number;
  /** From writing each edit to the page showing it; null when it did not appear in time. */
  latenciesMs: (number | null)[];
}

export interface DevOptions {
  /** Repository root (the Astro project). */
  root: string;
  /** Working directory of the server (a scratch folder, so nothing lands in the repository's .astro/). */
  cwd: string;
  astroBin: string;
  env: NodeJS.ProcessEnv;
  /** The report file to edit (a UTF-8 copy, not a real seed). */
  file: string;
  /** Path of its page, e.g. `/reports/yueqing-2023-2024/`. */
  page: string;
  logFile: string;
  edits?: number;
  timeoutMs?: number;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function get(url: string): Promise<{ status: number; body: string } | null> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(30_000) });
    return { status: res.status, body: await res.text() };
  } catch {
    return null;
  }
}

/** Polls until `ok` holds for the answer; returns the milliseconds waited, or null on timeout or when `alive` fails. */
async function until(
  url: string,
  ok: (r: { status: number; body: string }) => boolean,
  timeoutMs: number,
  alive: () => boolean,
): Promise<number | null> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs && alive()) {
    const r = await get(url);
    if (r && ok(r)) return performance.now() - started;
    await sleep(100);
  }
  return null;
}

/** Inserts a sentence after the first `。` of the longest paragraph line. */
function insertSentence(text: string, sentence: string): string {
  const lines = text.split('\n');
  let best = -1;
  lines.forEach((l, i) => {
    if (l.includes('。') && (best < 0 || l.length > lines[best].length)) best = i;
  });
  if (best < 0) throw new Error('bench: the dev report has no sentence to edit');
  const at = lines[best].indexOf('。') + 1;
  lines[best] = lines[best].slice(0, at) + sentence + lines[best].slice(at);
  return lines.join('\n');
}

const letters = (n: number): string =>
  Array.from({ length: n }, () => String.fromCharCode(65 + Math.floor(Math.random() * 26))).join('');

export async function measureDevEdit(options: DevOptions): Promise<DevFigures> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const log = createWriteStream(options.logFile);
  const started = performance.now();
  const child = spawn(process.execPath, [options.astroBin, 'dev', '--root', options.root, '--host', '127.0.0.1', '--port', String(port)], {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const alive = (): boolean => child.exitCode === null && child.signalCode === null;
  const died = (): Error => new Error(`astro dev exited (code ${child.exitCode}); see ${options.logFile}`);
  const stop = (): void => {
    // The dev server's own process group only: it was started detached for this.
    if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  };
  try {
    const timeout = options.timeoutMs ?? 120_000;
    const up = await until(`${base}/`, (r) => r.status < 500, 300_000, alive);
    if (!alive()) throw died();
    if (up === null) throw new Error(`astro dev did not answer on ${base}/ within 5 minutes (see ${options.logFile})`);
    const startupMs = performance.now() - started;
    const firstLoadMs = await until(`${base}${options.page}`, (r) => r.status === 200, timeout, alive);
    if (!alive()) throw died();
    if (firstLoadMs === null) throw new Error(`${options.page} did not load in dev (see ${options.logFile})`);
    const latenciesMs: (number | null)[] = [];
    for (let k = 0; k < (options.edits ?? 3); k++) {
      const marker = `BENCH${letters(8)}`;
      writeFileSync(options.file, insertSentence(readFileSync(options.file, 'utf8'), `本段为基准测试标记${marker}。`));
      latenciesMs.push(await until(`${base}${options.page}`, (r) => r.status === 200 && r.body.includes(marker), timeout, alive));
      if (!alive()) throw died();
    }
    return { startupMs, firstLoadMs, latenciesMs };
  } finally {
    stop();
    await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
  }
}
