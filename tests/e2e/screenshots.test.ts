/**
 * Screenshots of every page type on a phone (390 px wide) and a desktop (1280 px), into
 * test-artifacts/screenshots/<type>-<width>.png, for people to look at (CI keeps them). Each
 * shows the top of the page, at most a few screens, the way a reader meets it.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { BASE, onePagePerType } from '../helpers/dist.ts';
import { startSession, type SiteSession } from '../helpers/site-session.ts';

const dist = inject('distDir');
const SHOTS = path.resolve('test-artifacts/screenshots');
const WIDTHS = [
  { width: 390, height: 844, isMobile: true },
  { width: 1280, height: 900, isMobile: false },
];
/** How much of a long page is kept, in screen heights. */
const SCREENS = 4;
const pages = onePagePerType(dist).map((p) => (p.type === 'notFound' ? { ...p, url: `${BASE}no-such-page/` } : p));

let session: SiteSession;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  session = await startSession(dist);
});
afterAll(() => session?.close());

/** Width and height of a PNG, from its header. */
function pngSize(file: string) {
  const bytes = readFileSync(file);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe.each(WIDTHS)('$width px wide', ({ width, height, isMobile }) => {
  test.each(pages)('$type page $url', async ({ type, url }) => {
    const { page } = await session.open(url, { viewport: { width, height }, isMobile, hasTouch: isMobile });
    try {
      const full = await page.evaluate(() => document.documentElement.scrollHeight);
      const file = path.join(SHOTS, `${type}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: 0, width, height: Math.min(full, SCREENS * height) } });
      expect(pngSize(file)).toEqual({ width, height: Math.min(full, SCREENS * height) });
    } finally {
      await page.close();
    }
  });
});
