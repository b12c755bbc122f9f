/**
 * GraphiQL renders and runs a query in headless Chromium with nothing reachable but 127.0.0.1,
 * under its Content-Security-Policy without a single violation.
 * Runs when Debian's Chromium is installed at /usr/bin/chromium (CI installs it); says so plainly
 * and skips otherwise.
 */
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium, outsideRequests } from './chromium.js';
import { startDevServer, type DevServer } from './dev-server.js';

describe.skipIf(!chromiumAvailable())('GraphiQL in a browser', () => {
  let server: DevServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startDevServer();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('renders and runs the example query offline', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const pageErrors: string[] = [];
    const consoleErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    // Every Content-Security-Policy violation, in the page and in its workers' reports.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (globalThis as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) => {
        seen.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    const outside = outsideRequests(page);

    const navigation = await page.goto(`${server.origin}/graphql`);
    expect(navigation?.headers()['content-security-policy']).toContain("default-src 'self'");
    await page.locator('.graphiql-execute-button').click({ timeout: 30_000 });
    const response = page.locator('.graphiql-response');
    await expect.poll(() => response.innerText(), { timeout: 30_000 }).toContain('mail.routing.net');
    expect(await response.innerText()).toMatch(/"adviceLabel":\s+"recommended"/);

    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/graphiql.png' });
    expect(outside).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(await page.evaluate(() => (globalThis as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
