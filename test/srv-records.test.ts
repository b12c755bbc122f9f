/**
 * DNS SRV zone text: every service of RFC 6186 and RFC 8314 for the provider's domain, priorities
 * in the order of preference.
 */
import { describe, expect, it } from 'vitest';
import { fetchWorker } from './helpers/client.js';
import { parseSrvZone } from './helpers/documents.js';

async function zone() {
  const response = await fetchWorker('/dns/srv.zone');
  expect(response.status).toBe(200);
  expect(response.headers.get('Content-Type')).toBe('text/plain; charset=utf-8');
  expect(response.headers.get('ETag')).not.toBeNull();
  return parseSrvZone(await response.text());
}

describe('DNS SRV records', () => {
  it('publishes every mail service the provider offers, at its port, on mail.routing.net', async () => {
    const records = await zone();
    expect(records.map((r) => `${r.owner} ${r.port} ${r.target}`).sort()).toEqual(
      [
        '_imaps._tcp.routing.net. 993 mail.routing.net.',
        '_imap._tcp.routing.net. 143 mail.routing.net.',
        '_pop3s._tcp.routing.net. 995 mail.routing.net.',
        '_pop3._tcp.routing.net. 110 mail.routing.net.',
        '_submissions._tcp.routing.net. 465 mail.routing.net.',
        '_submission._tcp.routing.net. 587 mail.routing.net.',
        '_submission._tcp.routing.net. 25 mail.routing.net.',
      ].sort(),
    );
    for (const record of records) {
      expect(record.ttl).toBe(3600);
      expect(record.weight).toBe(1);
    }
  });

  it('orders incoming services IMAP first, and submission on 587 before 465 and 25, as the provider advises', async () => {
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
    expect(byPriority(['submissions', 'submission'])).toEqual([
      '_submission:587',
      '_submissions:465',
      '_submission:25',
    ]);
  });
});
