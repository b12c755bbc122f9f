/**
 * The pages for people in headless Chromium, at a desktop's width and a phone's, served by
 * `wrangler dev` with nothing reachable beyond 127.0.0.1: an address and its settings, the
 * questions and their recommendation, German, the Apple profile, the address again with JavaScript
 * off; axe-core's WCAG 2.1 A and AA rules on the assistant, a guide and the German page; and what
 * `/` loads, gzipped. No flow may meet a CSP violation, a console error or a request elsewhere.
 * Screenshots of each flow go to test-results/. Says SKIPPED and skips without Chromium.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AxeResults } from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium, outsideRequests } from './chromium.js';
import { startDevServer, type DevServer } from './dev-server.js';
import { writeStatusHistory } from './status-history.js';

const SCREENSHOTS = 'test-results';
const ADDRESS = 'anna@routing.net';
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/** What a page must never do, collected while a test runs. */
interface Watched {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly outside: string[];
  readonly errors: string[];
  /** Every URL the page requested or showed: none may hold the address typed. */
  readonly urls: string[];
}

/** Matches an address typed in the tests, plain or percent-encoded. */
const TYPED_ADDRESS = /anna(@|%40)routing|bob(@|%40)example/;

describe.skipIf(!chromiumAvailable())('the pages for people in a browser', () => {
  let server: DevServer;
  let browser: Browser;
  let open: Watched[] = [];
  let state: string;

  beforeAll(async () => {
    // A day of server checks, one endpoint failing: every page below shows the status and its bars.
    state = mkdtempSync(join(tmpdir(), 'people-page-state-'));
    writeStatusHistory(state);
    server = await startDevServer({}, state);
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(state, { recursive: true, force: true });
  });

  afterEach(async () => {
    for (const { page, context, outside, errors, urls } of open) {
      const violations = await page.evaluate(
        () => (globalThis as unknown as { cspViolations: string[] }).cspViolations,
      );
      expect(violations, 'CSP violations').toEqual([]);
      expect(outside, 'requests beyond 127.0.0.1').toEqual([]);
      expect(errors, 'console and page errors').toEqual([]);
      urls.push(page.url());
      expect(
        urls.filter((url) => TYPED_ADDRESS.test(url)),
        'URLs holding an address',
      ).toEqual([]);
      await context.close();
    }
    open = [];
  });

  /** A new page at `viewport`, watched for CSP violations, errors and requests elsewhere. */
  async function newPage(viewport: (typeof VIEWPORTS)[number], javaScriptEnabled = true): Promise<Page> {
    const context = await browser.newContext({
      viewport,
      javaScriptEnabled,
      acceptDownloads: true,
      locale: 'en-GB',
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    // Recorded by the browser itself, so it holds with JavaScript off too.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (globalThis as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    const urls: string[] = [];
    page.on('request', (request) => urls.push(request.url()));
    page.on('framenavigated', (frame) => urls.push(frame.url()));
    open.push({ page, context, outside: outsideRequests(page), errors, urls });
    return page;
  }

  const screenshot = (page: Page, flow: string, viewport: (typeof VIEWPORTS)[number]) =>
    page.screenshot({ path: `${SCREENSHOTS}/people-${flow}-${viewport.name}.png` });

  /** No sideways scrolling at this width. */
  const expectFits = async (page: Page, viewport: (typeof VIEWPORTS)[number]) =>
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);

  /** The element `selector` shows within the window, its top on screen. */
  const expectInView = async (page: Page, selector: string) => {
    const top = await page.locator(selector).evaluate((element) => element.getBoundingClientRect().top);
    expect(top, `${selector} in view`).toBeGreaterThanOrEqual(-1);
    expect(top, `${selector} in view`).toBeLessThan(await page.evaluate(() => window.innerHeight / 2));
  };

  /** Opens the assistant and asks for the settings of `address`, as a person does. */
  async function showAddress(page: Page, address = ADDRESS, query = ''): Promise<void> {
    await page.goto(`${server.origin}/${query}`);
    await page.getByLabel('Your email address').fill(address);
    await page.getByRole('button', { name: 'Show my settings' }).click();
    await page.getByText(`What to type into your mail program for ${address}`).waitFor();
  }

  /** Marks the document, so a test can tell whether the browser loaded a new one. */
  const mark = (page: Page) => page.evaluate(() => ((globalThis as unknown as { kept: boolean }).kept = true));
  const kept = (page: Page) => page.evaluate(() => (globalThis as unknown as { kept?: boolean }).kept === true);

  for (const viewport of VIEWPORTS) {
    describe(`at ${viewport.width} px (${viewport.name})`, () => {
      it('shows the settings for a typed address without reloading, each value with a copy button', async () => {
        const page = await newPage(viewport);
        await page.goto(`${server.origin}/`);
        await mark(page);
        await page.getByLabel('Your email address').fill(ADDRESS);
        await page.getByRole('button', { name: 'Show my settings' }).click();
        await page.getByText(`What to type into your mail program for ${ADDRESS}, with IMAP:`).waitFor();
        expect(await kept(page)).toBe(true);
        // The address stays out of the URL, the history and the switch's target.
        expect(new URL(page.url()).search).toBe('?lang=en');
        expect(await page.evaluate(() => [window.history.length, window.history.state])).toEqual([3, null]);
        expect(await page.getByRole('button', { name: 'Deutsch' }).getAttribute('formaction')).toBe('?lang=de');
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('settings-title');
        const incoming = page.getByRole('article', { name: 'Incoming mail (IMAP)' });
        expect(await incoming.innerText()).toMatch(/mail\.routing\.net[\s\S]*993[\s\S]*SSL\/TLS/);
        await incoming.getByRole('button', { name: 'Copy: Incoming mail (IMAP), Port' }).click();
        await page.getByRole('status').getByText('Copied: 993').waitFor();
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('993');
        await expectFits(page, viewport);
        await screenshot(page, 'address', viewport);
      });

      it('answers the three questions with a recommendation and the steps for it', async () => {
        const page = await newPage(viewport);
        await showAddress(page);
        await mark(page);
        await page.getByLabel('On how many devices').fill('1');
        await page.getByLabel('I want copies on my device').check();
        await page.getByRole('button', { name: 'Recommend' }).click();
        const answer = page.getByRole('heading', { name: 'Our recommendation: POP3' });
        await answer.waitFor();
        expect(await kept(page)).toBe(true);
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('answer-title');
        expect(await page.locator('#choose').innerText()).toContain(
          'You use one device and want copies you can read offline.',
        );
        expect(await page.getByRole('article', { name: 'Incoming mail (POP3)' }).innerText()).toContain('995');
        const thunderbird = page.locator('#guide-setup-thunderbird');
        await thunderbird.locator('summary').click();
        expect(await thunderbird.innerText()).toContain('protocol POP3, hostname mail.routing.net, port 995');
        await page.getByRole('button', { name: 'Show the steps for IMAP' }).click();
        await page.getByText('They set up IMAP').waitFor();
        expect(await thunderbird.innerText()).toContain('protocol IMAP, hostname mail.routing.net, port 993');
        await page.goBack();
        await page.getByText('They set up POP3').waitFor();
        await page.goBack();
        await page.getByRole('heading', { name: 'Our recommendation: POP3' }).waitFor({ state: 'detached' });
        await expectFits(page, viewport);
        await page.goForward();
        await answer.scrollIntoViewIfNeeded();
        await screenshot(page, 'recommendation', viewport);
      });

      it('keeps every word of the port table whole, in English and German', async () => {
        const page = await newPage(viewport);
        for (const lang of ['en', 'de']) {
          await page.goto(`${server.origin}/?lang=${lang}`);
          // A cell's text on more lines than it has words (a soft hyphen counting as a break) was split mid-word.
          const split = await page.evaluate(() =>
            Array.from(document.querySelectorAll('table.ports th, table.ports td')).flatMap((cell) => {
              const range = document.createRange();
              range.selectNodeContents(cell);
              const lines = new Set(Array.from(range.getClientRects(), (rect) => Math.round(rect.top))).size;
              const words = (cell.textContent ?? '').split(/[\s\u00ad]+/).length;
              return lines > words ? [`${cell.textContent} on ${lines} lines`] : [];
            }),
          );
          expect(split, lang).toEqual([]);
          await expectFits(page, viewport);
        }
      });

      it('says which server does not answer and what it means, with a day of bars, in English and German', async () => {
        const page = await newPage(viewport);
        await page.goto(`${server.origin}/`);
        // Whose help it is, in the title and the header.
        expect(await page.title()).toBe('Set up your email: settings, guides and help – routing.net Mail');
        expect(await page.locator('header .brand').innerText()).toBe('routing.net Mail: mail setup');
        const status = page.locator('#status');
        await expect
          .poll(() => status.locator('.status-line').innerText())
          .toMatch(/^At the last check, \d+ minutes? ago, not every server answered as the port table says:/);
        expect(await status.locator('.status-line li').innerText()).toMatch(
          /^IMAP on port 993 \(SSL\/TLS\) at mail\.routing\.net: The server could not be reached on this port.*may not fetch new mail.*Meanwhile IMAP on port 143 \(STARTTLS\) answered: you can switch to it\.$/s,
        );
        // The troubleshooting section leads to it.
        await page.locator('#trouble a[href="#status"]').click();
        expect(page.url()).toMatch(/#status$/);
        await status.locator('summary').click();
        const bars = status.locator('svg.bars');
        expect(await bars.count()).toBe(8);
        const box = await bars.first().boundingBox();
        expect(box?.width).toBeGreaterThan(90);
        // The two failed checks fall into one hour or two, by the clock.
        expect(await bars.first().getAttribute('aria-label')).toMatch(
          /^Last 24 hours by hour: good 2[23]; with a failed check [12]; without checks [01]$/,
        );
        await expectFits(page, viewport);
        await screenshot(page, 'status', viewport);

        await page.goto(`${server.origin}/?lang=de`);
        expect(await status.locator('.status-line').innerText()).toMatch(
          /^Bei der letzten Prüfung \(vor \d+ Minuten?\) antwortete nicht jeder Server wie in der Porttabelle angegeben:/,
        );
        expect(await status.locator('.status-line li').innerText()).toContain(
          'IMAP auf Port 143 (STARTTLS) antwortete dagegen',
        );
        await status.locator('summary').click();
        await expectFits(page, viewport);
      });

      it('switches to German and stays there', async () => {
        const page = await newPage(viewport);
        await showAddress(page);
        await page.getByRole('button', { name: 'Deutsch' }).click();
        await page.getByRole('heading', { name: 'Ihre E-Mail einrichten' }).waitFor();
        expect(await page.getAttribute('html', 'lang')).toBe('de');
        expect(await page.getByRole('article', { name: 'Posteingang (IMAP)' }).innerText()).toContain('993');
        await page.getByLabel('Auf wie vielen Geräten').fill('3');
        await page.getByRole('button', { name: 'Empfehlen' }).click();
        await page.getByRole('heading', { name: 'Unsere Empfehlung: IMAP' }).waitFor();
        await expectFits(page, viewport);
        await screenshot(page, 'german', viewport);
      });

      it('downloads the Apple profile for the address in one tap, with a QR code on a large screen', async () => {
        const page = await newPage(viewport);
        await showAddress(page);
        const guide = page.locator('#guide-setup-apple-mail-ios');
        await guide.locator('summary').click();
        const qr = guide.getByRole('img', { name: 'QR code that opens the profile download' });
        if (viewport.name === 'desktop') {
          await qr.waitFor();
          await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
        } else {
          expect(await qr.isVisible()).toBe(false);
        }
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          guide.getByRole('button', { name: 'Download the profile for IMAP' }).click(),
        ]);
        expect(download.suggestedFilename()).toMatch(/\.mobileconfig$/);
        const profile = readFileSync(await download.path(), 'utf8');
        expect(profile).toContain(`<string>${ADDRESS}</string>`);
        expect(profile).toContain('EmailTypeIMAP');
        await guide.scrollIntoViewIfNeeded();
        await screenshot(page, 'apple-profile', viewport);
      });

      it('shows the settings for an address with JavaScript off, by loading the page', async () => {
        const page = await newPage(viewport, false);
        await page.goto(`${server.origin}/`);
        await page.getByLabel('Your email address').fill('bob@example.com');
        // A POST: the page loads, its URL stays without the address.
        await Promise.all([
          page.waitForResponse((response) => response.request().method() === 'POST'),
          page.getByRole('button', { name: 'Show my settings' }).click(),
        ]);
        await page.getByRole('note').waitFor();
        // The reloaded page opens at the answer, not at its top.
        expect(new URL(page.url()).hash).toBe('#settings');
        await expectInView(page, '#settings');
        expect(await page.getByRole('note').innerText()).toContain('example.com is not on our list');
        expect(await page.getByRole('article', { name: 'Incoming mail (IMAP)' }).innerText()).toContain('993');
        expect(await page.getByRole('button', { name: /^Copy/ }).count()).toBe(0);
        await page.getByLabel('On how many devices').fill('2');
        await page.getByRole('button', { name: 'Recommend' }).click();
        await page.getByRole('heading', { name: 'Our recommendation: IMAP' }).waitFor();
        expect(new URL(page.url()).hash).toBe('#choose');
        await expectInView(page, '#choose');
        // The address came along in the form's body.
        expect(await page.getByRole('article', { name: 'Incoming mail (IMAP)' }).innerText()).toContain(
          'bob@example.com',
        );
        await expectFits(page, viewport);
        await screenshot(page, 'no-javascript', viewport);
      });

      it('asks for the address when the form is sent empty, with JavaScript and without', async () => {
        for (const javaScript of [true, false]) {
          const page = await newPage(viewport, javaScript);
          await page.goto(`${server.origin}/${javaScript ? '' : '?lang=de'}`);
          const [label, button, message] = javaScript
            ? ['Your email address', 'Show my settings', 'Type your email address into the box first']
            : ['Ihre E-Mail-Adresse', 'Einstellungen zeigen', 'Tragen Sie zuerst Ihre E-Mail-Adresse in das Feld ein'];
          await page.getByRole('button', { name: button }).click();
          await page.locator('#email-error').waitFor();
          expect(await page.locator('#email-error').innerText()).toContain(message);
          const field = page.getByLabel(label);
          expect(await field.getAttribute('aria-invalid')).toBe('true');
          if (javaScript) expect(await field.evaluate((input) => input === document.activeElement)).toBe(true);
          else {
            await expectInView(page, '#settings');
            // The reloaded page is the 400 it should be, which Chromium logs; nothing else may be.
            const errors = open.find((watched) => watched.page === page)?.errors ?? [];
            const expected = errors.filter((error) => error.includes('status of 400 (Bad Request)'));
            expect(expected).toHaveLength(1);
            errors.splice(errors.indexOf(expected[0] ?? ''), 1);
          }
        }
      });
    });
  }

  it('passes axe-core’s WCAG 2.1 A and AA rules on the assistant, a guide and the German page', async () => {
    // Each path, and the address typed into its form when one is given.
    const paths: [string, string?][] = [
      ['?devices=1&offline=yes', ADDRESS],
      ['/guides/setup-apple-mail-ios?protocol=POP3'],
      ['?lang=de&devices=2', 'bob@example.com'],
      ['/guides?lang=de'],
    ];
    for (const viewport of VIEWPORTS) {
      const page = await newPage(viewport);
      for (const [path, address] of paths) {
        if (address === undefined) await page.goto(`${server.origin}${path}`);
        else {
          await page.goto(`${server.origin}/${path}`);
          await page.locator('#email').fill(address);
          await page.locator('form.address button').click();
          await page.locator('#incoming-title').waitFor();
        }
        // Closed sections are checked too.
        await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
        await page.evaluate(AXE_SOURCE);
        const results = await page.evaluate(
          (tags) =>
            (globalThis as unknown as { axe: { run: (c: Document, o: object) => Promise<AxeResults> } }).axe.run(
              document,
              { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] },
            ),
          WCAG_21_AA,
        );
        const violations = results.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
        console.log(
          `axe ${viewport.name} ${path}: ${results.violations.length} violations, ${results.passes.length} rules passed`,
        );
        expect(violations, `${viewport.name} ${path}`).toEqual([]);
      }
    }
  });

  it('loads at most 50 KiB gzipped at /, everything from 127.0.0.1', async () => {
    const page = await newPage(VIEWPORTS[0]);
    const loaded: Promise<[string, number]>[] = [];
    page.on('response', (response) =>
      loaded.push(response.body().then((body) => [new URL(response.url()).pathname, gzipSync(body).byteLength])),
    );
    await showAddress(page, ADDRESS, '?devices=1&offline=yes');
    // The QR code loads once its guide is opened: counted too.
    await page.locator('#guide-setup-apple-mail-ios summary').click();
    await page.waitForLoadState('networkidle');
    const sizes = await Promise.all(loaded);
    expect(sizes.map(([path]) => path)).toEqual(
      expect.arrayContaining(['/', '/page/page.css', '/page/page.js', '/apple/profile-qr.svg']),
    );
    const total = sizes.reduce((sum, [, size]) => sum + size, 0);
    console.log(`Loaded by / in Chromium, gzipped bytes: ${JSON.stringify(Object.fromEntries(sizes))}, total ${total}`);
    expect(total).toBeLessThanOrEqual(50 * 1024);
  });
});
