/**
 * The pages for people as the Worker serves them, read as HTML: the assistant at `/` with an
 * address (a listed and an unlisted domain, and a mistaken one), with the questions answered, in
 * German; `/guides`, a guide and the 404 page for an unknown one; their caching; what `/`
 * loads, within 50 KiB gzipped; and the address kept out of every URL and every shared cache.
 */
import { GRAPHQL_PATH } from '../src/paths.js';
import { describe, expect, it } from 'vitest';
import { catalog } from '../src/catalog/catalog.js';
import { CACHE_CONTROL_LIVE } from '../src/http/cache-policy.js';
import { bodyText, fetchWorker } from './helpers/client.js';

/** The budget for everything `/` loads, gzipped. */
const BUDGET_BYTES = 50 * 1024;

async function page(path: string, headers: Record<string, string> = {}) {
  const response = await fetchWorker(path, { headers });
  return { response, html: await bodyText(response) };
}

/** The assistant's form POST of `fields` to `path`, as a browser sends it with JavaScript off. */
async function posted(path: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  const response = await fetchWorker(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields),
  });
  return { response, html: await bodyText(response) };
}

/** Every URL the page's HTML names: links, form actions, button targets, files it loads. */
const urlsOf = (html: string) =>
  [...html.matchAll(/\s(?:href|src|action|formaction)="([^"]*)"/g)].map((m) => (m[1] ?? '').replace(/&#38;/g, '&'));

/** The text of `html` without its tags, white space folded, for reading as a person would. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code)))
    .replace(/\s+/g, ' ');

async function gzippedSize(body: ArrayBuffer): Promise<number> {
  const stream = new Blob([body]).stream().pipeThrough(new CompressionStream('gzip'));
  return (await new Response(stream).arrayBuffer()).byteLength;
}

/** Every same-origin file the page's HTML makes a browser load: stylesheets, scripts, images. */
const referencedFiles = (html: string) =>
  [...html.matchAll(/<(?:link rel="stylesheet"|script[^>]*|img) [^>]*?(?:href|src)="([^"]+)"/g)].map((m) =>
    (m[1] ?? '').replace(/&#38;/g, '&'),
  );

