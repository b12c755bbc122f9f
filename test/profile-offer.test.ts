/**
 * The Apple configuration profile is offered where Apple's Mail is set up and nowhere else: in the
 * assistant's Apple guides and on their own pages, with where to find and install it, never in
 * Thunderbird's guide (Thunderbird on a Mac does not read it).
 */
import { describe, expect, it } from 'vitest';
import { bodyText, fetchWorker } from './helpers/client.js';

/** A profile download: a link without an address, a form that POSTs it with one. */
const PROFILE_LINK = /href="(\/apple\/mail\.mobileconfig[^"]*)"/;
const PROFILE_FORM = /<form method="post" action="(\/apple\/mail\.mobileconfig)">(.*?)<button/;

/** The assistant's HTML for `guideId` after the address form was sent, from its `<details>` to the next. */
async function assistantGuide(guideId: string, locale = 'en'): Promise<string> {
  const response = await fetchWorker(`/?lang=${locale}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ email: 'anna@routing.net' }).toString(),
  });
  const html = await response.text();
  const start = html.indexOf(`id="guide-${guideId}"`);
  expect(start, guideId).toBeGreaterThan(0);
  return html.slice(start, html.indexOf('</details>', start));
}

/** The profile a page's download (its link, or its form) answers with. */
async function downloaded(html: string): Promise<Response> {
  const link = PROFILE_LINK.exec(html)?.[1]?.replaceAll('&#38;', '&');
  if (link !== undefined) return fetchWorker(link);
  const form = PROFILE_FORM.exec(html);
  expect(form, 'a profile download').not.toBeNull();
  const fields = [...(form?.[2] ?? '').matchAll(/name="(\w+)" value="([^"]*)"/g)].map(([, name, value]) => [
    name ?? '',
    (value ?? '').replaceAll('&#64;', '@'),
  ]);
  return fetchWorker(form?.[1] ?? '', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
}

/** True when `html` offers the profile, by link or by form. */
const offersProfile = (html: string) => PROFILE_LINK.test(html) || PROFILE_FORM.test(html);

describe('the Apple profile', () => {
  it('is not offered in the guides for other programs, Thunderbird on a Mac included', async () => {
    for (const guideId of ['setup-thunderbird', 'setup-outlook', 'setup-thunderbird-android']) {
      expect(offersProfile(await assistantGuide(guideId)), guideId).toBe(false);
    }
  });

  it('is offered for iPhone and iPad with where it waits and why iOS calls it "Not Verified"', async () => {
    const guide = await assistantGuide('setup-apple-mail-ios');
    expect(guide).toContain('“Profile Downloaded”');
    expect(guide).toContain('“Not Verified”');
    const profile = await downloaded(guide);
    expect(profile.headers.get('Content-Type')).toBe('application/x-apple-aspen-config');
    expect(await bodyText(profile)).toContain('<string>anna@routing.net</string>');
  });

  it('is offered for the Mac with where to install it', async () => {
    const guide = await assistantGuide('setup-apple-mail-macos');
    expect(offersProfile(guide)).toBe(true);
    expect(guide).toContain('System Settings → Privacy &#38; Security → Profiles');
    expect(guide).not.toContain('“Profile Downloaded”');
  });

  it('says the same in German', async () => {
    const guide = await assistantGuide('setup-apple-mail-ios', 'de');
    expect(guide).toContain('„Profil geladen“');
    expect(guide).toContain('„Nicht überprüft“');
  });

  it("is offered on the Apple guides' own pages, for the protocol the page shows", async () => {
    const page = await (await fetchWorker('/guides/setup-apple-mail-ios?protocol=POP3')).text();
    expect(page).toContain('“Not Verified”');
    const profile = await downloaded(page);
    expect(profile.status).toBe(200);
    expect(await bodyText(profile)).toContain('EmailTypePOP');
    const thunderbird = await (await fetchWorker('/guides/setup-thunderbird')).text();
    expect(offersProfile(thunderbird)).toBe(false);
  });
});
