/**
 * English and German: the same operation in either language gives different text and the same
 * settings, chosen by Accept-Language or a `locale` argument, with no cache cross-talk.
 */
import { describe, expect, it } from 'vitest';
import { cacheResult, graphqlGet, graphqlPost, uniqueName } from './helpers/client.js';

const HELP_PAGE = `query HelpPage($locale: Locale) {
  servers(locale: $locale) { hostName endpoints { protocol port security securityLabel adviceLabel locale } }
  protocols(locale: $locale) { name summary explanation strengths suitedFor locale }
  guides(locale: $locale) { guideId title summary paragraphs steps locale }
  recommendation(situation: { deviceCount: 1, wantsOfflineCopies: true }, locale: $locale) {
    incoming { port } outgoing { port } reasons { code text } locale
  }
}`;

async function helpPage(variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await graphqlPost({ query: HELP_PAGE, variables }, headers);
  expect(response.status).toBe(200);
  const body = await response.json<{ data: any; errors?: unknown }>();
  expect(body.errors).toBeUndefined();
  return { data: body.data, response };
}

/** The settings in an answer, without any text. */
function settings(data: any) {
  return {
    servers: data.servers.map((s: any) => s.endpoints.map((e: any) => [s.hostName, e.protocol, e.port, e.security])),
    recommendation: [data.recommendation.incoming.port, data.recommendation.outgoing.port],
    reasonCodes: data.recommendation.reasons.map((r: any) => r.code),
    guideIds: data.guides.map((g: any) => g.guideId),
  };
}

/** Every human-readable string in an answer. */
function texts(data: any): string[] {
  return [
    ...data.servers.flatMap((s: any) => s.endpoints.flatMap((e: any) => [e.adviceLabel])),
    ...data.protocols.flatMap((p: any) => [p.summary, p.explanation, ...p.strengths, ...p.suitedFor]),
    ...data.guides.flatMap((g: any) => [g.title, g.summary, ...g.paragraphs, ...g.steps]),
    ...data.recommendation.reasons.map((r: any) => r.text),
  ];
}

describe('English and German', () => {
  it('give the whole help page in either language from one query, with the same settings', async () => {
    const english = (await helpPage({ locale: 'EN' })).data;
    const german = (await helpPage({ locale: 'DE' })).data;
    expect(settings(german)).toEqual(settings(english));
    const [en, de] = [texts(english), texts(german)];
    expect(de).toHaveLength(en.length);
    en.forEach((text, i) => {
      expect(text.length).toBeGreaterThan(0);
      expect(de[i], text).not.toBe(text);
    });
    expect(german.protocols[0].summary).toContain('Server');
    expect(german.servers[0].endpoints.find((e: any) => e.security === 'NONE').securityLabel).toBe('keine');
    expect(german.servers[0].endpoints[0].adviceLabel).toBe('empfohlen');
    expect(german.guides.find((g: any) => g.guideId === 'setup-thunderbird').steps.join(' ')).toContain('Port 993');
  });

  it('keep technical terms as they are in German', async () => {
    const german = (await helpPage({ locale: 'DE' })).data;
    const labels = german.servers[0].endpoints.map((e: any) => e.securityLabel);
    expect(labels).toEqual(expect.arrayContaining(['SSL/TLS', 'STARTTLS']));
    expect(german.protocols.map((p: any) => p.summary).join(' ')).not.toMatch(/\bundefined\b/);
  });

  it('follow Accept-Language when no locale argument is given, and say which they used', async () => {
    for (const [header, locale] of [
      ['de-AT', 'de'],
      ['de-CH, en;q=0.5', 'de'],
      ['fr, en;q=0.3', 'en'],
      ['fr', 'en'],
    ] as const) {
      const { data, response } = await helpPage({}, { 'Accept-Language': header });
      expect(response.headers.get('Content-Language'), header).toBe(locale);
      expect(data.protocols[0].locale, header).toBe(locale.toUpperCase());
      expect(data.recommendation.locale, header).toBe(locale.toUpperCase());
    }
  });

  it('let a locale argument override Accept-Language, below its own field only', async () => {
    const response = await graphqlPost(
      {
        query:
          '{ en: protocol(name: IMAP, locale: EN) { summary locale } header: protocol(name: IMAP) { summary locale } }',
      },
      { 'Accept-Language': 'de' },
    );
    const { data } = await response.json<{ data: any }>();
    expect(data.en.locale).toBe('EN');
    expect(data.header.locale).toBe('DE');
    expect(data.en.summary).not.toBe(data.header.summary);
  });

  it('give error messages meant for people in the reader’s language', async () => {
    const query = 'query ($a: String!, $l: Locale) { settingsForAddress(emailAddress: $a, locale: $l) { userName } }';
    const byHeader = await graphqlPost({ query, variables: { a: 'anna' } }, { 'Accept-Language': 'de' });
    const german = await byHeader.json<{ errors: { message: string; extensions: { code: string } }[] }>();
    expect(german.errors[0]?.message).toBe(
      '„anna“ ist keine gültige E-Mail-Adresse: eine E-Mail-Adresse hat ein „@“ zwischen Name und Domain, wie in anna@routing.net.',
    );
    expect(german.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const byArgument = await graphqlPost({ query, variables: { a: 'anna', l: 'DE' } });
    expect((await byArgument.json<{ errors: { message: string }[] }>()).errors[0]?.message).toContain('keine gültige');
    const english = await graphqlPost({ query, variables: { a: 'anna' } });
    expect((await english.json<{ errors: { message: string }[] }>()).errors[0]?.message).toBe(
      '"anna" is not a valid email address: an email address has an "@" between the name and the domain, as in anna@routing.net.',
    );
  });

  it('never serve an answer cached for one language to a reader of the other', async () => {
    const query = `{ ${uniqueName()}: protocol(name: POP3) { summary } }`;
    const first = { de: await graphqlGet(query, undefined, { 'Accept-Language': 'de' }), en: await graphqlGet(query) };
    const again = {
      de: await graphqlGet(query, undefined, { 'Accept-Language': 'de-DE' }),
      en: await graphqlGet(query, undefined, { 'Accept-Language': 'en-GB' }),
    };
    expect([cacheResult(first.de), cacheResult(first.en)]).toEqual(['MISS', 'MISS']);
    expect([cacheResult(again.de), cacheResult(again.en)]).toEqual(['HIT', 'HIT']);
    const [deBody, enBody, deAgain, enAgain] = await Promise.all([
      first.de.text(),
      first.en.text(),
      again.de.text(),
      again.en.text(),
    ]);
    expect(deBody).not.toBe(enBody);
    expect(deAgain).toBe(deBody);
    expect(enAgain).toBe(enBody);
    expect(again.de.headers.get('Vary')).toContain('Accept-Language');
    expect(first.de.headers.get('ETag')).not.toBe(first.en.headers.get('ETag'));
  });
});
