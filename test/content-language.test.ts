/**
 * Content-Language says the language of the body, not the one Accept-Language asked for: a root
 * field's `locale` argument wins under its field, two languages in one answer are both named
 * (RFC 9110 section 8.5), English error messages from GraphQL itself say `en`, and a cached
 * answer is replayed with the language it was computed in.
 */
import { describe, expect, it } from 'vitest';
import { cacheResult, graphqlGet, graphqlPost, uniqueName } from './helpers/client.js';

/** The Content-Language of the answer to `query` POSTed with `acceptLanguage`. */
async function languageOf(query: string, acceptLanguage: string) {
  const response = await graphqlPost({ query }, { 'Accept-Language': acceptLanguage });
  return response.headers.get('Content-Language');
}

describe('Content-Language', () => {
  it('names the locale argument of the root field, whatever Accept-Language asked for', async () => {
    expect(await languageOf(`{ ${uniqueName()}: protocols(locale: DE) { summary } }`, 'en')).toBe('de');
    expect(await languageOf(`{ ${uniqueName()}: protocols(locale: EN) { summary } }`, 'de')).toBe('en');
    expect(await languageOf(`{ ${uniqueName()}: protocols { summary } }`, 'de-AT')).toBe('de');
    expect(await languageOf(`{ ${uniqueName()}: protocols { summary } }`, 'fr')).toBe('en');
    // Nothing answered at all: the reader's language.
    expect(await languageOf(`{ ${uniqueName()}: catalogVersion @skip(if: true) }`, 'de')).toBe('de');
  });

  it('names both languages, English first, when root fields use both', async () => {
    const query = `{ ${uniqueName()}: protocol(name: IMAP, locale: DE) { summary } en: protocol(name: IMAP) { summary } }`;
    expect(await languageOf(query, 'en')).toBe('en, de');
    expect(await languageOf(query, 'de')).toBe('de');
  });

  it('names the language of an error message', async () => {
    const invalidAddress = `{ ${uniqueName()}: settingsForAddress(emailAddress: "anna") { userName } }`;
    expect(await languageOf(invalidAddress, 'de')).toBe('de');
    expect(await languageOf(invalidAddress.replace('"anna")', '"anna", locale: EN)'), 'de')).toBe('en');
    // GraphQL's own messages are English, whatever the reader asked for.
    expect(await languageOf('{ nope }', 'de')).toBe('en');
    expect(await languageOf('{ endpoints(', 'de')).toBe('en');
  });

  it('is kept with a cached answer and replayed with it', async () => {
    const query = `{ ${uniqueName()}: protocol(name: POP3, locale: DE) { summary } }`;
    const first = await graphqlGet(query, undefined, { 'Accept-Language': 'en' });
    const again = await graphqlGet(query, undefined, { 'Accept-Language': 'en' });
    expect([cacheResult(first), cacheResult(again)]).toEqual(['MISS', 'HIT']);
    expect(first.headers.get('Content-Language')).toBe('de');
    expect(again.headers.get('Content-Language')).toBe('de');
    const canonicalHit = await graphqlGet(`${query}\n`, undefined, { 'Accept-Language': 'en' });
    expect(canonicalHit.headers.get('Cache-Status')).toBe('worker-isolate; hit');
    expect(canonicalHit.headers.get('Content-Language')).toBe('de');
  });
});
