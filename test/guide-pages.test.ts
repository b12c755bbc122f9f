/**
 * Guide pages name the servers of the provider they are for: autoconfig's documentation links
 * carry the provider, the page honours `?provider=` and `?protocol=`, and its language links keep
 * both. Bad parameters are a 400 naming the parameter; an unknown guide is a 404 page.
 */
import { describe, expect, it } from 'vitest';
import { catalog } from '../src/catalog/catalog.js';
import { routingNet } from '../src/catalog/providers/routing-net.js';
import type { ProviderData } from '../src/catalog/types.js';
import { clientOffer } from '../src/domain/client-offer.js';
import { DOCUMENT_FORMATS } from '../src/client-config/registry.js';
import { guidePage } from '../src/site/guide.js';
import { fetchWorker } from './helpers/client.js';

/** A second provider on hosts of its own, which today's catalog does not have. */
const other: ProviderData = {
  ...routingNet,
  id: 'other-mail',
  isDefault: false,
  domains: ['other.example'],
  mailExchangerDomains: ['other.example'],
  servers: routingNet.servers.map((server) => ({ ...server, hostName: 'mx.other.example' })),
};

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

  it('keep the provider and the protocol in the links to the other language and protocol', () => {
    const html = guidePage({
      locale: 'en',
      guide: {
        guideId: 'setup-x',
        kind: 'CLIENT_SETUP',
        title: 'Set up X',
        summary: 'Add your mailbox to X.',
        paragraphs: [],
        mailClient: { name: 'X', platforms: ['LINUX'] },
        steps: ['Enter mx.other.example.'],
      },
      protocol: 'POP3',
      providerId: 'other-mail',
      provider: 'Other Mail',
    });
    expect(html).toContain('<li>Enter mx.other.example.</li>');
    expect(html).toContain('<title>Set up X – Other Mail</title>');
    expect(html).toContain('>Other Mail: mail setup</a>');
    expect(html).toContain('href="?lang=de&#38;provider=other-mail&#38;protocol=POP3"');
    expect(html).toContain('href="/guides/setup-x?lang=en&#38;provider=other-mail&#38;protocol=IMAP"');
  });

  it('give POP3 steps for ?protocol=POP3 and keep the parameters in their language links', async () => {
    const imap = await (await fetchWorker('/guides/setup-thunderbird?provider=routing-net')).text();
    const pop3 = await (await fetchWorker('/guides/setup-thunderbird?provider=routing-net&protocol=POP3')).text();
    expect(imap).toContain('993');
    expect(imap).not.toContain('995');
    expect(pop3).toContain('995');
    expect(pop3).toContain('href="?lang=de&#38;provider=routing-net&#38;protocol=POP3"');
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
