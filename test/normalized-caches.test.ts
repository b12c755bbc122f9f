/**
 * Normalized client caches keep English and German apart. Apollo Client's InMemoryCache and urql's
 * graphcache, both unconfigured, store each object once under `__typename` and `id`; a frontend
 * with a language switch asks in German, then in English, and must still read German back.
 */
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { Client, fetchExchange } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import { exports } from 'cloudflare:workers';
import { isObjectType, parse, type DocumentNode } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { schema } from '../src/graphql/schema.js';
import { ORIGIN } from './helpers/client.js';

/**
 * Texts through every way the schema reaches them: Endpoint, Guide, Provider→endpoints, Protocol,
 * MailServer→endpoints, Recommendation, settingsForAddress.
 */
const TEXTS = parse(`query Texts($locale: Locale!) {
  endpoints(filter: { advice: RECOMMENDED }, locale: $locale) { id securityLabel adviceLabel locale protocolInfo { id name summary } }
  guide(guideId: "setup-thunderbird", locale: $locale) { id title summary steps locale }
  provider(providerId: "routing-net", locale: $locale) { id displayName endpoints { id securityLabel adviceLabel } }
  servers(locale: $locale) { id hostName endpoints(filter: { protocol: IMAP }) { id adviceLabel } }
  protocol(name: POP3, locale: $locale) { id name summary locale endpoints(filter: { security: NONE }) { id adviceLabel } guides { id title } }
  recommendation(situation: { deviceCount: 1, wantsOfflineCopies: true }, locale: $locale) {
    locale incoming { id } outgoing { id adviceLabel } reasons { code text guide { id title } }
  }
  settingsForAddress(emailAddress: "anna@routing.net", locale: $locale) {
    locale provider { id endpoints(filter: { protocol: SMTP }) { id securityLabel adviceLabel } } incoming { id adviceLabel }
  }
}`);

/**
 * `TEXTS` asks for the recommendation's incoming endpoint without texts, and for that endpoint's
 * texts only in the `endpoints` list: a cache answers this only if it stored both under one id.
 */
const SHARED = parse(`query Shared($locale: Locale!) {
  recommendation(situation: { deviceCount: 1, wantsOfflineCopies: true }, locale: $locale) {
    incoming { id securityLabel adviceLabel locale }
  }
}`);

type Data = Record<string, unknown>;

/** One client library with its normalized cache, as a frontend would set it up. */
interface CachingClient {
  /** Runs `query` the usual way (cache first, so over the network when the cache lacks it). */
  query(query: DocumentNode, variables: Data): Promise<Data>;
  /** Reads `query` from the cache alone; null when the cache cannot answer it. */
  cached(query: DocumentNode, variables: Data): Promise<Data | null>;
  /** How many requests reached the Worker. */
  readonly requests: number;
}

/** The Worker's fetch handler standing in for the network, counting what reaches it. */
function workerFetch() {
  const counter = { requests: 0 };
  const fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    counter.requests += 1;
    return exports.default.fetch(input, init);
  };
  return { fetch, counter };
}

function apollo(): CachingClient & { readonly cache: InMemoryCache } {
  const { fetch, counter } = workerFetch();
  const cache = new InMemoryCache();
  const client = new ApolloClient({ cache, link: new HttpLink({ uri: `${ORIGIN}/graphql`, fetch }) });
  return {
    cache,
    query: async (query, variables) => {
      const { data } = await client.query<Data>({ query, variables });
      if (data === undefined) throw new Error('Apollo Client answered without data');
      return data;
    },
    cached: async (query, variables) =>
      (await client.query<Data>({ query, variables, fetchPolicy: 'cache-only' })).data ?? null,
    get requests() {
      return counter.requests;
    },
  };
}

