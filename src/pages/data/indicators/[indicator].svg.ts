/**
 * /data/indicators/<id>.svg: the chart of an indicator's latest values over all its places, drawn
 * by the function its page draws with; only indicators with a value to draw have one.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { indicatorCharts } from '../../../data/downloads.ts';
import { href } from '../../../data/links.ts';
import { comparePagePath, DATA_LICENCE, standaloneSvg } from '../../../lib/views/index.ts';
import { siteConfig } from '../../../lib/site-config.ts';

export const getStaticPaths = (async () =>
  [...(await indicatorCharts())].map(([indicator, chart]) => ({ params: { indicator }, props: { chart } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props, site }) => {
  const page = new URL(href(comparePagePath(params.indicator!)), site ?? 'http://localhost').href;
  const svg = standaloneSvg(props.chart, [`来源：${siteConfig().name}（${DATA_LICENCE.short}）`, page]);
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
