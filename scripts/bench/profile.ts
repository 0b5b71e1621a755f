/**
 * Reading a V8 `.cpuprofile` (written by `node --cpu-prof`): where the time went, by function (self
 * time) and by our own source files and functions (inclusive time), so a missed target names its cause.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileLine {
  /** `function (file:line)`, file relative to the repository. */
  where: string;
  ms: number;
  share: number;
}

export interface ProfileSummary {
  /** Sampled time on the main thread, idle time left out. */
  totalMs: number;
  /** Functions with the most self time. */
  self: ProfileLine[];
  /** Our functions (see `ours`) with the most inclusive time. */
  ours: ProfileLine[];
}

const shortUrl = (url: string, root: string): string =>
  url
    .replace(/^file:\/\//, '')
    .replace(root + '/', '')
    .replace(/^.*node_modules\//, 'node_modules/')
    .replace(/^\/tmp\/bench-[^/]+\//, '<bench>/');

/**
 * Summarises one profile. `root` is the repository; `ours` are folders whose code is ours: the
 * repository's `src/` and the build's output, where Astro bundles our pages and lib for prerendering.
 */
export function summariseProfile(file: string, root: string, ours: string[], top = 15): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (n: ProfileNode): string =>
    `${n.callFrame.functionName || '(anonymous)'} (${shortUrl(n.callFrame.url, root) || 'native'}:${n.callFrame.lineNumber + 1})`;
  const isOurs = (n: ProfileNode): boolean => {
    const url = n.callFrame.url.replace(/^file:\/\//, '');
    return !url.includes('node_modules') && ours.some((dir) => url.startsWith(dir + '/'));
  };

  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let totalUs = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    const node = byId.get(id);
    // Waiting (for the Pagefind service, the disk) is not work: leave it out of the shares.
    if (!node || node.callFrame.functionName === '(idle)') return;
    totalUs += delta;
    self.set(label(node), (self.get(label(node)) ?? 0) + delta);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const n = byId.get(cur)!;
      if (!isOurs(n)) continue;
      const key = label(n);
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + delta);
    }
  });
  const lines = (m: Map<string, number>): ProfileLine[] =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([where, us]) => ({ where, ms: us / 1000, share: totalUs ? us / totalUs : 0 }));
  return { totalMs: totalUs / 1000, self: lines(self), ours: lines(inclusive) };
}
