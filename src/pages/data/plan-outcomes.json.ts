/** /data/plan-outcomes.json: every target a plan sets, with the actual a later review states and the status. */
import type { APIRoute } from 'astro';
import { planOutcomesData } from '../../data/plan-outcomes.ts';
import { reportUrls } from '../../data/links.ts';
import { planOutcomeRecords } from '../../lib/views/index.ts';

export const GET: APIRoute = async ({ site }) => {
  const { outcomes, names, reportOf } = await planOutcomesData();
  const records = planOutcomeRecords(outcomes, (id) => names.get(id) ?? id, reportOf, reportUrls(site));
  return new Response(JSON.stringify(records, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
