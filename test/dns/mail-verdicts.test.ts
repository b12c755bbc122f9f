/**
 * `domainCheck`'s verdict on where a domain's mail goes, against the real local DNS (BIND behind
 * dnsdist, test/dns/zones/): hosted here, elsewhere (the provider only as a backup exchanger),
 * a null MX, no MX, a name that does not exist; in words in English and German; never cached.
 */
import { describe, expect, inject, it } from 'vitest';
import { ask, dataOf, MAIL_FIELDS } from './query.js';

const state = inject('dnsServers');
const up = state === 'up';
if (!up) console.warn(`SKIPPED: the domain-check tests did not run: ${state}.`);

const CHECK = `query C($domain: String!, $locale: Locale) { domainCheck(domain: $domain, locale: $locale) { mail { ${MAIL_FIELDS} } } }`;

const mailOf = async (domain: string, locale = 'EN') => (await dataOf(CHECK, { domain, locale })).domainCheck.mail;

describe.runIf(up)('where the mail of a domain goes', () => {
  it("is here when the preferred MX is one of the provider's exchangers", async () => {
    const mail = await mailOf('hosted-here.mail-check.test');
    expect(mail).toMatchObject({
      domain: 'hosted-here.mail-check.test',
      verdict: 'HOSTED_HERE',
      failure: null,
      authenticated: false,
      preferredMailExchanger: { host: 'mx01.routing.net', provider: { providerId: 'routing-net' } },
      mailExchangers: [
        { host: 'mx01.routing.net', preference: 10 },
        { host: 'mx02.routing.net', preference: 20 },
      ],
    });
    expect(mail.explanation).toBe(
      "hosted-here.mail-check.test's mail is received by routing.net Mail (mx01.routing.net): routing.net Mail's settings are the right ones.",
    );
  });

  it('is elsewhere when the provider is only a backup exchanger, and says whose settings will not work', async () => {
    const mail = await mailOf('elsewhere.mail-check.test');
    expect(mail).toMatchObject({
      verdict: 'HOSTED_ELSEWHERE',
      preferredMailExchanger: { host: 'aspmx.mail-elsewhere.example', provider: null },
    });
    expect(mail.mailExchangers.map((mx: any) => mx.provider?.providerId ?? null)).toEqual([null, 'routing-net']);
    expect(mail.explanation).toMatch(/goes to aspmx\.mail-elsewhere\.example, not to routing\.net Mail/);
    const de = await mailOf('elsewhere.mail-check.test', 'DE');
    expect(de.explanation).toMatch(/funktionieren dafür nicht/);
  });

  it('is no mail for a null MX (RFC 7505) and for a domain without MX', async () => {
    const nullMx = await mailOf('null-mx.mail-check.test');
    expect(nullMx).toMatchObject({
      verdict: 'NO_MAIL',
      preferredMailExchanger: null,
      mailExchangers: [{ host: '', preference: 0 }],
    });
    const noMx = await mailOf('no-mx.mail-check.test');
    expect(noMx).toMatchObject({ verdict: 'NO_MAIL', mailExchangers: [] });
    expect(noMx.explanation).toMatch(/receives no mail/);
  });

  it('is no such domain for a name that does not exist, and says to check the spelling', async () => {
    const mail = await mailOf('nowhere.mail-check.test');
    expect(mail).toMatchObject({ verdict: 'NO_SUCH_DOMAIN', mailExchangers: [], failure: null });
    expect(mail.explanation).toBe('nowhere.mail-check.test does not exist in DNS: check the spelling of the domain.');
    expect((await mailOf('nowhere.mail-check.test', 'DE')).explanation).toMatch(/Schreibweise/);
  });

  it('takes the domain as people type it: capitals, spaces and a trailing dot', async () => {
    expect((await mailOf('  Hosted-Here.Mail-Check.TEST. ')).verdict).toBe('HOSTED_HERE');
  });

  it('is never kept by a cache', async () => {
    for (let i = 0; i < 2; i += 1) {
      const { response } = await ask(CHECK, { domain: 'hosted-here.mail-check.test' });
      expect(response.headers.get('Cache-Control')).toBe('no-store');
      expect(response.headers.get('Cache-Status')).not.toMatch(/hit/);
    }
  });

  it('refuses an email address, an IP address and a URL with a clear error, and looks nothing up', async () => {
    for (const domain of [
      'anna@hosted-here.mail-check.test',
      '192.0.2.1',
      '[::1]',
      'http://example.com/',
      'localhost',
    ]) {
      const { response, body } = await ask(CHECK, { domain });
      expect(response.status).toBe(200);
      expect(body.data).toBeNull();
      expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(body.errors[0].message).toMatch(/domain/);
    }
  });
});
