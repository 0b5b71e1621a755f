/**
 * The model: what a parsed report is (report, figure, place, kinds), a report as corrected and as
 * stored, the one walk over a report's sentences, the reader-facing labels and the one error for
 * bad input. Imports nothing outside model/ (zod schemas declare each shape once).
 */
export * from './correction.ts';
export * from './errors.ts';
export * from './figure.ts';
export * from './issue-message.ts';
export * from './kinds.ts';
export * from './labels.ts';
export * from './place.ts';
export * from './report.ts';
export * from './report-summary.ts';
export * from './source.ts';
export * from './stored-report.ts';
export * from './walk.ts';