describe('the assistant at /', () => {
  it('shows what to type for an address: preferred servers first, the other encrypted ports below', async () => {
    const { response, html } = await posted('/', { email: 'anna@routing.net' });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    const text = textOf(html);
    expect(text).toContain('What to type into your mail program for anna@routing.net, with IMAP:');
    expect(text).toMatch(
      /Incoming mail \(IMAP\) Server mail\.routing\.net .*Port 993 .*Encryption SSL\/TLS .*User name anna@routing\.net/,
    );
    expect(text).toMatch(/Outgoing mail \(SMTP\) Server mail\.routing\.net .*Port 587 .*Encryption STARTTLS/);
    expect(text).toContain('IMAP: mail.routing.net, port 143 with STARTTLS (supported)');
    expect(text).toContain('SMTP: mail.routing.net, port 465 with SSL/TLS (supported)');
    // Alternatives are encrypted only, and never the other incoming protocol.
    expect(text).not.toMatch(/port (25|110|995) with/);
    expect(html).toContain('data-copy="mail.routing.net" aria-label="Copy: Incoming mail (IMAP), Server" hidden>');
    expect(text).not.toContain('is not on our list');
  });

  it('says plainly what the settings mean for a domain no provider lists', async () => {
    const { response, html } = await posted('/', { email: 'bob@example.com' });
    expect(response.status).toBe(200);
    const text = textOf(html);
    expect(text).toContain('example.com is not on our list');
    expect(text).toContain(
      'they work only if the mail of example.com is hosted at routing.net Mail. If someone else runs it (an employer, a school, a web host), ask them for the settings instead.',
    );
    expect(text).toContain('Server mail.routing.net');
  });

  it('shows the API’s word on a mistaken address next to the field, as a 400 no cache keeps', async () => {
    const { response, html } = await posted('/', { email: 'anna@' });
    expect(response.status).toBe(400);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect(html).toContain('aria-describedby="email-hint email-error" aria-invalid="true"');
    expect(textOf(html)).toContain(
      '"anna@" is not a valid email address: the domain after the "@" is missing, as "routing.net" in anna@routing.net.',
    );
  });

  it('asks for the address, or the domain, when its form is sent empty, as a 400 in both languages', async () => {
    for (const [sent, error, text] of [
      [
        await posted('/', { email: '  ' }),
        'email-error',
        'Type your email address into the box first, for example anna@example.com',
      ],
      [
        await posted('/?lang=de', { email: '' }),
        'email-error',
        'Tragen Sie zuerst Ihre E-Mail-Adresse in das Feld ein',
      ],
      [await page('/?domain='), 'domain-error', 'Type the domain into the box first, for example example.com'],
      [await page('/?domain=&lang=de'), 'domain-error', 'Tragen Sie zuerst die Domain in das Feld ein'],
    ] as const) {
      expect(sent.response.status).toBe(400);
      expect(sent.response.headers.get('Cache-Control')).toBe('no-store');
      expect(sent.html).toContain(
        `aria-describedby="${error.replace('-error', '-hint')} ${error}" aria-invalid="true"`,
      );
      expect(textOf(sent.html.match(new RegExp(`<p id="${error}"[^>]*>[^<]*`))?.[0] ?? '')).toContain(text);
    }
    // Not the note for a page without an address: the reader did ask.
    expect(textOf((await posted('/', { email: '' })).html)).not.toContain('Enter your address to see your settings.');
  });

  it('sends each form and protocol link back to its own answer, for a reload without JavaScript', async () => {
    const { html } = await posted('/?devices=2', { email: 'anna@routing.net' });
    const targets = urlsOf(html).filter((url) => url.startsWith('/') && url.includes('#'));
    for (const fragment of ['#settings', '#choose', '#programs', '#domain-check']) {
      expect(
        targets.some((url) => url.endsWith(fragment)),
        fragment,
      ).toBe(true);
    }
    for (const id of ['settings', 'choose', 'programs', 'domain-check']) expect(html).toContain(`id="${id}"`);
  });

  it('names the provider whose help it is in the header and the title, on every page', async () => {
    for (const [path, title, brand] of [
      ['/', 'Set up your email: settings, guides and help – routing.net Mail', 'routing.net Mail: mail setup'],
      [
        '/?lang=de',
        'E-Mail einrichten: Einstellungen, Anleitungen und Hilfe – routing.net Mail',
        'routing.net Mail: E-Mail einrichten',
      ],
      ['/guides', 'All guides – routing.net Mail', 'routing.net Mail: mail setup'],
      ['/guides/setup-thunderbird?lang=de', 'routing.net Mail', 'routing.net Mail: E-Mail einrichten'],
    ] as const) {
      const { html } = await page(path);
      expect(html.match(/<title>([^<]*)<\/title>/)?.[1], path).toContain(title);
      expect(html.match(/<a class="brand"[^>]*>([^<]*)<\/a>/)?.[1], path).toBe(brand);
    }
  });

  it('works without an address', async () => {
    const { response, html } = await page('/');
    expect(response.status).toBe(200);
    expect(textOf(html)).toContain('Enter your address to see your settings.');
    expect(html).toContain('/apple/mail.mobileconfig?protocol=IMAP');
  });

  it('answers the three questions and makes the settings, guides and profile follow the answer', async () => {
    const { response, html } = await posted('/', { email: 'anna@routing.net', devices: '1', offline: 'yes' });
    expect(response.status).toBe(200);
    const text = textOf(html);
    expect(text).toContain('Our recommendation: POP3');
    expect(text).toContain('You use one device and want copies you can read offline.');
    expect(html).toContain('<a href="#protocol-pop3">What is POP3?</a>');
    expect(html).toContain('<a href="#protocol-smtp">What is SMTP?</a>');
    for (const protocol of ['imap', 'pop3', 'smtp']) expect(html).toContain(`id="protocol-${protocol}"`);
    expect(text).toContain('Incoming mail (POP3) Server mail.routing.net');
    expect(text).toContain('Incoming server: protocol POP3, hostname mail.routing.net, port 995');
    // The download POSTs the address; the QR code holds none (the device asks for it).
    expect(html).toContain(
      '<form method="post" action="/apple/mail.mobileconfig"><input type="hidden" name="emailaddress" value="anna@routing.net"><input type="hidden" name="protocol" value="POP3">',
    );
    expect(html).toContain('/apple/profile-qr.svg?protocol=POP3');
    expect(html).toContain(
      'name="devices" type="number" min="1" max="99" step="1" inputmode="numeric" required value="1"',
    );
  });

  it('keeps a protocol picked by hand over the recommendation, and refuses one that fetches no mail', async () => {
    const { html } = await page('/?devices=3&protocol=POP3');
    expect(textOf(html)).toContain('Our recommendation: IMAP');
    expect(textOf(html)).toContain('They set up POP3');
    const refused = await fetchWorker('/?protocol=SMTP');
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ errors: [{ extensions: { argument: 'protocol' } }] });
  });

  it('says what is wrong with a number of devices, in words or in the API’s', async () => {
    const words = await page('/?devices=many');
    expect(words.response.status).toBe(400);
    expect(textOf(words.html)).toContain('Enter the number of devices as a whole number, 1 or more.');
    const api = await page('/?devices=0');
    expect(api.response.status).toBe(400);
    expect(api.html).toContain('id="devices-error"');
  });

  it('lists every mail program of the catalog with its steps, and the whole port table', async () => {
    const { html } = await page('/');
    const programs = catalog.guides.filter((guide) => guide.kind === 'CLIENT_SETUP');
    expect(programs.map((guide) => guide.id)).toEqual(
      expect.arrayContaining([
        'setup-thunderbird',
        'setup-outlook',
        'setup-apple-mail-macos',
        'setup-apple-mail-ios',
        'setup-gmail-android',
        'setup-thunderbird-android',
      ]),
    );
    for (const guide of programs) expect(html).toContain(`id="guide-${guide.id}"`);
    expect(html.match(/<img src="\/apple\/profile-qr\.svg/g)).toHaveLength(1);
    const rows = [
      ...html.matchAll(/<tr class="[a-z-]+"><td>(\w+)<\/td><td>(\d+)<\/td><td>([^<]+)<\/td><td>([^<]+)<\/td>/g),
    ];
    expect(rows.map((m) => m.slice(1).join(' '))).toEqual([
      'IMAP 993 SSL/TLS recommended',
      'IMAP 143 STARTTLS supported',
      'IMAP 143 none not recommended',
      'POP3 995 SSL/TLS recommended',
      'POP3 110 STARTTLS supported',
      'POP3 110 none not recommended',
      'SMTP 587 STARTTLS recommended',
      'SMTP 465 SSL/TLS supported',
      'SMTP 25 none not recommended',
    ]);
  });

  it('marks the troubleshooting entries that are general mail knowledge', async () => {
    const { html } = await page('/');
    for (const entry of catalog.troubleshooting) {
      const start = html.indexOf(`id="trouble-${entry.id}"`);
      const block = html.slice(start, html.indexOf('</details>', start));
      expect(block.includes('General mail knowledge'), entry.id).toBe(entry.source === 'GENERAL_KNOWLEDGE');
    }
  });

  it('is German for Accept-Language: de or ?lang=de, with a switch to the other language', async () => {
    const byHeader = await posted('/', { email: 'anna@routing.net' }, { 'Accept-Language': 'de-AT, en;q=0.5' });
    expect(byHeader.html).toContain('<html lang="de">');
    expect(byHeader.response.headers.get('Content-Language')).toBe('de');
    expect(textOf(byHeader.html)).toContain('Posteingang (IMAP) Server mail.routing.net');
    // With an address shown, the switch POSTs it to the page in the other language.
    expect(byHeader.html).toContain(
      '<button type="submit" class="link" form="assistant-state" formaction="?lang=en" hreflang="en" lang="en">English</button>',
    );
    expect((await page('/?devices=2', { 'Accept-Language': 'de' })).html).toContain(
      '<a href="?lang=en&#38;devices=2" hreflang="en" lang="en">English</a>',
    );
    const byParameter = await page('/?lang=de', { 'Accept-Language': 'en' });
    expect(byParameter.html).toContain('<html lang="de">');
    expect(textOf(byParameter.html)).toContain('Wenn etwas nicht klappt');
    expect(textOf(byParameter.html)).toContain('Allgemeines E-Mail-Wissen');
  });

  it('is cached a minute, as it shows the servers’ status: ETag, Cache-Control, Vary: Accept-Language, and 304', async () => {
    const { response } = await page('/?devices=2');
    expect(response.headers.get('Cache-Control')).toBe(CACHE_CONTROL_LIVE);
    expect(response.headers.get('Vary')).toContain('Accept-Language');
    const etag = response.headers.get('ETag') ?? '';
    expect(etag).toMatch(/^"[\w-]{22}"$/);
    const again = await fetchWorker('/?devices=2', { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    const german = await page('/?devices=2', { 'Accept-Language': 'de' });
    expect(german.response.headers.get('ETag')).not.toBe(etag);
  });

  it('has no inline script or style and names no other origin', async () => {
    const { response, html } = await posted('/', { email: 'anna@routing.net', devices: '2' });
    expect(response.headers.get('Content-Security-Policy')).toContain("script-src 'self'");
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/\sstyle=|<style/);
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
  });

  it('loads at most 50 KiB gzipped, the page and every file it loads', async () => {
    const path = '/?devices=1&offline=yes';
    const { html } = await posted(path, { email: 'anna@routing.net' });
    const files = referencedFiles(html);
    expect(files).toEqual(
      expect.arrayContaining(['/page/page.css', '/page/page.js', expect.stringMatching(/^\/apple\/profile-qr\.svg\?/)]),
    );
    const sizes: Record<string, number> = { [path]: await gzippedSize(new TextEncoder().encode(html).buffer) };
    for (const file of files) {
      const response = await fetchWorker(file);
      expect(response.status, file).toBe(200);
      sizes[file] = await gzippedSize(await response.arrayBuffer());
    }
    const total = Object.values(sizes).reduce((sum, size) => sum + size, 0);
    console.log(`Gzipped bytes of / and what it loads: ${JSON.stringify({ ...sizes, total })}`);
    expect(total).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('links a profile and an API that answer', async () => {
    const { html } = await posted('/', { email: 'anna@routing.net' });
    const form = /<form method="post" action="([^"]*mobileconfig)">(.*?)<button/.exec(html);
    expect(form).not.toBeNull();
    const fields = Object.fromEntries(
      [...(form?.[2] ?? '').matchAll(/name="(\w+)" value="([^"]*)"/g)].map((m) => [m[1], m[2]]),
    );
    const download = await posted(form?.[1] ?? '', fields as Record<string, string>);
    expect(download.response.headers.get('Content-Type')).toBe('application/x-apple-aspen-config');
    expect(download.response.headers.get('Cache-Control')).toBe('no-store');
    expect(download.html).toContain('<string>anna@routing.net</string>');
    const linked = /href="([^"]*mobileconfig[^"]*)"/.exec((await page('/')).html)?.[1]?.replaceAll('&#38;', '&');
    expect((await fetchWorker(linked ?? '')).headers.get('Content-Type')).toBe('application/x-apple-aspen-config');
    expect(html).toContain(`href="${GRAPHQL_PATH}"`);
    expect((await fetchWorker(`${GRAPHQL_PATH}?query={schemaVersion}`)).status).toBe(200);
  });
});

describe('the address on the assistant (issue 20: no personal data in a URL or a shared cache)', () => {
  it('is asked for by a POST form, and every form carrying it is a POST', async () => {
    const { html } = await page('/');
    expect(html).toMatch(/<form method="post" action="\/#settings" data-assistant class="address">/);
    const shown = await posted('/', { email: 'anna@routing.net' });
    const forms = [...shown.html.matchAll(/<form method="(\w+)"/g)].map((m) => m[1]);
    expect(forms.length).toBeGreaterThan(2);
    expect(new Set(forms)).toEqual(new Set(['post']));
  });

  it('answers a page showing an address no-store, with no validator, however it was asked', async () => {
    for (const { response } of [
      await posted('/', { email: 'anna@routing.net' }),
      await posted('/?devices=2&lang=de', { email: 'anna@routing.net' }),
      await page('/?email=anna%40routing.net'),
    ]) {
      expect(response.status).toBe(200);
      expect(response.headers.get('Cache-Control')).toBe('no-store');
      expect(response.headers.get('ETag')).toBeNull();
    }
    // The honest page without an address is still cached (a minute: it shows the servers' status).
    expect((await page('/')).response.headers.get('Cache-Control')).toBe(CACHE_CONTROL_LIVE);
  });

  it('puts the address into no URL of the page: links, actions, buttons, images', async () => {
    const { html } = await posted('/', { email: 'anna@routing.net', devices: '1', offline: 'yes' });
    const urls = urlsOf(html);
    expect(urls.length).toBeGreaterThan(20);
    for (const url of urls) expect(url, url).not.toMatch(/@|%40|anna/);
    // It is in the page itself, which no cache keeps.
    expect(html).toContain('value="anna@routing.net"');
  });

  it('echoes an address and a number of devices at most once their longest length', async () => {
    // The attack: a 60 KB query string, which each value was echoed four times from.
    const long = 'a'.repeat(30_000);
    const { response, html } = await page(`/?email=${long}%40routing.net&devices=${long}`);
    expect(response.status).toBe(400);
    expect(html.length).toBeLessThan(40_000);
    expect(html).not.toContain('a'.repeat(300));
    const honest = await posted('/', { email: 'anna@routing.net', devices: '2' });
    expect(honest.response.status).toBe(200);
    expect(textOf(honest.html)).toContain('Our recommendation: IMAP');
  });

  it('refuses a POST that is no form', async () => {
    const response = await fetchWorker('/', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(response.status).toBe(415);
    expect((await posted('/', { email: 'anna@routing.net' })).response.status).toBe(200);
  });
});

describe('the guides', () => {
  it('are all listed at /guides, each linking to its page', async () => {
    const { response, html } = await page('/guides?lang=de');
    expect(response.status).toBe(200);
    expect(html).toContain('<html lang="de">');
    for (const guide of catalog.guides) {
      expect(html).toContain(`href="/guides/${guide.id}?lang=de"`);
      expect(html).toContain(guide.title.de);
    }
  });

  it('send /guides/ to the list', async () => {
    const response = await fetchWorker('/guides/?lang=de', { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('Location')).toMatch(/\/guides\?lang=de$/);
  });

  it('share the design and navigation of the assistant', async () => {
    const { html } = await page('/guides/setup-thunderbird-android?protocol=POP3');
    expect(html).toContain('<link rel="stylesheet" href="/page/page.css">');
    expect(html).toContain('<a href="/guides?lang=en" aria-current="page">All guides</a>');
    expect(textOf(html)).toContain(
      'Incoming server: protocol POP3, server mail.routing.net, security SSL/TLS, port 995',
    );
  });

  it('answer an unknown guide with a 404 page in the reader’s language', async () => {
    for (const [language, heading] of [
      ['en', 'Page not found'],
      ['de', 'Seite nicht gefunden'],
    ] as const) {
      const { response, html } = await page('/guides/setup-pigeon-post', { 'Accept-Language': language });
      expect(response.status).toBe(404);
      expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('Cache-Control')).toBe('no-store');
      expect(html).toContain(`<html lang="${language}">`);
      expect(html).toContain(`<h1>${heading}</h1>`);
      expect(html).toContain('setup-pigeon-post');
    }
  });
});
