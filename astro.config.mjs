// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import reportSearchIndex from './src/integrations/pagefind.ts';
import rehypeSanitize from 'rehype-sanitize';

// Where the site is served. CI sets SITE_URL and BASE_PATH for GitHub Pages
// (a project site lives under /<repo>/); locally both default to the root.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

// Editors' markdown (city, indicator and topic pages) may not carry scripts, event handlers or
// javascript: links: raw HTML in it is dropped (editors write markdown, not HTML) and the rest is
// cleaned by rehype-sanitize's GitHub-style schema; links to other sites get rel="noopener".
const sanitize = rehypeSanitize();
/** @param {any} node */
function markExternalLinks(node) {
  if (node.type === 'element' && node.tagName === 'a' && /^https?:\/\//.test(String(node.properties.href ?? ''))) {
    node.properties.rel = ['noopener'];
  }
  for (const child of node.children ?? []) markExternalLinks(child);
}
const safeMarkdown = {
  name: 'safe-markdown',
  /** @type {(root: any, ctx: any) => void} */
  after(root, ctx) {
    const clean = sanitize(root);
    markExternalLinks(clean);
    ctx.replaceNode(root, clean);
  },
};

export default defineConfig({
  site,
  base,
  // Pages are folders (`reports/index.html`) and every link ends in `/`. 'ignore' rather than
  // 'always' so that `astro preview` and `astro dev` also answer `/reports` the way static hosts
  // do (GitHub Pages redirects it), instead of a 404 (tests/site/preview.test.ts).
  trailingSlash: 'ignore',
  // Tests and the benchmark build into their own folders, so several builds can run side by side.
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory' },
  integrations: [sitemap(), reportSearchIndex()],
  markdown: { processor: satteri({ hastPlugins: [safeMarkdown] }) },
});
