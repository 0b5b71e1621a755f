/**
 * Content collections. Reports come from the parser (src/loaders/reports.ts); cities,
 * indicators and topics are editors' markdown, validated by their modules' schemas.
 * Folders can be moved for tests with `SEEDS_DIR` and `CONTENT_DIR`.
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { markdownLoader } from './loaders/markdown.ts';
import { reportsLoader } from './loaders/reports.ts';

const seedsDir = process.env.SEEDS_DIR ?? 'seeds';
const contentDir = process.env.CONTENT_DIR ?? 'content';

// Interim schemas, replaced by the exports of cities.ts, indicators.ts and topics.ts when they land.
const citySchema = z.object({
  name: z.string(),
  fullName: z.string(),
  province: z.string(),
  prefecture: z.string().nullable().optional(),
  level: z.enum(['province', 'prefecture', 'county']),
  divisionCode: z.string().regex(/^\d{6}$/),
  slug: z.string(),
  population: z.object({ value: z.number(), year: z.number().int(), source: z.string() }).optional(),
});
const indicatorSchema = z.object({
  id: z.string(),
  name: z.string(),
  synonyms: z.array(z.string()),
  unit: z.string(),
  higherIsBetter: z.boolean().nullable(),
  measure: z.string(),
});
const topicSchema = z.object({
  id: z.string(),
  name: z.string(),
  keywords: z.array(z.string()),
  description: z.string(),
});

export const collections = {
  reports: defineCollection({ loader: reportsLoader({ seedsDir, contentDir }) }),
  cities: defineCollection({ loader: markdownLoader({ dir: `${contentDir}/cities`, schema: citySchema }), schema: citySchema }),
  indicators: defineCollection({
    loader: markdownLoader({ dir: `${contentDir}/indicators`, schema: indicatorSchema }),
    schema: indicatorSchema,
  }),
  topics: defineCollection({ loader: markdownLoader({ dir: `${contentDir}/topics`, schema: topicSchema }), schema: topicSchema }),
};
