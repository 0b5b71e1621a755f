/** /data/plan-outcomes.csv: the records of plan-outcomes.json flattened, UTF-8 with BOM (Excel), RFC 4180, Chinese headers (mapping on /data/). */
import type { APIRoute } from 'astro';
import { planOutcomesData } from '../../data/plan-outcomes.ts';
import { reportUrls } from '../../data/links.ts';
import { csvOf, PLAN_OUTCOME_COLUMNS, planOutcomeRecords } from '../../lib/views/index.ts';

export const GET: APIRoute = async ({ site }) => {
  const { outcomes, names, reportOf } = await planOutcomesData();
  const records = planOutcomeRecords(outcomes, (id) => names.get(id) ?? id, reportOf, reportUrls(site));
  return new Response(csvOf(PLAN_OUTCOME_COLUMNS, records), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
