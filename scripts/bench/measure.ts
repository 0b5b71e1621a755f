/**
 * Measuring a child process: wall time, CPU time and memory of its whole process tree.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, createWriteStream } from 'node:fs';
import path from 'node:path';

export interface RunFigures {
  wallMs: number;
  /** Largest sum of VmRSS over the process tree, sampled every 100 ms (kB). */
  peakTreeRssKb: number;
  /** Largest resident set of any single process of the tree (kB): VmHWM, or GNU time's figure. */
  peakProcessRssKb: number;
  /** User + system CPU seconds of the tree (from GNU time), null without /usr/bin/time. */
  cpuSeconds: number | null;
  exitCode: number;
  /** Set when the tree went over `maxTreeRssKb` and was killed. */
  killedAtKb: number | null;
  /** The largest process when it was killed: its command (program name and first arguments) and resident kB. */
  killedLargest: { command: string; rssKb: number } | null;
}

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** stdout and stderr of the child go here. */
  logFile: string;
  /**
   * Memory ceiling for the whole tree (kB): above it every process of the tree is killed, so a build
   * that would need more than the machine has fails alone instead of starving everyone on it.
   */
  maxTreeRssKb?: number;
}

const GNU_TIME = '/usr/bin/time';

function children(): Map<number, number[]> {
  const byParent = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name, which may itself contain spaces and parentheses.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = byParent.get(ppid) ?? [];
      list.push(Number(entry));
      byParent.set(ppid, list);
    } catch {
      // The process ended while we looked.
    }
  }
  return byParent;
}

function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

function commandOf(pid: number): string {
  try {
    const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    return argv.slice(0, 3).map((a) => path.basename(a)).join(' ');
  } catch {
    return `pid ${pid}`;
  }
}

function tree(root: number): number[] {
  const byParent = children();
  const out: number[] = [];
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    out.push(pid);
    stack.push(...(byParent.get(pid) ?? []));
  }
  return out;
}

/** Runs `command args` to completion, measuring it; GNU time wraps it when installed. */
export function runMeasured(command: string, args: string[], options: RunOptions): Promise<RunFigures> {
  const timeFile = `${options.logFile}.time`;
  const useTime = existsSync(GNU_TIME);
  const [cmd, argv] = useTime ? [GNU_TIME, ['-v', '-o', timeFile, command, ...args]] : [command, args];
  const log = createWriteStream(options.logFile);
  const started = performance.now();
  const child = spawn(cmd, argv, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  let peakTree = 0;
  let peakProcess = 0;
  let killedAtKb: number | null = null;
  let killedLargest: RunFigures['killedLargest'] = null;
  const sample = (): void => {
    if (!child.pid) return;
    let sum = 0;
    const pids = tree(child.pid);
    for (const pid of pids) {
      sum += statusKb(pid, 'VmRSS');
      peakProcess = Math.max(peakProcess, statusKb(pid, 'VmHWM'));
    }
    peakTree = Math.max(peakTree, sum);
    if (options.maxTreeRssKb !== undefined && sum > options.maxTreeRssKb && killedAtKb === null) {
      killedAtKb = sum;
      const largest = pids.map((pid) => ({ pid, rssKb: statusKb(pid, 'VmRSS') })).sort((a, b) => b.rssKb - a.rssKb)[0];
      killedLargest = largest ? { command: commandOf(largest.pid), rssKb: largest.rssKb } : null;
      // Only the processes of this tree, which this function started, by id.
      for (const pid of pids.reverse()) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }
    }
  };
  const timer = setInterval(sample, 100);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const wallMs = performance.now() - started;
      log.end();
      let cpuSeconds: number | null = null;
      if (useTime && existsSync(timeFile)) {
        const report = readFileSync(timeFile, 'utf8');
        const num = (label: string): number => Number(report.match(new RegExp(`${label}: ([\\d.]+)`))?.[1] ?? 0);
        cpuSeconds = num('User time \\(seconds\\)') + num('System time \\(seconds\\)');
        peakProcess = Math.max(peakProcess, num('Maximum resident set size \\(kbytes\\)'));
      }
      resolve({ wallMs, peakTreeRssKb: peakTree, peakProcessRssKb: peakProcess, cpuSeconds, exitCode: code ?? 1, killedAtKb, killedLargest });
    });
  });
}
