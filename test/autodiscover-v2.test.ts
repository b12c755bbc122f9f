/**
 * Outlook's Autodiscover v2: both request forms, in any letter case, answered with the URL of the
 * POX Autodiscover for `AutodiscoverV1`, which answers with the offer; every other protocol, and
 * none, gets `InvalidProtocol` as Exchange's servers answer it.
 */
import { describe, expect, it } from 'vitest';
import { ORIGIN, data, fetchWorker } from './helpers/client.js';
import { autodiscoverRequest, postAutodiscover } from './helpers/documents.js';
import { autodiscoverOffer, endpointName } from './helpers/offered-endpoints.js';

const ANSWER = { Protocol: 'AutodiscoverV1', Url: `${ORIGIN}/Autodiscover/Autodiscover.xml` };

describe('Autodiscover v2', () => {
  it.each([
    '/autodiscover/autodiscover.json?Email=anna%40routing.net&Protocol=AutodiscoverV1',
    '/autodiscover/autodiscover.json/v1.0/anna@routing.net?Protocol=AutodiscoverV1',
    '/Autodiscover/Autodiscover.json?Email=anna%40routing.net&Protocol=Autodiscoverv1&RedirectCount=1',
    '/AUTODISCOVER/AUTODISCOVER.JSON/V1.0/anna@routing.net?protocol=autodiscoverv1',
    '/autodiscover/autodiscover.json?email=someone%40example.org&PROTOCOL=AutodiscoverV1',
    '/autodiscover/autodiscover.json?Protocol=AutodiscoverV1',
  ])('answers %s with the POX Autodiscover URL', async (path) => {
    const response = await fetchWorker(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
    expect(await response.json()).toEqual(ANSWER);
  });

  it('leads Outlook to the POX Autodiscover answer, which names the preferred endpoints', async () => {
    const { Url } = await (
      await fetchWorker('/autodiscover/autodiscover.json/v1.0/anna@routing.net?Protocol=AutodiscoverV1')
    ).json<typeof ANSWER>();
    const pox = await postAutodiscover(autodiscoverRequest('anna@routing.net'), new URL(Url).pathname);
    expect(pox.status).toBe(200);
    const offer = autodiscoverOffer(await pox.text());
    expect([offer.incoming[0], offer.outgoing[0]].map((e) => e && endpointName(e))).toEqual([
      'IMAP/SSL_TLS mail.routing.net:993',
      'SMTP/STARTTLS mail.routing.net:587',
    ]);
  });

  it('is the same for every mailbox, cached like every GET document when its URL names none', async () => {
    const path = '/autodiscover/autodiscover.json?Protocol=AutodiscoverV1';
    const response = await fetchWorker(path);
    expect(response.headers.get('Cache-Control')).toBe(
      'public, max-age=300, s-maxage=3600, stale-while-revalidate=86400',
    );
    const etag = response.headers.get('ETag') ?? '';
    const again = await fetchWorker(`${path}&Email=ben%40routing.net`, { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    // A URL naming a mailbox is kept by no shared cache: a hit would tell who asked (issue 20).
    expect(again.headers.get('Cache-Control')).toBe('no-store');
  });

  it.each([
    ['ActiveSync', '?Email=anna%40routing.net&Protocol=ActiveSync', 'ActiveSync'],
    ['EWS', '?Protocol=Ews', 'Ews'],
    ['AutodiscoverV2', '?Protocol=AutodiscoverV2', 'AutodiscoverV2'],
    ['no protocol', '?Email=anna%40routing.net', ''],
    ['an empty protocol', '?Protocol=', ''],
    ['markup', '?Protocol=%3Cscript%3E%22x', 'scriptx'],
    ['a long name', `?Protocol=${'A'.repeat(5000)}`, 'A'.repeat(40)],
  ])('refuses %s with 400 InvalidProtocol, kept by no cache', async (_, query, echoed) => {
    const response = await fetchWorker(`/autodiscover/autodiscover.json${query}`);
    expect(response.status).toBe(400);
    expect(response.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    const body = await response.json<{ ErrorCode: string; ErrorMessage: string }>();
    expect(body.ErrorCode).toBe('InvalidProtocol');
    expect(body.ErrorMessage).toContain(`'${echoed}'`);
    expect(body.ErrorMessage).toContain("'AutodiscoverV1'");
  });

  it('answers a path that is neither form with 404', async () => {
    for (const path of [
      '/autodiscover/autodiscover.jsonx?Protocol=AutodiscoverV1',
      '/autodiscover/autodiscover.json/v2.0/anna@routing.net?Protocol=AutodiscoverV1',
      '/autodiscover/autodiscover.json/v1.0/anna@routing.net/more?Protocol=AutodiscoverV1',
    ]) {
      const response = await fetchWorker(path);
      expect(response.status, path).toBe(404);
      expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
    }
  });

  it('is the clientConfiguration format OUTLOOK_AUTODISCOVER_V2, byte for byte', async () => {
    const { clientConfiguration } = await data<{ clientConfiguration: { body: string; contentType: string } }>(
      '{ clientConfiguration(document: { outlookAutodiscoverV2: {} }) { body contentType } }',
    );
    const route = await fetchWorker('/autodiscover/autodiscover.json?Protocol=AutodiscoverV1');
    expect(clientConfiguration).toEqual({ body: await route.text(), contentType: 'application/json; charset=utf-8' });
  });
});
