/**
 * The kinds of things a report is made of: what a report is, what each part is, what a figure
 * states. Their reader-facing names are in labels.ts.
 */
import { z } from 'zod';

/**
 * A review (工作总结), a plan (工作计划/要点), both in one document, or `other`: a copied page that is
 * not an annual work report at all (conference news, 政府信息公开年度报告…; parser/genre.ts).
 */
export const reportKindSchema = z.enum(['summary', 'plan', 'summary+plan', 'other']);
export type ReportKind = z.infer<typeof reportKindSchema>;

/** A part of a report: a review, a plan, a challenges section, or none of them. */
export const partKindSchema = z.enum(['summary', 'plan', 'challenges', 'other']);
export type PartKind = z.infer<typeof partKindSchema>;

/** What a figure states: a level reached, a target set, or a change. */
export const figureKindSchema = z.enum(['actual', 'target', 'change']);
export type FigureKind = z.infer<typeof figureKindSchema>;
