/**
 * Chinese renders as text, not as missing-glyph boxes: on every page type, each Chinese character
 * draws differently from a code point no font has (tests/helpers/glyphs.ts). CI installs a CJK font
 * (`fonts-noto-cjk` in .ci/run and .github/workflows/ci.yml); without one this test fails, which
 * the last test shows by hiding the machine's CJK fonts from a second browser.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { BASE, onePagePerType } from '../helpers/dist.ts';
import { fontconfigWithoutCjk, missingGlyphs } from '../helpers/glyphs.ts';
import { serveStatic } from '../helpers/serve.ts';
import { startSession, type SiteSession } from '../helpers/site-session.ts';

const dist = inject('distDir');
const pages = onePagePerType(dist).map((p) => (p.type === 'notFound' ? { ...p, url: `${BASE}no-such-page/` } : p));

let session: SiteSession;
beforeAll(async () => {
  session = await startSession(dist);
});
afterAll(() => session?.close());

describe('Chinese text renders with real glyphs', () => {
  test.each(pages)('$type page $url', async ({ url }) => {
    const { page } = await session.open(url);
    try {
      const { checked, missing } = await missingGlyphs(page);
      expect(checked, 'Chinese characters on the page').toBeGreaterThan(20);
      expect(missing, '这些汉字显示为缺字方框：请安装中文字体（Debian: fonts-noto-cjk）').toEqual([]);
    } finally {
      await page.close();
    }
  });
});

test('without a CJK font the check sees the boxes', async () => {
  const server = await serveStatic(dist, BASE);
  const browser = await launchBrowser({ ...process.env, FONTCONFIG_FILE: fontconfigWithoutCjk() });
  try {
    const page = await browser.newPage();
    await page.goto(server.url + BASE);
    const { checked, missing } = await missingGlyphs(page);
    const lost = missing.reduce((n, m) => n + [...m.chars].length, 0);
    expect(checked).toBeGreaterThan(20);
    expect(lost).toBe(checked);
  } finally {
    await browser.close();
    await server.close();
  }
});
