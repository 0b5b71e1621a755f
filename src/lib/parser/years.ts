/** Years as the parser reads them: four digits a report could mean, never a count or a code. */

/** A year a work report can name (1949 to 2100). */
export function plausibleYear(y: number): boolean {
  return y >= 1949 && y <= 2100;
}
