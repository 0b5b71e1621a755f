/**
 * What the correction tests share: seed 003 (海安), a plan that states no year anywhere, as parsed
 * before any correction, the dependencies applying needs, and the message of an expected error.
 */
import { readFileSync } from 'node:fs';
import { extractFigures } from '../../../../src/lib/figures/index.ts';
import type { CorrectedReport } from '../../../../src/lib/model/correction.ts';
import type { CorrectionDeps } from '../../../../src/lib/editorial/corrections/index.ts';
import { placeByCode } from '../../../../src/lib/places/index.ts';
import { parseReport } from '../../../../src/lib/parser/index.ts';

export const SOURCE = 'seeds/003_91bbed86cc79f672.txt';
export const FILE = 'content/corrections/003_91bbed86cc79f672.yaml';

/** Seed 003 as the parser reads it, with no correction applied. */
export const parsed: CorrectedReport = { ...parseReport(readFileSync(SOURCE), { source: SOURCE }), corrections: [], assignedIndicators: {} };

export const deps: CorrectionDeps = { placeByCode, extractFigures, indicatorIds: new Set(['childcare-places']) };

/** The message of the error `run` throws; fails when it throws none. */
export function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected an error');
}
