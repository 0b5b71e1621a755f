/** Runs scripts/bench/parse-one.ts on a file in a child process, killed after a time limit. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ParseOutcome } from './parse-one.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCRIPT = fileURLToPath(new URL('./parse-one.ts', import.meta.url));

export type IsolatedResult = ({ finished: true } & ParseOutcome) | { finished: false; reason: string };

/** Parses `file` in a fresh Node process (this one's binary, with tsx), at most `timeoutMs`. */
export function parseIsolated(file: string, timeoutMs: number): IsolatedResult {
  const run = spawnSync(process.execPath, ['--import', 'tsx', SCRIPT, file], {
    cwd: ROOT,
    timeout: timeoutMs,
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (run.error || run.signal) {
    const timedOut = (run.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT' || run.signal === 'SIGTERM';
    return { finished: false, reason: timedOut ? `not finished after ${timeoutMs / 1000} s` : String(run.error ?? run.signal) };
  }
  if (run.status !== 0) return { finished: false, reason: `exit ${run.status}: ${run.stderr.trim().split('\n').slice(-8).join('\n')}` };
  return { finished: true, ...(JSON.parse(run.stdout) as ParseOutcome) };
}
