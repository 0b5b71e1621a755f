/**
 * A browser session over a built site: the site served on 127.0.0.1, Debian's Chromium, and pages that
 * record what went wrong while loading (script errors, failed or off-site requests, CSP violations).
 * Requests to any other host are aborted, so a page that needs the network shows it here.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { BASE } from './dist.ts';
import { serveStatic, type StaticServer } from './serve.ts';

/** What a page did wrong while it was open. */
export interface PageTrouble {
  /** Uncaught script errors and console errors. */
  errors: string[];
  /** Requests to another origin (aborted) and requests that failed or answered ≥ 400. */
  requests: string[];
  /** Content-Security-Policy violations reported by the page. */
  csp: string[];
}

export interface OpenPage {
  page: Page;
  status: number;
  trouble(): Promise<PageTrouble>;
}

export interface SiteSession {
  browser: Browser;
  /** Absolute URL of a site path such as `/reports/x/` (the base is already in the path). */
  url(pathname: string): string;
  /** A new context (viewport, colour scheme, JS on/off…) whose pages block off-site requests. */
  context(options?: BrowserContextOptions): Promise<BrowserContext>;
  /**
   * A page in a new context, loaded. `status` is the HTTP status of the page itself; `trouble()`
   * returns what went wrong since it was opened. Closing the page closes its context.
   */
  open(pathname: string, options?: BrowserContextOptions): Promise<OpenPage>;
  close(): Promise<void>;
}

export async function startSession(dist: string): Promise<SiteSession> {
  const server: StaticServer = await serveStatic(dist, BASE);
  const browser = await launchBrowser();
  const origin = server.url;

  const context = async (options: BrowserContextOptions = {}) => {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
    await ctx.route('**/*', (route) =>
      new URL(route.request().url()).origin === origin || route.request().url().startsWith('data:')
        ? route.continue()
        : route.abort('blockedbyclient'),
    );
    await ctx.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
      );
    });
    return ctx;
  };

  return {
    browser,
    url: (pathname) => origin + pathname,
    context,
    async open(pathname, options) {
      const ctx = await context(options);
      const page = await ctx.newPage();
      const trouble: PageTrouble = { errors: [], requests: [], csp: [] };
      page.on('pageerror', (e) => trouble.errors.push(`uncaught: ${e.message}`));
      page.on('console', (m) => {
        // Failed loads are reported (with their URL) as requests.
        if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) trouble.errors.push(`console: ${m.text()}`);
      });
      page.on('requestfailed', (r) => {
        const failure = r.failure()?.errorText ?? 'failed';
        trouble.requests.push(`${failure.includes('BLOCKED_BY_CLIENT') ? 'off-site' : failure}: ${r.url()}`);
      });
      page.on('response', (r) => {
        // The page's own status is reported as `status` (a missing page answers 404 on purpose).
        const own = r.request().isNavigationRequest() && r.frame() === page.mainFrame();
        if (r.status() >= 400 && !own) trouble.requests.push(`HTTP ${r.status()}: ${r.url()}`);
      });
      page.on('close', () => void ctx.close().catch(() => {}));
      const response = await page.goto(origin + pathname, { waitUntil: 'load' });
      return {
        page,
        status: response?.status() ?? 0,
        async trouble() {
          const csp = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations ?? []);
          return { ...trouble, csp: [...trouble.csp, ...csp] };
        },
      };
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
