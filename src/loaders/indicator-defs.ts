/**
 * Which indicator a figure maps to, for the `reports` loader (data-indicator on marks and the
 * figure table). Interim: maps nothing until indicators.ts exports its schema and mapping.
 */
import type { Figure } from '../lib/figures.ts';

export async function indicatorMapper(_dir: string): Promise<(figure: Figure) => string | null> {
  return () => null;
}
