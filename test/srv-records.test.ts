/**
 * DNS SRV zone text: every mail service of RFC 6186 and RFC 8314 for the provider's domain,
 * encrypted endpoints only, priorities in the order of preference, and Outlook's
 * `_autodiscover._tcp` at the host serving this API.
 */
import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { fetchWorker } from './helpers/client.js';
import { parseSrvZone } from './helpers/documents.js';

async function zone(response?: Response) {
  const served = response ?? (await fetchWorker('/dns/srv.zone'));
  expect(served.status).toBe(200);
  expect(served.headers.get('Content-Type')).toBe('text/plain; charset=utf-8');
  expect(served.headers.get('ETag')).not.toBeNull();
  return parseSrvZone(await served.text());
}

describe('DNS SRV records', () => {
  it('publishes every encrypted mail service the provider offers, at its port, on mail.routing.net', async () => {
    const records = (await zone()).filter((r) => !r.owner.startsWith('_autodiscover.'));
    expect(records.map((r) => `${r.owner} ${r.port} ${r.target}`).sort()).toEqual(
      [
        '_imaps._tcp.routing.net. 993 mail.routing.net.',
        '_imap._tcp.routing.net. 143 mail.routing.net.',
        '_pop3s._tcp.routing.net. 995 mail.routing.net.',
        '_pop3._tcp.routing.net. 110 mail.routing.net.',
        '_submissions._tcp.routing.net. 465 mail.routing.net.',
        '_submission._tcp.routing.net. 587 mail.routing.net.',
      ].sort(),
    );
    for (const record of records) {
      expect(record.ttl).toBe(3600);
      expect(record.weight).toBe(1);
    }
  });

  it('names no SMTP relay port 25: _submission is STARTTLS on 587 alone', async () => {
    const records = await zone();
    expect(records.filter((r) => r.port === 25)).toEqual([]);
    expect(records.filter((r) => r.owner.startsWith('_submission._tcp.')).map((r) => r.port)).toEqual([587]);
  });

  it('orders incoming services IMAP first, and submission on 587 before 465, as the provider advises', async () => {
    const records = await zone();
    const byPriority = (services: string[]) =>
      records
        .filter((r) => services.some((s) => r.owner.startsWith(`_${s}._tcp.`)))
        .sort((a, b) => a.priority - b.priority)
        .map((r) => `${r.owner.split('.')[0]}:${r.port}`);
    expect(byPriority(['imaps', 'imap', 'pop3s', 'pop3'])).toEqual([
      '_imaps:993',
      '_imap:143',
      '_pop3s:995',
      '_pop3:110',
    ]);
    expect(byPriority(['submissions', 'submission'])).toEqual(['_submission:587', '_submissions:465']);
  });

  it('points _autodiscover._tcp at the host the zone was asked from, on HTTPS', async () => {
    const viaOtherHost = await exports.default.fetch('https://settings.routing.net/dns/srv.zone');
    const autodiscover = (await zone(viaOtherHost)).filter((r) => r.owner.startsWith('_autodiscover.'));
    expect(autodiscover).toEqual([
      {
        owner: '_autodiscover._tcp.routing.net.',
        ttl: 3600,
        priority: 0,
        weight: 1,
        port: 443,
        target: 'settings.routing.net.',
      },
    ]);
  });
});
