/**
 * Content collections. Reports come from the parser (src/loaders/reports.ts); cities,
 * indicators and topics are editors' markdown, validated by their modules' schemas.
 * Folders can be moved for tests with `SEEDS_DIR` and `CONTENT_DIR`.
 */
import { defineCollection } from 'astro:content';
import { checkCityFolder, cityProfileSchema } from './lib/editorial/cities.ts';
import { indicatorSchema } from './lib/editorial/indicators.ts';
import { topicSchema } from './lib/editorial/topics.ts';
import { markdownLoader } from './loaders/markdown.ts';
import { reportDataSchema } from './loaders/report-schema.ts';
import { reportsLoader } from './loaders/reports.ts';

const seedsDir = process.env.SEEDS_DIR ?? 'seeds';
const contentDir = process.env.CONTENT_DIR ?? 'content';

export const collections = {
  reports: defineCollection({ loader: reportsLoader({ seedsDir, contentDir }), schema: reportDataSchema }),
  cities: defineCollection({
    loader: markdownLoader({ dir: `${contentDir}/cities`, schema: cityProfileSchema, checkFolder: checkCityFolder }),
    schema: cityProfileSchema,
  }),
  indicators: defineCollection({
    loader: markdownLoader({ dir: `${contentDir}/indicators`, schema: indicatorSchema }),
    schema: indicatorSchema,
  }),
  topics: defineCollection({
    loader: markdownLoader({ dir: `${contentDir}/topics`, schema: topicSchema }),
    schema: topicSchema,
  }),
};
