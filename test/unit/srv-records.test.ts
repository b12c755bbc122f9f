/**
 * SRV records for providers unlike ours: a service nobody offers gets the target `.`.
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
      ],
    },
  ],
};

describe('srvRecords', () => {
  const records = srvRecords(clientOffer(imapOnly, 'IMAP', 'PROVIDER_ADVICE'));

  it('marks every service the provider does not offer with the target "."', () => {
    const unoffered = records.filter((r) => r.target === '.' && r.domain === 'imap.example').map((r) => r.service);
    expect(unoffered).toEqual(['imap', 'pop3s', 'pop3', 'submission']);
    for (const record of records.filter((r) => r.target === '.'))
      expect([record.priority, record.weight, record.port]).toEqual([0, 0, 0]);
  });

  it('writes the records for every domain of the provider', () => {
    expect(records.filter((r) => r.service === 'imaps').map((r) => [r.domain, r.port, r.target])).toEqual([
      ['imap.example', 993, 'mx.imap.example.'],
      ['other.example', 993, 'mx.imap.example.'],
    ]);
  });

  it('names implicit TLS services with an "s" and lets STARTTLS and cleartext share the plain name', () => {
    expect([srvService('IMAP', 'SSL_TLS'), srvService('IMAP', 'STARTTLS'), srvService('IMAP', 'NONE')]).toEqual([
      'imaps',
      'imap',
      'imap',
    ]);
    expect([srvService('POP3', 'SSL_TLS'), srvService('POP3', 'NONE')]).toEqual(['pop3s', 'pop3']);
    expect([srvService('SMTP', 'SSL_TLS'), srvService('SMTP', 'STARTTLS')]).toEqual(['submissions', 'submission']);
  });
});
