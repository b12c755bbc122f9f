/**
 * Guide pages name the servers of the provider they are for: autoconfig's documentation links
 * carry the provider, the page honours `?provider=` and `?protocol=`, and its language links keep
 * both. Bad parameters are a 400 naming the parameter.
 */
import { describe, expect, it } from 'vitest';
import { catalog } from '../src/catalog/catalog.js';
import { routingNet } from '../src/catalog/providers/routing-net.js';
import type { ProviderData } from '../src/catalog/types.js';
import { clientOffer } from '../src/domain/client-offer.js';
import { preferredSettings } from '../src/domain/preference.js';
import { DOCUMENT_FORMATS } from '../src/documents/registry.js';
import { guidePage } from '../src/formats/guide-page.js';
import { fetchWorker } from './helpers/client.js';

/** A second provider on hosts of its own, which today's catalog does not have. */
const other: ProviderData = {
  ...routingNet,
  id: 'other-mail',
  isDefault: false,
  domains: ['other.example'],
  servers: routingNet.servers.map((server) => ({ ...server, hostName: 'mx.other.example' })),
};

const thunderbird = catalog.guides.find((g) => g.id === 'setup-thunderbird');

describe('guide pages', () => {
  it("are linked from autoconfig with the document's provider", async () => {
    const xml = await DOCUMENT_FORMATS.MOZILLA_AUTOCONFIG.render({
      data: catalog,
      address: undefined,
      offer: clientOffer(other, 'IMAP', 'PROVIDER_ADVICE'),
      locale: 'en',
      origin: 'https://settings.example',
      publicHost: () => 'settings.example',
    });
    const links = [...xml.matchAll(/<documentation url="([^"]+)"/g)].map(
      (m) => new URL((m[1] ?? '').replace(/&amp;/g, '&')),
    );
    expect(links.length).toBe(catalog.guides.length);
    for (const link of links) expect(link.searchParams.get('provider')).toBe('other-mail');
  });

  it("name the hosts of the settings they are given, not the default provider's", () => {
    if (thunderbird === undefined) throw new Error('no Thunderbird guide');
    const html = guidePage({
      data: catalog,
      guide: thunderbird,
      settings: preferredSettings(other, 'IMAP', 'PROVIDER_ADVICE'),
      locale: 'en',
      kept: new URLSearchParams({ provider: 'other-mail' }),
    });
    expect(html).toContain('mx.other.example');
    expect(html).not.toContain('mail.routing.net');
    expect(html).toContain('href="?provider=other-mail&#38;lang=de"');
  });

  it('give POP3 steps for ?protocol=POP3 and keep the parameters in their language links', async () => {
    const imap = await (await fetchWorker('/guides/setup-thunderbird?provider=routing-net')).text();
    const pop3 = await (await fetchWorker('/guides/setup-thunderbird?provider=routing-net&protocol=POP3')).text();
    expect(imap).toContain('993');
    expect(imap).not.toContain('995');
    expect(pop3).toContain('995');
    expect(pop3).toContain('href="?provider=routing-net&#38;protocol=POP3&#38;lang=de"');
  });

  it('refuse an unknown provider or protocol with a 400 naming the parameter', async () => {
    for (const [query, argument] of [
      ['?provider=nobody', 'provider'],
      ['?protocol=SMTP', 'protocol'],
    ] as const) {
      const response = await fetchWorker(`/guides/setup-thunderbird${query}`);
      expect(response.status, query).toBe(400);
      expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT', argument } }] });
    }
  });
});
