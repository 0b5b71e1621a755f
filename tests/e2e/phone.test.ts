/**
 * Searching on a phone (390 px wide): every search box shows its whole placeholder (measured in the
 * box's own font against the room inside it), and the search page has exactly one search box.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { BASE, onePagePerType, pagesOfType } from '../helpers/dist.ts';
import { startSession, type SiteSession } from '../helpers/site-session.ts';

const dist = inject('distDir');
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const pages = onePagePerType(dist).map((p) => (p.type === 'notFound' ? { ...p, url: `${BASE}no-such-page/` } : p));

let session: SiteSession;
beforeAll(async () => {
  session = await startSession(dist);
});
afterAll(() => session?.close());

describe('search box placeholders fit on a 390-px phone', () => {
  test.each(pages)('$type page $url', async ({ url }) => {
    const { page } = await session.open(url, PHONE);
    try {
      const boxes = await page.evaluate(() => {
        const ctx = document.createElement('canvas').getContext('2d')!;
        return [...document.querySelectorAll<HTMLInputElement>('input[type="search"]')].map((input) => {
          const s = getComputedStyle(input);
          ctx.font = `${s.fontStyle} ${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
          const room = input.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
          return { placeholder: input.placeholder, text: Math.ceil(ctx.measureText(input.placeholder).width), room: Math.floor(room) };
        });
      });
      expect(boxes.length).toBeGreaterThan(0);
      for (const box of boxes) {
        expect(box.placeholder).not.toBe('');
        expect(box.text, `“${box.placeholder}” needs ${box.text}px, the box has ${box.room}px`).toBeLessThanOrEqual(box.room);
      }
    } finally {
      await page.close();
    }
  });
});

test('the search page has exactly one search box', async () => {
  const [search] = pagesOfType(dist, 'search');
  const { page } = await session.open(search.url, PHONE);
  try {
    expect(await page.locator('input[type="search"]').count()).toBe(1);
    expect(await page.getByRole('search').count()).toBe(1);
  } finally {
    await page.close();
  }
});
