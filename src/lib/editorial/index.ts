/**
 * Editors' knowledge in `content/` (see docs/editing.md): corrections and editor-written reports
 * applied to parsed reports, and the folders of indicators, topics and city profiles, each read,
 * validated and checked by one reader. The entry for the loaders (src/loaders, src/content.config.ts).
 */
export { applyCorrection, type Correction, type CorrectionData, type CorrectionDeps, matchCorrections, parseCorrection, reportFields } from './corrections/index.ts';
export { parseEditorReport } from './editor-report.ts';
export type { ContentFile } from './content-folder.ts';
export { type CityProfile, cityProfileSchema, defaultCityProfile, readCityFolder } from './cities.ts';
export { type DifferentMeasure, differentMeasureOf, type IndicatorDef, indicatorSchema, type LoadedIndicator, loadIndicatorDefs, mapIndicator, readIndicatorFolder } from './indicators.ts';
export { assignTopics, readTopicFolder, type TopicDef, topicSchema, type TopicScore, type TopicSection, type TopicShare, topicShares } from './topics.ts';