function urql(): CachingClient {
  const { fetch, counter } = workerFetch();
  const client = new Client({ url: `${ORIGIN}/graphql`, exchanges: [cacheExchange(), fetchExchange], fetch });
  return {
    query: async (query, variables) => {
      const { data, error } = await client.query<Data>(query, variables).toPromise();
      if (error !== undefined || data === undefined) throw new Error(`urql answered ${String(error)}`);
      return data;
    },
    cached: async (query, variables) =>
      (await client.query<Data>(query, variables, { requestPolicy: 'cache-only' }).toPromise()).data ?? null,
    get requests() {
      return counter.requests;
    },
  };
}

/** Every object in `value` that a normalized cache keys by `__typename` and `id`. */
function identified(value: unknown): { typename: string; id: string }[] {
  if (Array.isArray(value)) return value.flatMap(identified);
  if (typeof value !== 'object' || value === null) return [];
  const { __typename, id } = value as { __typename?: unknown; id?: unknown };
  const own = typeof __typename === 'string' && typeof id === 'string' ? [{ typename: __typename, id }] : [];
  return [...own, ...Object.values(value).flatMap(identified)];
}

/** Every `locale` field in `value`. */
function locales(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.flatMap(locales);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value as Data).flatMap(([key, field]) => (key === 'locale' ? [field] : locales(field)));
}

/**
 * Asks `TEXTS` in German, then in English, then reads the German answer back from the cache alone,
 * and checks it is the German answer, text for text.
 */
async function switchLanguage(client: CachingClient) {
  const german = await client.query(TEXTS, { locale: 'DE' });
  const english = await client.query(TEXTS, { locale: 'EN' });
  expect(locales(german).length).toBeGreaterThan(5);
  expect(new Set(locales(german))).toEqual(new Set(['DE']));
  expect(new Set(locales(english))).toEqual(new Set(['EN']));
  expect(JSON.stringify(german)).toContain('"empfohlen"');
  expect(english).not.toEqual(german);
  const requests = client.requests;

  expect(await client.cached(TEXTS, { locale: 'DE' })).toEqual(german);
  expect(await client.cached(TEXTS, { locale: 'EN' })).toEqual(english);
  const endpoints = german['endpoints'] as { id: string }[];
  const incoming = (await client.cached(SHARED, { locale: 'DE' }))?.['recommendation'] as { incoming: { id: string } };
  expect(endpoints.find((endpoint) => endpoint.id === incoming.incoming.id)).toMatchObject(incoming.incoming);
  expect(client.requests).toBe(requests);
  return { german, english };
}

describe('normalized client caches, unconfigured, keep languages apart', () => {
  it('Apollo Client InMemoryCache', async () => {
    const client = apollo();
    const { german, english } = await switchLanguage(client);
    const stored = Object.keys(client.cache.extract());
    const objects = [...identified(german), ...identified(english)];
    for (const typename of ['Endpoint', 'Guide', 'MailServer', 'Protocol', 'Provider']) {
      const keys = new Set(objects.filter((o) => o.typename === typename).map((o) => `${typename}:${o.id}`));
      expect(keys.size, typename).toBeGreaterThan(0);
      expect(new Set(stored.filter((key) => key.startsWith(`${typename}:`))), typename).toEqual(keys);
    }
    const englishKeys = new Set(identified(english).map((o) => `${o.typename}:${o.id}`));
    expect(identified(german).filter((o) => englishKeys.has(`${o.typename}:${o.id}`))).toEqual([]);
  });

  it('urql graphcache', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      await switchLanguage(urql());
      // graphcache names each type it found no key for and so stores inside its parent; each must
      // be a type without an `id`, which no other object (of another language) can share.
      const embedded = warn.mock.calls.map(
        ([message]) => /create a custom `keys` config for `(\w+)`/.exec(String(message))?.[1],
      );
      expect(embedded).not.toContain(undefined);
      for (const typename of new Set(embedded)) {
        const type = schema.getType(String(typename));
        if (!isObjectType(type)) throw new Error(`graphcache named ${String(typename)}, not an object type`);
        expect(Object.keys(type.getFields()), type.name).not.toContain('id');
      }
    } finally {
      warn.mockRestore();
    }
  });
});
