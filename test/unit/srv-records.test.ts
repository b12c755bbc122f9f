/**
 * SRV records for providers unlike ours: a service nobody offers gets the target `.`, SMTP on the
 * relay port 25 gets no record even when encrypted, and Outlook's `_autodiscover._tcp` names the
 * host it is given.
 */
import { describe, expect, it } from 'vitest';
import { routingNet } from '../../src/catalog/providers/routing-net.js';
import type { ProviderData } from '../../src/catalog/types.js';
import { clientOffer } from '../../src/domain/client-offer.js';
import { srvRecords, srvService } from '../../src/formats/srv-records.js';

const imapOnly: ProviderData = {
  ...routingNet,
  id: 'imap-only',
  domains: ['imap.example', 'other.example'],
  servers: [
    {
      hostName: 'mx.imap.example',
      endpoints: [
        { protocol: 'IMAP', security: 'SSL_TLS', port: 993, advice: 'RECOMMENDED' },
        { protocol: 'SMTP', security: 'SSL_TLS', port: 465, advice: 'RECOMMENDED' },
        { protocol: 'SMTP', security: 'STARTTLS', port: 25, advice: 'SUPPORTED' },
        { protocol: 'SMTP', security: 'NONE', port: 587, advice: 'SUPPORTED' },
      ],
    },
  ],
};

const options = { autodiscoverHost: 'settings.imap.example' };

describe('srvRecords', () => {
  const records = srvRecords(clientOffer(imapOnly, 'IMAP', 'PROVIDER_ADVICE'), options);
  const of = (domain: string) => records.filter((r) => r.domain === domain);

  it('marks every mail service the provider does not offer encrypted with the target "."', () => {
    const unoffered = of('imap.example').filter((r) => r.target === '.');
    expect(unoffered.map((r) => r.service)).toEqual(['imap', 'pop3s', 'pop3', 'submission']);
    for (const record of unoffered) expect([record.priority, record.weight, record.port]).toEqual([0, 0, 0]);
  });

  it('publishes no record for SMTP on port 25, encrypted or not', () => {
    expect(records.filter((r) => r.port === 25)).toEqual([]);
    expect(of('imap.example').filter((r) => r.service.startsWith('submission'))).toEqual([
      { service: 'submissions', domain: 'imap.example', priority: 0, weight: 1, port: 465, target: 'mx.imap.example.' },
      { service: 'submission', domain: 'imap.example', priority: 0, weight: 0, port: 0, target: '.' },
    ]);
  });

  it('writes the records for every domain of the provider', () => {
    expect(records.filter((r) => r.service === 'imaps').map((r) => [r.domain, r.port, r.target])).toEqual([
      ['imap.example', 993, 'mx.imap.example.'],
      ['other.example', 993, 'mx.imap.example.'],
    ]);
  });

  it("points every domain's _autodiscover._tcp at the Autodiscover host on HTTPS, not at the mail host", () => {
    expect(records.filter((r) => r.service === 'autodiscover')).toEqual(
      ['imap.example', 'other.example'].map((domain) => ({
        service: 'autodiscover',
        domain,
        priority: 0,
        weight: 1,
        port: 443,
        target: 'settings.imap.example.',
      })),
    );
    const dotted = srvRecords(clientOffer(imapOnly, 'IMAP', 'PROVIDER_ADVICE'), { autodiscoverHost: 'a.example.' });
    expect(dotted.find((r) => r.service === 'autodiscover')?.target).toBe('a.example.');
  });

  it('names implicit TLS services with an "s" and STARTTLS ones without', () => {
    expect([srvService('IMAP', 'SSL_TLS'), srvService('IMAP', 'STARTTLS')]).toEqual(['imaps', 'imap']);
    expect([srvService('POP3', 'SSL_TLS'), srvService('POP3', 'STARTTLS')]).toEqual(['pop3s', 'pop3']);
    expect([srvService('SMTP', 'SSL_TLS'), srvService('SMTP', 'STARTTLS')]).toEqual(['submissions', 'submission']);
  });
});
