/**
 * The assistant in headless Chromium, with the Worker looking domains up in the real local DNS
 * (BIND behind dnsdist, test/dns/zones/), at a phone's width and a desktop's, in English and
 * German: an address whose mail is elsewhere gets no settings card until "show anyway"; a domain
 * that does not exist gets "check the spelling"; a failed lookup says the settings are unchecked
 * and offers "did you mean …?" for a near miss of a listed domain; a customer's domain hosted here
 * gets the settings with no note; and the administrators' part shows each discovery record of a
 * domain with its status and what to publish, with JavaScript and without. Says SKIPPED without
 * Chromium, named or dnsdist.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_DNS_PORTS, dohUrl } from '../../scripts/local-dns/ports.js';
import { startDnsServers, unavailable } from '../../scripts/local-dns/servers.js';
import { chromiumAvailable, launchChromium, outsideRequests } from './chromium.js';
import { startDevServer, type DevServer } from './dev-server.js';

const dnsMissing = unavailable();
if (dnsMissing !== undefined) console.warn(`SKIPPED: the assistant's DNS tests did not run: ${dnsMissing}.`);

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

const TEXTS = {
  en: {
    label: 'Your email address',
    show: 'Show my settings',
    settingsFor: 'What to type into your mail program for',
    elsewhere: 'The mail of elsewhere.mail-check.test is not here',
    anyway: 'Show the settings of routing.net Mail anyway',
    noSuchDomain: 'nowhere.mail-check.test does not exist',
    spelling: 'Check the spelling of your address.',
    unchecked: 'could not be checked just now',
    useSuggestion: 'Use anna@routing.net',
    incoming: 'Incoming mail (IMAP)',
    domain: 'Domain',
    check: 'Check the domain',
    records: 'The records mail programs look for under',
    wrong: 'Wrong',
    missing: 'Missing',
    advice: 'names another server or port: publish the SRV record 0 1 993 mail.routing.net.',
  },
  de: {
    label: 'Ihre E-Mail-Adresse',
    show: 'Einstellungen zeigen',
    settingsFor: 'in Ihr E-Mail-Programm ein',
    elsewhere: 'Die E-Mails von elsewhere.mail-check.test liegen nicht hier',
    anyway: 'Die Einstellungen von routing.net Mail trotzdem zeigen',
    noSuchDomain: 'nowhere.mail-check.test gibt es nicht',
    spelling: 'Prüfen Sie die Schreibweise Ihrer Adresse.',
    unchecked: 'konnte gerade nicht geprüft werden',
    useSuggestion: 'anna@routing.net verwenden',
    incoming: 'Posteingang (IMAP)',
    domain: 'Domain',
    check: 'Domain prüfen',
    records: 'Die Einträge, die Mailprogramme unter',
    wrong: 'Falsch',
    missing: 'Fehlt',
    advice:
      'nennt einen anderen Server oder Port: Veröffentlichen Sie stattdessen den SRV-Eintrag 0 1 993 mail.routing.net.',
  },
} as const;

describe.skipIf(!chromiumAvailable() || dnsMissing !== undefined)('the assistant with DNS lookups', () => {
  let stopDns: () => void;
  let server: DevServer;
  let browser: Browser;

  beforeAll(async () => {
    // Ports of their own: the `dns` project's DNS may be running at the same time.
    stopDns = await startDnsServers(BROWSER_DNS_PORTS);
    server = await startDevServer({ DOH_URL: dohUrl(BROWSER_DNS_PORTS.doh), PUBLIC_HOST: 'api.test' });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    stopDns?.();
  });

  /** A page at `viewport` in `lang`, and a check to run at its end: no errors, nothing outside, it fits. */
  async function open(viewport: (typeof VIEWPORTS)[number], lang: 'en' | 'de', javaScriptEnabled = true) {
    const context = await browser.newContext({
      viewport,
      locale: lang === 'de' ? 'de-DE' : 'en-GB',
      javaScriptEnabled,
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    const outside = outsideRequests(page);
    await page.goto(`${server.origin}/?lang=${lang}`);
    const done = async () => {
      expect(errors, 'console and page errors').toEqual([]);
      expect(outside, 'requests beyond 127.0.0.1').toEqual([]);
      expect(page.url()).not.toMatch(/@|%40/);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      await context.close();
    };
    return { page, done };
  }

  /** Opens the assistant in `lang` at `viewport` and asks for `address`, as a person does. */
  async function ask(viewport: (typeof VIEWPORTS)[number], lang: 'en' | 'de', address: string) {
    const opened = await open(viewport, lang);
    await opened.page.getByLabel(TEXTS[lang].label).fill(address);
    await opened.page.getByRole('button', { name: TEXTS[lang].show, exact: true }).click();
    return opened;
  }

  /** Checks `domain` in the administrators' part, as an administrator does. */
  async function check(page: Page, lang: 'en' | 'de', domain: string) {
    await page.getByLabel(TEXTS[lang].domain, { exact: true }).fill(domain);
    await page.getByRole('button', { name: TEXTS[lang].check }).click();
    await page.getByRole('heading', { name: `${TEXTS[lang].records} ${domain}` }).waitFor();
  }

  const recordBlock = (page: Page, name: string) => page.locator('.record', { hasText: name });

  const incomingCard = (page: Page, lang: 'en' | 'de') => page.getByRole('article', { name: TEXTS[lang].incoming });

  it('checks a domain without JavaScript too', async () => {
    const { page, done } = await open(VIEWPORTS[0], 'en', false);
    await check(page, 'en', 'wrong.mail-check.test');
    expect(await recordBlock(page, 'autodiscover.wrong.mail-check.test').locator('.status').innerText()).toBe(
      'Missing',
    );
    await done();
  });

  for (const viewport of VIEWPORTS) {
    for (const lang of ['en', 'de'] as const) {
      describe(`at ${viewport.width} px in ${lang === 'en' ? 'English' : 'German'}`, () => {
        it('hides the settings for mail hosted elsewhere until asked to show them anyway', async () => {
          const { page, done } = await ask(viewport, lang, 'anna@elsewhere.mail-check.test');
          await page.getByText(TEXTS[lang].elsewhere).waitFor();
          expect(await page.locator('#settings .notice').innerText()).toContain('aspmx.mail-elsewhere.example');
          expect(await incomingCard(page, lang).isVisible()).toBe(false);
          await page.getByText(TEXTS[lang].anyway).click();
          await incomingCard(page, lang).waitFor();
          expect(await incomingCard(page, lang).innerText()).toContain('mail.routing.net');
          await done();
        });

        it('says a domain that does not exist does not, and to check the spelling', async () => {
          const { page, done } = await ask(viewport, lang, 'anna@nowhere.mail-check.test');
          await page.getByText(TEXTS[lang].noSuchDomain).waitFor();
          await page.getByText(TEXTS[lang].spelling).waitFor();
          expect(await incomingCard(page, lang).isVisible()).toBe(false);
          await done();
        });

        it('says a failed check leaves the settings unchecked, and offers the listed domain a typo away', async () => {
          // named serves only the test zones, so routng.net is REFUSED: the lookup fails.
          const { page, done } = await ask(viewport, lang, 'anna@routng.net');
          await page.getByText(TEXTS[lang].unchecked).waitFor();
          expect(await incomingCard(page, lang).isVisible()).toBe(true);
          await page.getByRole('button', { name: TEXTS[lang].useSuggestion }).click();
          await page
            .getByText(/anna@routing\.net/)
            .first()
            .waitFor();
          await page.locator('#settings .notice').waitFor({ state: 'detached' });
          await done();
        });

        it('checks a domain for its administrator: each record, its status and what to publish', async () => {
          const { page, done } = await open(viewport, lang);
          await check(page, lang, 'wrong.mail-check.test');
          const imaps = recordBlock(page, '_imaps._tcp.wrong.mail-check.test');
          expect(await imaps.locator('.status').innerText()).toBe(TEXTS[lang].wrong);
          expect(await imaps.innerText()).toContain('0 1 143 mail.routing.net.');
          expect(await imaps.innerText()).toContain(TEXTS[lang].advice);
          expect(await recordBlock(page, '_pop3s._tcp.wrong.mail-check.test').locator('.status').innerText()).toBe(
            TEXTS[lang].missing,
          );
          expect(new URL(page.url()).searchParams.get('domain')).toBe('wrong.mail-check.test');
          await check(page, lang, 'complete.mail-check.test');
          const statuses = await page.locator('.record .status').allInnerTexts();
          expect(statuses).toEqual(Array(9).fill('OK'));
          await done();
        });

        it("shows a customer's own domain hosted here its settings, with no note", async () => {
          const { page, done } = await ask(viewport, lang, 'info@hosted-here.mail-check.test');
          await incomingCard(page, lang).waitFor();
          expect(await page.locator('#settings .notice').count()).toBe(0);
          expect(await page.locator('#settings').innerText()).toContain(TEXTS[lang].settingsFor);
          await done();
        });
      });
    }
  }
});
