/**
 * Slugs: stable, readable URL ids from Chinese names (pinyin).
 */
import type { ReportKind } from './report.ts';

export interface ReportIdInput {
  city: string | null;
  province: string | null;
  reviewYear: number | null;
  planYear: number | null;
  kind: ReportKind;
  /** Source path; the fallback when no place is known. */
  source: string;
}

/** A report's URL id, e.g. `yueqing-2023-2024`. STUB: to be implemented. */
export function reportId(input: ReportIdInput): string {
  return input.source.replace(/^.*\//, '').replace(/\.[^.]+$/, '').toLowerCase();
}
