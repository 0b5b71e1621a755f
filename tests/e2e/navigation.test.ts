/**
 * A reader's path through the site, by clicking: home → a city → one of its reports → a section of
 * it from the outline → the comparison overview → an indicator → a quoted figure back in its report
 * sentence. Links are picked from the pages as built, never by hard-coded ids.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { BASE } from '../helpers/dist.ts';
import { startSession, type SiteSession } from '../helpers/site-session.ts';

const dist = inject('distDir');
let session: SiteSession;
beforeAll(async () => {
  session = await startSession(dist);
});
afterAll(() => session?.close());

/**
 * Click a link (opening the collapsed `<details>` it sits in first, as a reader would) and wait
 * until the browser is at its target (a new page or an anchor on this one).
 */
async function follow(page: Page, link: Locator): Promise<string> {
  await expect(link.count(), 'the link to follow').resolves.toBeGreaterThan(0);
  const first = link.first();
  const href = (await first.getAttribute('href'))!;
  const target = new URL(href, page.url()).href;
  if (!(await first.isVisible())) {
    const details = first.locator('xpath=ancestor::details[not(@open)]');
    if ((await details.count()) > 0) await details.last().locator(':scope > summary').click();
  }
  await first.click();
  await page.waitForURL(target);
  return href;
}

/** The element an anchor URL points at is there and scrolled into view; returns its text. */
async function anchorTarget(page: Page): Promise<string> {
  const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
  const target = page.locator(`[id="${id}"]`);
  expect(await target.count(), `an element with id "${id}"`).toBe(1);
  await page.waitForFunction(
    (el) => {
      const box = el!.getBoundingClientRect();
      return box.bottom > 0 && box.top < innerHeight;
    },
    await target.elementHandle(),
    { timeout: 5000 },
  );
  return target.innerText();
}

describe('a reader clicks through the site', () => {
  test('home → city → report → section → compare → indicator → sentence', async () => {
    const { page } = await session.open(BASE);
    try {
      await follow(page, page.locator(`main a[href^="${BASE}cities/"]:not([href="${BASE}cities/"])`));
      expect(page.url()).toMatch(/\/cities\/[^/]+\/$/);
      await expect(page.locator('h1').innerText()).resolves.not.toBe('');

      await follow(page, page.locator(`main a[href^="${BASE}reports/"]:not([href*="#"]):not([href="${BASE}reports/"])`));
      expect(page.url()).toMatch(/\/reports\/[^/]+\/$/);
      const reportUrl = page.url();

      // The outline: a link to a heading of this report.
      const section = await follow(page, page.locator('main a[href^="#h-"]'));
      expect(page.url()).toBe(`${reportUrl}${section}`);
      const heading = await anchorTarget(page);
      expect(heading.trim()).not.toBe('');

      // The site navigation, to the comparison overview and on to one indicator.
      await follow(page, page.locator(`header a[href="${BASE}compare/"], nav a[href="${BASE}compare/"]`));
      await follow(page, page.locator(`main a[href^="${BASE}compare/"]:not([href="${BASE}compare/"])`));
      expect(page.url()).toMatch(/\/compare\/[^/]+\/$/);

      // A quoted figure (in the page's text, not a chart) links to its sentence, which states it.
      const quote = page.locator(`main a[href^="${BASE}reports/"][href*="#s-"]:not(svg a)`).first();
      const quoted = ((await quote.textContent()) ?? '').trim();
      await follow(page, quote);
      expect(page.url()).toMatch(/\/reports\/[^/]+\/#s-\d+/);
      const sentence = await anchorTarget(page);
      const number = /\d+(?:\.\d+)?/.exec(quoted)?.[0];
      expect(number, `a number in the quoted link "${quoted}"`).toBeDefined();
      expect(sentence).toContain(number!);
    } finally {
      await page.close();
    }
  });
});
