/**
 * Apollo Client in a browser reads the API from a page on another origin. Its requests carry
 * headers no CORS-safelisted request has (client awareness, CSRF-prevention headers), so Chromium
 * sends a preflight first and refuses the request ("Failed to fetch") unless the preflight allows
 * every one of them. The page comes from a server of its own on 127.0.0.1; the API is the Worker
 * under `wrangler dev` on another port.
 * Runs when Debian's Chromium is installed at /usr/bin/chromium (CI installs it); says so plainly
 * and skips otherwise.
 */
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium, outsideRequests } from './chromium.js';
import { startDevServer, type DevServer } from './dev-server.js';
import { startPageServer, type PageServer } from './page-server.js';

const RECOMMENDED_PORTS = [993, 995, 587];

describe.skipIf(!chromiumAvailable())('Apollo Client on another origin', () => {
  let api: DevServer;
  let site: PageServer;
  let browser: Browser;

  beforeAll(async () => {
    [api, site, browser] = await Promise.all([
      startDevServer(),
      startPageServer(fileURLToPath(new URL('./apollo-page.ts', import.meta.url))),
      launchChromium(),
    ]);
  });

  afterAll(async () => {
    await browser?.close();
    await site?.stop();
    await api?.stop();
  });

  it('gets its answers over POST and GET, through the preflight', async () => {
    const page = await browser.newPage();
    const outside = outsideRequests(page);
    const sent: Record<string, string>[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(`${api.origin}/graphql`)) sent.push(request.headers());
    });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    expect(new URL(site.origin).port).not.toBe(new URL(api.origin).port);
    await page.goto(`${site.origin}/?api=${encodeURIComponent(api.origin)}`);
    const outcomes = await page.evaluate(
      () => (globalThis as unknown as { outcomes: Promise<Record<string, unknown>> }).outcomes,
    );

    for (const method of ['post', 'get']) {
      const answer = outcomes[method] as { endpoints?: { port: number }[]; error?: string };
      expect(answer.error, method).toBeUndefined();
      expect(
        answer.endpoints?.map((endpoint) => endpoint.port),
        method,
      ).toEqual(RECOMMENDED_PORTS);
    }
    expect(outside).toEqual([]);
    expect(pageErrors).toEqual([]);
    // What made Chromium ask first: headers outside the CORS safelist, on both requests.
    expect(sent.map((headers) => headers['apollographql-client-name'])).toEqual([
      'mail-settings-browser-test',
      'mail-settings-browser-test',
    ]);
    expect(sent[1]?.['apollo-require-preflight']).toBe('true');
  });
});
