/**
 * Temporary copies of the project for tests that must build something the real content does not
 * contain (a broken editor file, an editors' guide example). node_modules is symlinked, not copied.
 * Builds are full `astro build` runs, so they are limited to two at a time on this two-core machine.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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
  dispose(): void;
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
    dispose() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function exec(command: string, args: string[], cwd: string, env: Record<string, string>): Promise<CommandResult> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
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
