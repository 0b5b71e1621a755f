/**
 * The stored shape of a `reports` entry: a Report (src/lib/report.ts) with the editors'
 * corrections applied and listed. Checked when the loader stores it, so a parser change that
 * breaks the contract fails the build instead of breaking pages. Objects are loose: a field the
 * parser adds later is kept, not silently dropped.
 */
import { z } from 'astro/zod';

const year = z.number().int().nullable();
const headingDepth = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]);
const partKind = z.enum(['summary', 'plan', 'challenges', 'other']);

const figure = z.looseObject({
  id: z.string(),
  name: z.string().nullable(),
  subject: z.string().nullable(),
  raw: z.string(),
  value: z.number(),
  upperValue: z.number().optional(),
  unit: z.string().nullable(),
  qualifier: z.string().nullable(),
  year,
  kind: z.enum(['actual', 'target', 'change']),
  start: z.number().int(),
  end: z.number().int(),
});

const block = z.discriminatedUnion('type', [
  z.looseObject({ type: z.literal('title'), id: z.string(), text: z.string(), line: z.number().int() }),
  z.looseObject({
    type: z.literal('heading'),
    id: z.string(),
    depth: headingDepth,
    label: z.string(),
    title: z.string(),
    line: z.number().int(),
    inline: z.boolean(),
  }),
  z.looseObject({
    type: z.literal('paragraph'),
    line: z.number().int(),
    sentences: z.array(z.looseObject({ id: z.string(), text: z.string(), figures: z.array(figure) })),
  }),
]);

interface Outline {
  depth: 1 | 2 | 3 | 4 | 5;
  label: string;
  title: string;
  id: string;
  children: Outline[];
}
const outline: z.ZodType<Outline> = z.lazy(() =>
  z.looseObject({ depth: headingDepth, label: z.string(), title: z.string(), id: z.string(), children: z.array(outline) }),
);

/** Schema of `reports` entries' data. */
export const reportDataSchema = z.looseObject({
  source: z.string(),
  id: z.string(),
  title: z.string(),
  titleComposed: z.boolean(),
  encoding: z.string(),
  meta: z.looseObject({
    indexNumber: z.string().nullable(),
    docNumber: z.string().nullable(),
    publisher: z.string().nullable(),
    publishedAt: z.string().nullable(),
    name: z.string().nullable(),
    extra: z.record(z.string(), z.string()),
  }),
  place: z.looseObject({
    city: z.string().nullable(),
    fullName: z.string().nullable(),
    province: z.string().nullable(),
    prefecture: z.string().nullable(),
    level: z.enum(['province', 'prefecture', 'county']).nullable(),
    divisionCode: z.string().nullable(),
    basis: z.string(),
  }),
  reviewYear: year,
  planYear: year,
  kind: z.enum(['summary', 'plan', 'summary+plan']),
  basis: z.looseObject({ place: z.string(), reviewYear: z.string(), planYear: z.string(), kind: z.string() }),
  parts: z.array(
    z.looseObject({
      kind: partKind,
      year,
      title: z.string().nullable(),
      anchor: z.string().nullable(),
      blocks: z.array(block),
      outline: z.array(outline),
    }),
  ),
  stripped: z.array(z.looseObject({ text: z.string(), line: z.number().int(), reason: z.string() })),
  corrections: z.array(
    z.looseObject({
      key: z.string(),
      field: z.string(),
      before: z.string(),
      after: z.string(),
      note: z.string(),
      inferred: z.boolean(),
      file: z.string(),
    }),
  ),
  assignedIndicators: z.record(z.string(), z.string()),
  /** The correction file editors edit for this report (it may not exist yet). */
  correctionFile: z.string(),
  /** Figure anchor → indicator id, for the figures that map to one (indicators.ts). */
  indicators: z.record(z.string(), z.string()),
});
