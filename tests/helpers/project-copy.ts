/**
 * Temporary copies of the project for tests that must build something the real content does not
 * contain (a broken editor file, an editors' guide example). node_modules is symlinked, not copied.
 * Builds are full `astro build` runs, so they are limited to two at a time on this two-core machine.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const NOT_COPIED = new Set(['node_modules', 'dist', 'test-artifacts', '.git', '.astro']);

/** A throwaway copy of the project. */
export interface ProjectCopy {
  dir: string;
  /** Write (or overwrite) a file, path relative to the project. */
  write(rel: string, content: string): void;
  /** Delete a file or folder, path relative to the project. */
  remove(rel: string): void;
  /** Where `build()` puts the site. */
  outDir: string;
  /** `npx astro build` in the copy; resolves (never rejects) with its exit code and output. */
  build(env?: Record<string, string>): Promise<CommandResult>;
  /** Run a command in the copy (e.g. `npm run inspect -- …`). */
  run(command: string, args: string[], env?: Record<string, string>): Promise<CommandResult>;
  /**
   * `npm run dev` in the copy on a free port, resolved once its home page answers (any status), or
   * rejected with its log when it exits or 90 s pass. Stop it with `stop()`.
   */
  dev(): Promise<DevServer>;
  dispose(): void;
}

export interface DevServer {
  /** e.g. `http://127.0.0.1:41234` (no trailing slash; the site's base path is not included). */
  url: string;
  /** Everything the server printed so far. */
  log(): string;
  stop(): void;
}

export interface CommandResult {
  code: number | null;
  /** stdout and stderr interleaved, ANSI colours removed. */
  output: string;
  stdout: string;
}

/** Copy the project (without node_modules, dist, test artifacts, git) into a temp folder. */
export function copyProject(label: string): ProjectCopy {
  const dir = mkdtempSync(path.join(tmpdir(), `gates-${label}-`));
  cpSync(ROOT, dir, {
    recursive: true,
    filter: (src) => !NOT_COPIED.has(path.relative(ROOT, src).split(path.sep)[0]),
  });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  const outDir = path.join(dir, 'dist');
  const run = (command: string, args: string[], env: Record<string, string> = {}) =>
    limited(() => exec(command, args, dir, env));
  return {
    dir,
    outDir,
    write(rel, content) {
      const file = path.join(dir, rel);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, content);
    },
    remove(rel) {
      rmSync(path.join(dir, rel), { recursive: true, force: true });
    },
    build: (env = {}) =>
      run('npx', ['astro', 'build'], { ASTRO_OUT_DIR: outDir, ASTRO_CACHE_DIR: path.join(dir, '.cache'), ...env }),
    run,
    dev: () => startDev(dir),
    dispose() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Variables vitest sets in its workers (Vite's `import.meta.env` mirrored into `process.env`). */
const TEST_RUNNER_ENV = new Set(['NODE_ENV', 'TEST', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);

/**
 * The environment for commands in a copy, without the test runner's own variables: inherited, they
 * change what Astro does (`BASE_URL=/` overrides the configured base path; under `VITEST` astro dev
 * answers every page with 404). No colours.
 */
function childEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && !TEST_RUNNER_ENV.has(key));
  return { ...Object.fromEntries(inherited), ...env, FORCE_COLOR: '0', NO_COLOR: '1' };
}

async function startDev(dir: string): Promise<DevServer> {
  const port = await freePort();
  const child = spawn('npm', ['run', 'dev', '--', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: dir,
    env: childEnv({ ASTRO_CACHE_DIR: path.join(dir, '.dev-cache') }),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let log = '';
  child.stdout.on('data', (d: Buffer) => (log += d));
  child.stderr.on('data', (d: Buffer) => (log += d));
  let exited = false;
  child.on('exit', () => (exited = true));
  const stop = () => {
    if (!exited) process.kill(-child.pid!, 'SIGTERM');
  };
  // The address the server says it listens on: it moves to another port when ours was taken meanwhile.
  const listening = () => /Local\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(stripAnsi(log))?.[1];
  for (const started = Date.now(); Date.now() - started < 90_000 && !exited; ) {
    await new Promise((r) => setTimeout(r, 500));
    const url = listening();
    if (!url) continue;
    try {
      await fetch(`${url}/`, { signal: AbortSignal.timeout(30_000) });
      return { url, log: () => stripAnsi(log), stop };
    } catch {
      // not answering yet
    }
  }
  stop();
  throw new Error(`npm run dev did not answer on ${listening() ?? `port ${port}`}:\n${stripAnsi(log).slice(-2000)}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function exec(command: string, args: string[], cwd: string, env: Record<string, string>): Promise<CommandResult> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd,
      env: childEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => {
      output += d;
      stdout += d;
    });
    child.stderr.on('data', (d: Buffer) => (output += d));
    child.on('close', (code) => resolve({ code, output: stripAnsi(output), stdout: stripAnsi(stdout) }));
  });
}

const stripAnsi = (s: string) => s.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');

// At most two builds at once (per test file; the site project runs its files one at a time).
const MAX_RUNNING = 2;
let running = 0;
const waiting: (() => void)[] = [];

async function limited<T>(task: () => Promise<T>): Promise<T> {
  // A finishing task hands its slot straight to the next waiting one.
  if (running < MAX_RUNNING) running++;
  else await new Promise<void>((resolve) => waiting.push(resolve));
  try {
    return await task();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}
