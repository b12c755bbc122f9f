/**
 * The assistant's domain check as the Worker serves it, read as HTML, with no resolver reachable
 * (this project's DOH_URL is a closed loopback port): the page says the check could not be made,
 * in English and German, is kept by no cache, and a domain that is no domain name is shown as a
 * mistake on the page (400), never a 500.
 */
import { describe, expect, it } from 'vitest';
import { fetchWorker } from './helpers/client.js';

async function page(path: string) {
  const response = await fetchWorker(path);
  return { response, html: await response.text() };
}

describe('the domain check on the assistant', () => {
  it('says the check could not be made when no resolver answers, and is kept by no cache', async () => {
    const { response, html } = await page('/?lang=en&domain=example.com');
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect(html).toContain('mail goes could not be checked: the DNS resolver could not be reached.');
    expect(html).toContain('<span class="status">Not checked</span>');
    const de = await page('/?lang=de&domain=example.com');
    expect(de.html).toContain('Wohin die E-Mails von example.com gehen, konnte nicht geprüft werden');
    expect(de.html).toContain('<span class="status">Nicht geprüft</span>');
  });

  it('shows a domain that is no domain name as a mistake, with what to give instead', async () => {
    const { response, html } = await page('/?lang=en&domain=192.0.2.1');
    expect(response.status).toBe(400);
    expect(html).toContain('id="domain-error"');
    expect(html).toContain('is not a domain name: give one such as example.com');
    expect(html).toContain('aria-invalid="true"');
  });

  it('leaves the page without a domain as cacheable as before', async () => {
    const { response, html } = await page('/?lang=en');
    expect(response.headers.get('Cache-Control')).toContain('public');
    expect(html).toContain('Check your domain');
  });
});
