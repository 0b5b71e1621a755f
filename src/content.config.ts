/**
 * Content collections. Reports come from the parser (src/loaders/reports.ts); cities,
 * indicators and topics are editors' markdown, read and checked by their modules' folder readers
 * (the reports loader reads indicators through the same reader).
 * Folders can be moved for tests with `SEEDS_DIR` and `CONTENT_DIR`.
 */
import { defineCollection } from 'astro:content';
import { cityProfileSchema, indicatorSchema, readCityFolder, readIndicatorFolder, readTopicFolder, topicSchema } from './lib/editorial/index.ts';
import { reportSummarySchema } from './lib/model/index.ts';
import { markdownLoader } from './loaders/markdown.ts';
import { reportsLoader } from './loaders/reports.ts';

const seedsDir = process.env.SEEDS_DIR ?? 'seeds';
const contentDir = process.env.CONTENT_DIR ?? 'content';

export const collections = {
  reports: defineCollection({ loader: reportsLoader({ seedsDir, contentDir }), schema: reportSummarySchema }),
  cities: defineCollection({
    loader: markdownLoader({ dir: `${contentDir}/cities`, read: readCityFolder }),
    schema: cityProfileSchema,
  }),
  indicators: defineCollection({
    loader: markdownLoader({ dir: `${contentDir}/indicators`, read: readIndicatorFolder }),
    schema: indicatorSchema,
  }),
  topics: defineCollection({
    loader: markdownLoader({ dir: `${contentDir}/topics`, read: readTopicFolder }),
    schema: topicSchema,
  }),
};
