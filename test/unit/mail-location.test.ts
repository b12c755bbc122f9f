/**
 * The verdict on where a domain's mail goes (world/mail-location.ts), from MX answers: the most
 * preferred exchangers decide, a backup at the provider does not make it "here", a tie with the
 * provider does, another catalog provider's exchanger is named, and failures are never guessed.
 */
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog/catalog.js';
import type { CatalogData, ProviderData } from '../../src/catalog/types.js';
import { routingNet } from '../../src/catalog/providers/routing-net.js';
import type { DnsAnswer } from '../../src/world/dns/message.js';
import { judgeMailExchangers, verdictText } from '../../src/world/mail-location.js';

const other: ProviderData = {
  ...routingNet,
  id: 'other-mail',
  displayName: 'Other Mail',
  isDefault: false,
  domains: ['other.example'],
  mailExchangerDomains: ['other-mx.example'],
};
const twoProviders: CatalogData = { ...catalog, providers: [routingNet, other] };

const mx = (...records: [number, string][]): DnsAnswer => ({
  outcome: 'FOUND',
  authenticated: false,
  records: records.map(([preference, exchange]) => ({ type: 'MX', preference, exchange })),
});

const judge = (answer: DnsAnswer, data: CatalogData = catalog) =>
  judgeMailExchangers(data, 'example.com', answer, routingNet);

describe('where the mail goes', () => {
  it("is here when the most preferred exchanger is under the provider's names, and the provider itself counts", () => {
    expect(judge(mx([10, 'mx01.routing.net'])).verdict).toBe('HOSTED_HERE');
    expect(judge(mx([10, 'routing.net'])).verdict).toBe('HOSTED_HERE');
    expect(judge(mx([10, 'notrouting.net'])).verdict).toBe('HOSTED_ELSEWHERE');
  });

  it('is elsewhere when the provider is only the backup, and here when it ties for first', () => {
    expect(judge(mx([20, 'mx01.routing.net'], [10, 'mx.elsewhere.example']))).toMatchObject({
      verdict: 'HOSTED_ELSEWHERE',
      preferred: { host: 'mx.elsewhere.example', provider: undefined },
    });
    expect(judge(mx([10, 'mx.elsewhere.example'], [10, 'mx01.routing.net']))).toMatchObject({
      verdict: 'HOSTED_HERE',
      preferred: { host: 'mx01.routing.net' },
    });
  });

  it("names another catalog provider's exchanger, and says so in words", () => {
    const location = judge(mx([10, 'in.other-mx.example']), twoProviders);
    expect(location).toMatchObject({ verdict: 'HOSTED_ELSEWHERE', preferred: { provider: { id: 'other-mail' } } });
    expect(verdictText(location, 'en')).toMatch(
      /goes to in\.other-mx\.example \(run by Other Mail\), not to routing\.net Mail/,
    );
    expect(verdictText(location, 'de')).toMatch(/\(bei Other Mail\)/);
  });

  it('is no mail for a null MX and for no MX', () => {
    expect(judge(mx([0, ''])).verdict).toBe('NO_MAIL');
    expect(judge({ outcome: 'NO_RECORD', authenticated: true })).toMatchObject({
      verdict: 'NO_MAIL',
      authenticated: true,
    });
  });

  it('is no such domain for NXDOMAIN, and a failure is LOOKUP_FAILED with its reason, never a verdict', () => {
    expect(judge({ outcome: 'NO_SUCH_NAME', authenticated: false }).verdict).toBe('NO_SUCH_DOMAIN');
    const failed = judge({ outcome: 'FAILED', failure: 'SERVER_FAILURE' });
    expect(failed).toMatchObject({ verdict: 'LOOKUP_FAILED', failure: 'SERVER_FAILURE', mailExchangers: [] });
    expect(verdictText(failed, 'en')).toMatch(/could not be checked: the DNS resolver reported a failure/);
  });

  it('reports at most ten exchangers, most preferred first', () => {
    const many = mx(...Array.from({ length: 15 }, (_, i): [number, string] => [15 - i, `mx${i}.example.net`]));
    const { mailExchangers } = judge(many);
    expect(mailExchangers).toHaveLength(10);
    expect(mailExchangers[0]).toMatchObject({ preference: 1, host: 'mx14.example.net' });
  });
});
