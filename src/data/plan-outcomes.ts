/**
 * Plans against outcomes (承诺与兑现) for the whole corpus: every target with what became of it
 * (src/lib/views/plan-outcome.ts), listed per place (city pages) and per indicator (indicator
 * pages), and the download records; computed once per version of the corpus.
 */
import { outcomeLines, planOutcomes, type OutcomeLine } from '../lib/views/index.ts';
import { corpusData, type CorpusData } from './corpus.ts';

function compute(data: CorpusData) {
  const { rows, reports, indicators } = data;
  const outcomes = planOutcomes(rows, reports, indicators);
  const names = new Map(indicators.map((d) => [d.id, d.name]));
  const byId = new Map(reports.map((r) => [r.id, r]));
  const lines = outcomeLines(outcomes, names, new Map(reports.map((r) => [r.id, r.title])));
  return {
    /** Every target in report and document order (the downloads' order). */
    outcomes,
    /** Indicator name by id. */
    names,
    /** A report by id (the downloads name the reports of each target and actual). */
    reportOf: (id: string) => byId.get(id)!,
    /** Lines by the target's division code, newest year first. */
    byPlace: Map.groupBy(lines, (l) => l.outcome.target.divisionCode) as Map<string, OutcomeLine[]>,
    /** Lines by indicator id, newest year first. */
    byIndicator: Map.groupBy(lines, (l) => l.outcome.target.indicator) as Map<string, OutcomeLine[]>,
  };
}

export type PlanOutcomesData = ReturnType<typeof compute>;

// corpusData() keeps its result's identity until the content changes, so it is the cache key.
const cache = new WeakMap<CorpusData, PlanOutcomesData>();

export async function planOutcomesData(): Promise<PlanOutcomesData> {
  const data = await corpusData();
  let out = cache.get(data);
  if (!out) cache.set(data, (out = compute(data)));
  return out;
}
