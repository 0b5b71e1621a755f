/** robots.txt: everything may be crawled; points at the sitemap. */
import type { APIRoute } from 'astro';
import { href } from '../data/links.ts';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(href('sitemap-index.xml'), site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
};
