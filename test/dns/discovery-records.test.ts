/**
 * `domainCheck`'s discovery records against the DNS plan the API serves, with the real local DNS
 * (test/dns/zones/): a domain with every record right (an alias by address, the digest in two
 * strings), one with records wrong and missing, one with two digest records during a change (tags
 * in another order), and one with none. Each record's advice in English and German.
 */
import { describe, expect, inject, it } from 'vitest';
import { dataOf } from './query.js';

const state = inject('dnsServers');
const up = state === 'up';
if (!up) console.warn(`SKIPPED: the discovery-record tests did not run: ${state}.`);

const CHECK = `query C($domain: String!, $locale: Locale) {
  domainCheck(domain: $domain, locale: $locale) {
    discoveryRecords { name type expected found status advice authenticated failure failureReason }
  }
}`;

async function records(domain: string, locale = 'EN'): Promise<Map<string, any>> {
  const data = await dataOf(CHECK, { domain, locale });
  return new Map(data.domainCheck.discoveryRecords.map((r: any) => [r.name.split('.')[0], r]));
}

/** The digest record this Worker's PACC document needs, as its own route serves the document. */
async function expectedDigest(): Promise<string> {
  const { SELF } = await import('cloudflare:test');
  const body = await (await SELF.fetch('https://api.test/.well-known/user-agent-configuration.json')).arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', body));
  return `v=UAAC1; a=sha256; d=${btoa(String.fromCharCode(...digest))}`;
}

describe.runIf(up)('the discovery records of a domain', () => {
  it('are all OK when the domain publishes the plan, an alias by address and the digest in two strings', async () => {
    const found = await records('complete.mail-check.test');
    expect([...found.keys()]).toEqual([
      'autoconfig',
      'autodiscover',
      'ua-auto-config',
      '_imaps',
      '_pop3s',
      '_submissions',
      '_submission',
      '_autodiscover',
      '_ua-auto-config',
    ]);
    for (const record of found.values()) expect(record, record.name).toMatchObject({ status: 'OK', failure: null });
    expect(found.get('autoconfig')).toMatchObject({ type: 'CNAME', expected: 'api.test.', found: ['CNAME api.test.'] });
    expect(found.get('autodiscover')).toMatchObject({ found: ['A 192.0.2.80'] });
    expect(found.get('_imaps')).toMatchObject({
      name: '_imaps._tcp.complete.mail-check.test',
      type: 'SRV',
      expected: '0 1 993 mail.routing.net.',
    });
    expect(found.get('_autodiscover')).toMatchObject({ expected: '0 1 443 api.test.', found: ['0 1 443 api.test.'] });
    const digest = await expectedDigest();
    expect(found.get('_ua-auto-config')).toMatchObject({ type: 'TXT', expected: digest, found: [digest] });
    expect(found.get('autoconfig').advice).toBe(
      'Published as planned: Thunderbird and other programs that read autoconfig can find what they need here.',
    );
  });

  it('says what is wrong and what is missing, and what to publish instead', async () => {
    const found = await records('wrong.mail-check.test');
    const status = Object.fromEntries([...found].map(([name, record]) => [name, record.status]));
    expect(status).toEqual({
      autoconfig: 'WRONG',
      autodiscover: 'MISSING',
      'ua-auto-config': 'WRONG',
      _imaps: 'WRONG',
      _submission: 'WRONG',
      _submissions: 'OK',
      _pop3s: 'MISSING',
      _autodiscover: 'OK',
      '_ua-auto-config': 'WRONG',
    });
    expect(found.get('autoconfig')).toMatchObject({ found: ['CNAME autoconfig.mail-elsewhere.example.'] });
    expect(found.get('autoconfig').advice).toBe(
      'autoconfig.wrong.mail-check.test leads somewhere else: replace it with a CNAME record to api.test., so that Thunderbird and other programs that read autoconfig can find the settings.',
    );
    expect(found.get('ua-auto-config')).toMatchObject({ found: ['A 192.0.2.99'] });
    expect(found.get('_imaps')).toMatchObject({ found: ['0 1 143 mail.routing.net.'] });
    expect(found.get('_imaps').advice).toMatch(
      /names another server or port: publish the SRV record 0 1 993 mail\.routing\.net\./,
    );
    expect(found.get('_pop3s').advice).toMatch(
      /^Nothing is published at _pop3s\._tcp\.wrong\.mail-check\.test: publish the SRV record/,
    );
    expect(found.get('_ua-auto-config').advice).toMatch(/the old record may stay beside it/);
    const de = await records('wrong.mail-check.test', 'DE');
    expect(de.get('autodiscover').advice).toBe(
      'Unter autodiscover.wrong.mail-check.test ist nichts veröffentlicht: Veröffentlichen Sie einen CNAME-Eintrag auf api.test. (oder die Adressen von api.test.), damit die Einstellungen für Outlook auffindbar sind.',
    );
    expect(de.get('_ua-auto-config').advice).toMatch(/^Kein TXT-Eintrag/);
  });

  it('accepts the new digest beside the old one during a change, its tags in any order', async () => {
    const digest = (await records('changing.mail-check.test')).get('_ua-auto-config');
    expect(digest.status).toBe('OK');
    expect(digest.found).toHaveLength(2);
  });

  it('are all MISSING for a domain that publishes none, though its mail is here', async () => {
    const found = await records('hosted-here.mail-check.test');
    expect(new Set([...found.values()].map((r) => r.status))).toEqual(new Set(['MISSING']));
  });
});
