/**
 * Every page type of the built site in headless Chromium: it loads without script errors, failed or
 * off-site requests or CSP violations; it has one <h1>, a <title> and a meta description; a phone
 * (360 px wide) never scrolls sideways (its screenshot, `<type>-360.png`, shows what sticks out);
 * reading needs no JavaScript. Screenshots at 390 and 1280 px are taken by screenshots.test.ts.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { BASE, onePagePerType } from '../helpers/dist.ts';
import { startSession, type SiteSession } from '../helpers/site-session.ts';

const dist = inject('distDir');
const SHOTS = path.resolve('test-artifacts/screenshots');
const PHONE = { width: 360, height: 740 };

/** The 404 page is opened the way readers meet it: at a URL that does not exist, deep in the site. */
const MISSING_URL = `${BASE}reports/no-such-report/deeper/`;
const pages = onePagePerType(dist).map((p) => (p.type === 'notFound' ? { ...p, url: MISSING_URL } : p));

let session: SiteSession;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  session = await startSession(dist);
});
afterAll(() => session?.close());

describe.each(pages)('$type page ($url)', (built) => {
  test('loads cleanly with one <h1>, a <title> and a meta description', async () => {
    const { page, status, trouble } = await session.open(built.url);
    try {
      expect(status).toBe(built.type === 'notFound' ? 404 : 200);
      expect(await page.locator('h1').count()).toBe(1);
      expect((await page.locator('h1').innerText()).trim()).not.toBe('');
      expect((await page.title()).trim()).not.toBe('');
      const description = await page.locator('meta[name="description"]').getAttribute('content');
      expect(description?.trim() ?? '').not.toBe('');
      expect(await trouble()).toEqual({ errors: [], requests: [], csp: [] });
    } finally {
      await page.close();
    }
  });

  test('a 360-px-wide phone does not scroll sideways', async () => {
    const { page } = await session.open(built.url, { viewport: PHONE, isMobile: true, hasTouch: true });
    try {
      const overflow = await page.evaluate(() => {
        const doc = document.documentElement;
        const width = doc.clientWidth;
        // Name the elements sticking out (outside any scroll box), to say what to fix.
        const clipped = (el: Element) => {
          for (let p = el.parentElement; p && p !== document.body; p = p.parentElement)
            if (getComputedStyle(p).overflowX !== 'visible') return true;
          return false;
        };
        const culprits = [...document.querySelectorAll('body *')]
          .map((el) => ({ el, right: el.getBoundingClientRect().right }))
          .filter(({ el, right }) => right > width + 1 && !clipped(el))
          .sort((a, b) => b.right - a.right)
          .slice(0, 3)
          .map(({ el, right }) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} → ${Math.round(right)}px`);
        return { scrollWidth: doc.scrollWidth, width, culprits };
      });
      await page.screenshot({ path: path.join(SHOTS, `${built.type}-360.png`) });
      expect(overflow.scrollWidth, `wider than the phone: ${overflow.culprits.join('; ')}`).toBeLessThanOrEqual(overflow.width);
    } finally {
      await page.close();
    }
  });
});

describe('reading needs no JavaScript', () => {
  const readable = pages.filter((p) => p.type === 'report' || p.type === 'indicator');
  test.each(readable)('$type page $url shows the same text with JavaScript off', async (built) => {
    const mainText = async (javaScriptEnabled: boolean) => {
      const { page } = await session.open(built.url, { javaScriptEnabled });
      try {
        return (await page.locator('main').innerText()).replace(/\s+/g, '');
      } finally {
        await page.close();
      }
    };
    const withJs = await mainText(true);
    const withoutJs = await mainText(false);
    expect(withJs.length).toBeGreaterThan(200);
    expect(withoutJs.length).toBeGreaterThanOrEqual(Math.floor(withJs.length * 0.95));
  });
});
