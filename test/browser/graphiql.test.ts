/**
 * GraphiQL renders and runs a query in headless Chromium with nothing reachable but 127.0.0.1,
 * under its Content-Security-Policy without a single violation; every example tab opens on the
 * first click, runs its own operation, and its variables raise no error in GraphiQL's editor.
 * Runs when Debian's Chromium is installed at /usr/bin/chromium (CI installs it); says so plainly
 * and skips otherwise.
 */
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { parse, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../src/graphql-server/graphiql/examples.js';
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

  it('opens every example tab on the first click and runs its operation, its variables valid', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${server.origin}/graphql`);
    await page.locator('.graphiql-execute-button').waitFor({ timeout: 30_000 });
    // Visit the examples in reverse, so no tab is reached by closing another.
    for (const example of [...EXAMPLES].reverse()) {
      const operation = parse(example.query).definitions[0] as OperationDefinitionNode;
      const name = operation.name?.value ?? '';
      const [firstField] = operation.selectionSet.selections as FieldNode[];
      const key = firstField?.alias?.value ?? firstField?.name.value ?? '';

      await page.locator(`.graphiql-tab-button[title="${name}"]`).click();
      await expect.poll(() => page.locator('.graphiql-tab-active').innerText(), { timeout: 5_000 }).toBe(name);
      // GraphiQL learns the operation's name from its editor a moment after the switch, so a run
      // at once can still name the last tab's operation: run until the answer is this one's.
      const response = page.locator('.graphiql-response');
      await expect
        .poll(
          async () => {
            await page.locator('.graphiql-execute-button').click();
            await page.waitForTimeout(250);
            return response.innerText();
          },
          { timeout: 30_000 },
        )
        .toContain(`"${key}"`);
      expect(await response.innerText(), name).not.toContain('"errors"');
      // Monaco marks what GraphiQL's JSON schema of the variables refuses with a squiggly line. It
      // checks again a moment after a tab switch, so a mark can still belong to the last tab's
      // operation: wait for the marks to settle, as a mark of this one's would not go away.
      const variableEditor = page.locator('.graphiql-editor-tool');
      await expect
        .poll(() => variableEditor.locator('.squiggly-error').count(), {
          message: `${name}'s variables`,
          timeout: 5_000,
        })
        .toBe(0);
    }
  });
});
