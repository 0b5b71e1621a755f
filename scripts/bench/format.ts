/** How the benchmark writes its figures. Sizes are decimal (1 KB = 10³ bytes, 1 GB = 10⁹ bytes), as the targets are. */
import { kbToGb } from './results.ts';

export const ms = (v: number): string =>
  v >= 10_000 ? `${(v / 1000).toFixed(0)} s` : v >= 1000 ? `${(v / 1000).toFixed(1)} s` : `${v.toFixed(0)} ms`;
export const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;
export const kb = (bytes: number): string => `${(bytes / 1e3).toFixed(0)} KB`;
/** Resident memory (kB as /proc gives it) in GB. */
export const gbOfKb = (rssKb: number): string => `${kbToGb(rssKb).toFixed(2)} GB`;
export const count = (n: number): string => n.toLocaleString('en');
