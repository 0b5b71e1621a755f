/**
 * Accessibility of every page type, in the light and the dark colour scheme: axe-core finds no serious
 * or critical violation (contrast included, so both schemes must be readable). Charts carry a text
 * alternative, and report pages have a print style that leaves the site navigation off paper.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { BASE, onePagePerType, pagesOfType } from '../helpers/dist.ts';
import { startSession, type SiteSession } from '../helpers/site-session.ts';

const dist = inject('distDir');
const pages = onePagePerType(dist).map((p) => ({ ...p, url: p.type === 'notFound' ? `${BASE}no-such-page/` : p.url }));

let session: SiteSession;
beforeAll(async () => {
  session = await startSession(dist);
});
afterAll(() => session?.close());

describe.each(['light', 'dark'] as const)('%s colour scheme', (colorScheme) => {
  test.each(pages)('$type page $url has no serious or critical axe violation', async ({ url }) => {
    const { page } = await session.open(url, { colorScheme });
    try {
      const scheme = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
      expect(scheme).toBe(colorScheme === 'dark');
      const { violations } = await new AxeBuilder({ page }).analyze();
      const bad = violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}${v.nodes.length > 3 ? ` (+${v.nodes.length - 3})` : ''}`);
      expect(bad).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('the dark scheme is a real one', () => {
  test('home page background and text colours change with prefers-color-scheme', async () => {
    const colours = async (colorScheme: 'light' | 'dark') => {
      const { page } = await session.open(BASE, { colorScheme });
      try {
        return await page.evaluate(() => {
          const style = getComputedStyle(document.body);
          const html = getComputedStyle(document.documentElement);
          const bg = style.backgroundColor === 'rgba(0, 0, 0, 0)' ? html.backgroundColor : style.backgroundColor;
          return { background: bg, text: style.color };
        });
      } finally {
        await page.close();
      }
    };
    const light = await colours('light');
    const dark = await colours('dark');
    expect(dark.background).not.toBe(light.background);
    expect(dark.text).not.toBe(light.text);
  });
});

describe('charts have text alternatives', () => {
  const chartPages = (['compare', 'indicator', 'topics', 'topic'] as const).flatMap((type) => pagesOfType(dist, type).slice(0, 1));
  test.each(chartPages)('every chart on the $type page $url is described in text', async ({ url }) => {
    const { page } = await session.open(url);
    try {
      const charts = await page.evaluate(() =>
        [...document.querySelectorAll('main svg')]
          .filter((svg) => {
            const box = svg.getBoundingClientRect();
            return box.width >= 80 && box.height >= 40; // charts, not icons
          })
          .map((svg, i) => {
            const labelled = svg.getAttribute('aria-labelledby');
            const name =
              svg.getAttribute('aria-label') ??
              (labelled ? labelled.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ') : null) ??
              svg.querySelector(':scope > title')?.textContent ??
              '';
            const role = svg.getAttribute('role');
            const figure = svg.closest('figure');
            const hidden = svg.getAttribute('aria-hidden') === 'true';
            return {
              chart: `svg #${i + 1}${svg.id ? ` (#${svg.id})` : ''}`,
              // Either the chart itself is a named image, or it is hidden from assistive technology
              // and its figure carries the same data as a table or a caption.
              named: role === 'img' && name.trim().length > 0,
              textInFigure: hidden && !!figure && (!!figure.querySelector('table') || (figure.querySelector('figcaption')?.textContent ?? '').trim().length > 0),
            };
          }),
      );
      const undescribed = charts.filter((c) => !c.named && !c.textInFigure).map((c) => c.chart);
      expect(undescribed).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('an indicator comparison page has at least one chart', async () => {
    const indicators = pagesOfType(dist, 'indicator');
    expect(indicators.length, 'indicator pages built').toBeGreaterThan(0);
    const { page } = await session.open(indicators[0].url);
    try {
      expect(await page.locator('main svg').count()).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });
});

describe('printing a report', () => {
  test('the print style hides the site navigation and keeps the report text', async () => {
    const report = pagesOfType(dist, 'report')[0];
    const { page } = await session.open(report.url);
    try {
      const navs = page.locator('body > header nav, body > nav, header[role="banner"] nav');
      expect(await navs.count(), 'a site navigation in the page header').toBeGreaterThan(0);
      await expect(navs.first().isVisible()).resolves.toBe(true);
      await page.emulateMedia({ media: 'print' });
      for (const nav of await navs.all()) expect(await nav.isVisible()).toBe(false);
      expect((await page.locator('main').innerText()).length).toBeGreaterThan(200);
      expect(await page.locator('main h1').isVisible()).toBe(true);
    } finally {
      await page.close();
    }
  });
});
