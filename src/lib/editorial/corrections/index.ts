/**
 * Editor corrections (`content/corrections/<source name>.yaml`): what a correction file may say
 * (schema.ts), applying one to a parsed report (apply.ts), and which source each file corrects
 * (match.ts).
 */
export { type Correction, type CorrectionData, parseCorrection, reportFields } from './schema.ts';
export { applyCorrection, type CorrectionDeps } from './apply.ts';
export { matchCorrections } from './match.ts';
