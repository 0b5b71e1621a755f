/**
 * `astro preview` answers a folder's address without its trailing slash (`/reports`) with that page,
 * as static hosts do (GitHub Pages redirects to `/reports/`), instead of a 404; a missing page is
 * still the site's 404. Runs the real preview server on the run's build.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { BASE, pagesOfType } from '../helpers/dist.ts';

const dist = inject('distDir');
let server: ChildProcess;
let origin: string;

/** A port nothing listens on. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

beforeAll(async () => {
  const port = await freePort();
  // Its own process group, so closing it ends npm's child too.
  server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port)], {
    env: { ...process.env, ASTRO_OUT_DIR: dist },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes(`:${port}`)) resolve();
    };
    server.stdout!.on('data', onData);
    server.stderr!.on('data', onData);
    server.on('exit', (code) => reject(new Error(`astro preview exited (${code}): ${log}`)));
  });
  origin = `http://127.0.0.1:${port}`;
}, 180_000);
afterAll(() => {
  if (server?.pid) process.kill(-server.pid);
});

const titleOf = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? null;

async function get(pathname: string) {
  const response = await fetch(origin + pathname);
  return { status: response.status, title: titleOf(await response.text()) };
}

test('folders answer without the trailing slash: /reports, a city page, /search', async () => {
  const city = pagesOfType(dist, 'city')[0].url;
  for (const folder of [`${BASE}reports/`, city, `${BASE}search/`]) {
    const withSlash = await get(folder);
    expect(withSlash.status, folder).toBe(200);
    const without = await get(folder.replace(/\/$/, ''));
    expect(without, folder).toEqual(withSlash);
  }
});

test('a missing page is still the site’s 404', async () => {
  const missing = await get(`${BASE}no-such-page`);
  expect(missing.status).toBe(404);
  expect(missing.title).toContain('页面不存在');
});
