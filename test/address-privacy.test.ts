/**
 * No cache tells who looked up which address (issue 20, item 3). An answer for an email address
 * is never kept by the answer cache nor marked for a shared cache: a second caller sending the
 * same operation for the same address sees no `hit` and no `Age`, however the address is sent
 * (variables, a literal, an escaped literal, a document named by its hash, GET or POST, the
 * assistant's own operation). Answers by domain are cached as before.
 */
import { describe, expect, it } from 'vitest';
import { documentHash } from '../src/site/api-client/persisted-get.js';
import { bodyText, cacheResult, fetchWorker, graphqlGet, graphqlPost, uniqueName } from './helpers/client.js';

const SETTINGS = `query ($emailAddress: String!) {
  settingsForAddress(emailAddress: $emailAddress) { emailAddress userName incoming { port } }
}`;

/** What a second caller could read from an answer about earlier lookups. */
function evidence(response: Response) {
  return {
    cache: cacheResult(response),
    age: response.headers.get('Age'),
    cacheControl: response.headers.get('Cache-Control'),
  };
}

const UNSEEN = { cache: 'MISS', age: null, cacheControl: 'no-store' };

describe('an address lookup leaves no trace in the caches', () => {
  it('by POST and GET with the address in the variables', async () => {
    const address = `${uniqueName('victim')}@routing.net`;
    const first = await graphqlPost({ query: SETTINGS, variables: { emailAddress: address } });
    expect(first.status).toBe(200);
    expect(((await first.json()) as any).data.settingsForAddress.emailAddress).toBe(address);
    // The attacker: the same operation for the guessed address, by POST and by GET.
    const again = await graphqlPost({ query: SETTINGS, variables: { emailAddress: address } });
    expect(evidence(again)).toEqual(UNSEEN);
    const byGet = await graphqlGet(SETTINGS, { emailAddress: address });
    expect(evidence(byGet)).toEqual(UNSEEN);
    expect(evidence(await graphqlGet(SETTINGS, { emailAddress: address }))).toEqual(UNSEEN);
    // An honest request by domain is still cached and answered right.
    const byDomain = `{ provider(providerId: "routing-net") { providerId } }`;
    await graphqlGet(byDomain);
    const cached = await graphqlGet(byDomain);
    expect(cacheResult(cached)).toBe('HIT');
    expect(((await cached.json()) as any).data.provider.providerId).toBe('routing-net');
  });

  it('with the address as a literal, escaped or not, or inside a client document', async () => {
    const name = uniqueName('victim');
    const documents = [
      `{ settingsForAddress(emailAddress: "${name}@routing.net") { userName } }`,
      `{ settingsForAddress(emailAddress: "${name}\\u0040routing.net") { userName } }`,
      `{ clientConfiguration(document: { mozillaAutoconfig: { emailAddress: "${name}@routing.net" } }) { body } }`,
      `query ($a: String = "${name}@routing.net") { settingsForAddress(emailAddress: $a) { userName } }`,
    ];
    for (const query of documents) {
      expect((await graphqlGet(query)).status).toBe(200);
      expect(evidence(await graphqlGet(query))).toEqual(UNSEEN);
      expect(evidence(await graphqlPost({ query }))).toEqual(UNSEEN);
    }
  });

  it('with the document named by its hash alone, once registered', async () => {
    const query = `{ settingsForAddress(emailAddress: "${uniqueName('victim')}@routing.net") { userName } }`;
    const extensions = { persistedQuery: { version: 1, sha256Hash: await documentHash(query) } };
    expect((await graphqlPost({ query, extensions })).status).toBe(200);
    const hashOnly = await graphqlPost({ extensions });
    expect(((await hashOnly.json()) as any).data.settingsForAddress.userName).toContain('@routing.net');
    expect(evidence(hashOnly)).toEqual(UNSEEN);
  });

  it("after the assistant's server render looked the address up", async () => {
    const address = `${uniqueName('victim')}@routing.net`;
    const page = await fetchWorker('/', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      body: new URLSearchParams({ email: address, lang: 'en' }),
    });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(address);
    const { PAGE_ADDRESS_SETTINGS } = await import('../src/site/api-client/operations.js');
    const variables = { emailAddress: address, incomingProtocol: 'IMAP', locale: 'EN' };
    const extensions = {
      persistedQuery: { version: 1, sha256Hash: await documentHash(PAGE_ADDRESS_SETTINGS.document) },
    };
    const params = new URLSearchParams({
      operationName: PAGE_ADDRESS_SETTINGS.name,
      variables: JSON.stringify(variables),
      extensions: JSON.stringify(extensions),
    });
    const accept = 'application/graphql-response+json, application/json;q=0.9';
    const byGet = await fetchWorker(`/graphql?${params}`, { headers: { accept } });
    expect(evidence(byGet)).toEqual(UNSEEN);
    const byPost = await graphqlPost({ operationName: PAGE_ADDRESS_SETTINGS.name, variables, extensions }, { accept });
    expect(evidence(byPost)).toEqual(UNSEEN);
    expect(((await byPost.json()) as any).data.settingsForAddress.emailAddress).toBe(address);
  });
});

describe('documents for an address follow one rule, by GET and by POST: no-store', () => {
  const form = (fields: Record<string, string>) => ({
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields),
  });

  it('for autoconfig, Autodiscover (both), the Apple profile and its QR code', async () => {
    const address = `${uniqueName('victim')}@routing.net`;
    const encoded = encodeURIComponent(address);
    const answers = {
      autoconfig: await fetchWorker(`/mail/config-v1.1.xml?emailaddress=${encoded}`),
      autoconfigAgain: await fetchWorker(`/mail/config-v1.1.xml?emailaddress=${encoded}`),
      autodiscoverGet: await fetchWorker(`/autodiscover/autodiscover.xml?emailaddress=${encoded}`),
      autodiscoverV2: await fetchWorker(`/autodiscover/autodiscover.json?Email=${encoded}&Protocol=AutodiscoverV1`),
      autodiscoverV2Path: await fetchWorker(`/autodiscover/autodiscover.json/v1.0/${address}?Protocol=AutodiscoverV1`),
      profileGet: await fetchWorker(`/apple/mail.mobileconfig?emailaddress=${encoded}&protocol=IMAP`),
      profilePost: await fetchWorker('/apple/mail.mobileconfig', form({ emailaddress: address, protocol: 'IMAP' })),
      qr: await fetchWorker(`/apple/profile-qr.svg?emailaddress=${encoded}`),
    };
    for (const [name, response] of Object.entries(answers)) {
      expect(response.status, name).toBe(200);
      expect(response.headers.get('Cache-Control'), name).toBe('no-store');
      expect(response.headers.get('Age'), name).toBeNull();
    }
    expect(await bodyText(answers.profilePost)).toBe(await bodyText(answers.profileGet));
    // Without an address the same documents are cached as before.
    for (const path of ['/mail/config-v1.1.xml', '/apple/mail.mobileconfig?protocol=IMAP', '/apple/profile-qr.svg']) {
      expect((await fetchWorker(path)).headers.get('Cache-Control'), path).toMatch(/^public/);
    }
  });

  it('refuses a POST of the profile that is no form', async () => {
    const response = await fetchWorker('/apple/mail.mobileconfig', { method: 'POST', body: '{}' });
    expect(response.status).toBe(415);
    const honest = await fetchWorker('/apple/mail.mobileconfig', form({ protocol: 'POP3' }));
    expect(await bodyText(honest)).toContain('EmailTypePOP');
  });
});
