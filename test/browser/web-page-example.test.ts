/**
 * The web-page example (`examples/web-page/`), served as it is from an origin of its own, talks to
 * the API under `wrangler dev` on another: the port table by GET, an address by POST (never in a
 * URL), the answer in the chosen language, and a typo shown in words while the port table stays.
 * Runs when Debian's Chromium is installed at /usr/bin/chromium (CI installs it); says so plainly
 * and skips otherwise.
 */
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium, outsideRequests } from './chromium.js';
import { startDevServer, type DevServer } from './dev-server.js';
import { startStaticServer, type PageServer } from './page-server.js';

const EXAMPLE = fileURLToPath(new URL('../../examples/web-page', import.meta.url));

describe.skipIf(!chromiumAvailable())('the web-page example on another origin', () => {
  let api: DevServer;
  let site: PageServer;
  let browser: Browser;

  beforeAll(async () => {
    [api, site, browser] = await Promise.all([
      startDevServer(),
      startStaticServer(EXAMPLE, ['widget.js']),
      launchChromium(),
    ]);
  });

  afterAll(async () => {
    await browser?.close();
    await site?.stop();
    await api?.stop();
  });

  /** The example opened against the API, with what it sends and what goes wrong recorded. */
  async function openExample(): Promise<{ page: Page; urls: string[]; methods: string[]; problems: string[] }> {
    const page = await browser.newPage();
    const urls: string[] = [];
    const methods: string[] = [];
    const problems = outsideRequests(page);
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('request', (request) => {
      if (request.url().startsWith(api.origin)) {
        urls.push(request.url());
        methods.push(request.method());
      }
    });
    await page.goto(`${site.origin}/?api=${encodeURIComponent(api.origin)}`);
    return { page, urls, methods, problems };
  }

  it('shows the recommended servers, fetched by a cacheable GET', async () => {
    const { page, methods, problems } = await openExample();
    await expect.poll(() => page.locator('#ports').innerText(), { timeout: 30_000 }).toContain('mail.routing.net');
    expect(await page.locator('#ports tr').count()).toBe(3);
    expect(methods).toContain('GET');
    expect(problems).toEqual([]);
  });

  it('gives the recommended settings for an address, sent by POST so no URL holds it', async () => {
    const { page, urls, problems } = await openExample();
    await page.locator('#email').fill('anna@routing.net');
    await page.locator('#devices').fill('1');
    await page.locator('#offline').check();
    await page.locator('button[type=submit]').click();
    await expect.poll(() => page.locator('#settings').innerText(), { timeout: 30_000 }).toContain('POP3');
    expect(await page.locator('#settings').innerText()).toContain('mail.routing.net:995');
    expect(urls.some((url) => decodeURIComponent(url).includes('anna@'))).toBe(false);
    expect(problems).toEqual([]);
  });

  it('answers in German when German is chosen', async () => {
    const { page } = await openExample();
    await page.locator('#language').selectOption('DE');
    await page.locator('#email').fill('anna@routing.net');
    await page.locator('button[type=submit]').click();
    await expect.poll(() => page.locator('#settings').innerText(), { timeout: 30_000 }).toContain('Posteingang');
    expect(await page.locator('#settings-status').innerText()).toMatch(/Geräte|IMAP/);
  });

  it('says what is wrong with a typo in words, and keeps the port table', async () => {
    const { page, problems } = await openExample();
    await expect.poll(() => page.locator('#ports').innerText(), { timeout: 30_000 }).toContain('mail.routing.net');
    // `type=email` would stop a browser's own form check first; the API's word is what is tested.
    await page.locator('#email').evaluate((input) => input.setAttribute('type', 'text'));
    await page.locator('#email').fill('anna@@routing.net');
    await page.locator('button[type=submit]').click();
    const status = page.locator('#settings-status.error');
    await expect.poll(() => status.innerText(), { timeout: 30_000 }).not.toBe('');
    expect(await page.locator('#settings').isHidden()).toBe(true);
    expect(await page.locator('#ports').innerText()).toContain('mail.routing.net');
    expect(problems).toEqual([]);
  });

  it('says so in words when the API cannot be reached', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.origin}/?api=${encodeURIComponent('http://127.0.0.1:9')}`);
    await expect
      .poll(() => page.locator('#ports-status.error').innerText(), { timeout: 30_000 })
      .toContain('cannot be reached');
  });
});
