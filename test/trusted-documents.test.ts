/**
 * Trusted documents: the manifest of operations/ served at /graphql/persisted-operations.json;
 * every operation in it answered by its hash alone on a fresh isolate (Apollo's extension or the
 * persisted-documents proposal's documentId), from one cache entry however it is named; and with
 * TRUSTED_DOCUMENTS=only, those operations alone, by hash or by text.
 */
import { MANIFEST_PATH } from '../src/paths.js';
import { ApolloClient, gql, HttpLink, InMemoryCache } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { getOperationName } from '@apollo/client/utilities/internal';
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it, vi } from 'vitest';
import committed from '../operations/persisted-query-manifest.json';
import worker from '../src/index.js';
import { EXAMPLES } from '../src/graphql-server/graphiql/examples.js';
import { sha256Hex } from '../src/lib/sha256.js';
import { MANIFEST, type ManifestOperation } from '../src/trusted-documents/operations.js';
import { cacheResult, fetchWorker, uniqueName } from './helpers/client.js';

type Worker = typeof worker;

const ONLY = { ...env, TRUSTED_DOCUMENTS: 'only' };

/** What the setup assistant's operations are sent with, as its first view of an address does. */
const PAGE_VARIABLES: Readonly<Record<string, Record<string, unknown>>> = {
  PageAddressSettings: { emailAddress: 'anna@routing.net', incomingProtocol: 'IMAP', locale: 'EN' },
  PageRecommendation: { situation: { deviceCount: 1, wantsOfflineCopies: true }, locale: 'EN' },
  PageSetupGuides: { incomingProtocol: 'POP3', providerId: null, locale: 'DE' },
  PageTroubleshooting: { incomingProtocol: 'IMAP', providerId: 'routing-net', locale: 'EN' },
  PagePortTable: { locale: 'DE' },
  PageProtocols: { locale: 'EN' },
  PageGuide: { id: 'setup-thunderbird', incomingProtocol: 'IMAP', providerId: null, locale: 'EN' },
  PageGuideList: { locale: 'DE' },
  PageDomainCheck: { domain: 'example.com', locale: 'EN' },
  PageServiceStatus: { locale: 'DE' },
};

/** The variables an operation needs to run: GraphiQL's for the examples, the page's for its own. */
const variablesOf = (operation: ManifestOperation) =>
  EXAMPLES.find((example) => example.query === operation.body)?.variables ?? PAGE_VARIABLES[operation.name];

const apq = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });

/**
 * A GraphQL request to `handler` with `bindings`, sent to `origin`: an origin no other test uses
 * makes a cache key no other test has filled, in the isolate map and in the Cache API alike.
 */
async function request(
  handler: Worker,
  bindings: typeof env,
  origin: string,
  params: Record<string, unknown>,
  method: 'GET' | 'POST' = 'GET',
): Promise<Response> {
  const headers = { accept: 'application/graphql-response+json', 'content-type': 'application/json' };
  const search = new URLSearchParams(
    Object.entries(params)
      .filter(([, value]) => value !== undefined)
      .map(([name, value]) => [name, typeof value === 'string' ? value : JSON.stringify(value)]),
  );
  const sent =
    method === 'GET'
      ? new Request(`${origin}/graphql?${search}`, { headers })
      : new Request(`${origin}/graphql`, { method, headers, body: JSON.stringify(params) });
  const ctx = createExecutionContext();
  const response = await handler.fetch(sent as Parameters<Worker['fetch']>[0], bindings, ctx);
  await waitOnExecutionContext(ctx);
  return response;
}

const freshOrigin = () => `http://${uniqueName('fresh-')}.test`;

/** The answer's data, failing the test on any error. */
async function dataOf(response: Response, what: string): Promise<Record<string, unknown>> {
  const body = await response.json<{ data?: Record<string, unknown>; errors?: unknown[] }>();
  expect(body.errors, what).toBeUndefined();
  expect(response.status, what).toBe(200);
  expect(Object.keys(body.data ?? {}).length, what).toBeGreaterThan(0);
  return body.data ?? {};
}

/** The first error's code. */
async function codeOf(response: Response): Promise<string | undefined> {
  const body = await response.json<{ errors?: { extensions?: { code?: string } }[] }>();
  return body.errors?.[0]?.extensions?.code;
}

describe('the manifest route', () => {
  it('serves the manifest in Apollo’s format, each id the SHA-256 of its body', async () => {
    const response = await fetchWorker(MANIFEST_PATH);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('Cache-Control')).toContain('public');
    const manifest = await response.json<typeof MANIFEST>();
    expect(manifest).toEqual(committed);
    expect(manifest.format).toBe('apollo-persisted-query-manifest');
    expect(manifest.version).toBe(1);
    expect(manifest.operations.length).toBeGreaterThanOrEqual(6);
    for (const operation of manifest.operations) {
      expect(Object.keys(operation).sort()).toEqual(['body', 'id', 'name', 'type']);
      expect(operation.type).toBe('query');
      expect(operation.id).toBe(await sha256Hex(operation.body));
    }
    expect(new Set(manifest.operations.map((operation) => operation.name)).size).toBe(manifest.operations.length);
    expect(manifest.operations.map((operation) => operation.name)).toEqual(
      expect.arrayContaining(['PortTable', 'Recommend', 'SettingsForAddress', 'ClientConfiguration', 'HelpPage']),
    );
  });

  it('is the same bytes every time, and a 304 for its ETag', async () => {
    const first = await fetchWorker(MANIFEST_PATH);
    const second = await fetchWorker(MANIFEST_PATH);
    const etag = first.headers.get('ETag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(second.headers.get('ETag')).toBe(etag);
    expect(await second.text()).toBe(await first.text());
    const revalidated = await fetchWorker(MANIFEST_PATH, { headers: { 'If-None-Match': etag ?? '' } });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe('');
  });

  it('is a path of its own beside /graphql', async () => {
    expect((await fetchWorker(`${MANIFEST_PATH}/x`)).status).toBe(404);
    expect((await fetchWorker(MANIFEST_PATH, { method: 'POST', body: '{}' })).status).toBe(405);
  });
});

describe('every manifest operation on a fresh isolate', () => {
  it('is answered by its hash alone, then from one cache entry by documentId and by its text', async () => {
    // A fresh module graph is a fresh isolate: its own persisted-query store, empty, its own
    // isolate map and its own Yoga. The manifest is all it knows.
    vi.resetModules();
    const fresh = (await import('../src/index.js')).default;
    for (const operation of MANIFEST.operations) {
      const origin = freshOrigin();
      const variables = variablesOf(operation);
      const byHash = await request(fresh, env, origin, { variables, extensions: apq(operation.id) });
      // An operation for an address (in its variables, or a string of its document: `@include` and
      // the like are directives) is answered, and kept by no cache (see address-privacy.test.ts).
      // An operation that reads DNS (domainCheck) or the server checks (serviceStatus) is live:
      // kept by no cache either.
      const personal =
        `${JSON.stringify(variables) ?? ''}${operation.body.replace(/@\w+/g, '')}`.includes('@') ||
        /domainCheck\(|serviceStatus\(/.test(operation.body);
      expect(byHash.headers.get('Cache-Status'), operation.name).toBe(
        personal
          ? 'worker-cache-api; fwd=miss, worker-isolate; fwd=miss'
          : 'worker-cache-api; fwd=miss, worker-isolate; fwd=miss; stored',
      );
      const data = await dataOf(byHash, operation.name);

      const byDocumentId = await request(fresh, env, origin, { documentId: `sha256:${operation.id}`, variables });
      const byText = await request(fresh, env, origin, { query: operation.body, variables }, 'POST');
      for (const [how, response] of [
        ['documentId', byDocumentId],
        ['text', byText],
      ] as const) {
        expect(response.headers.get('Cache-Status'), `${operation.name} by ${how}`).toBe(
          personal ? 'worker-cache-api; fwd=miss, worker-isolate; fwd=miss' : 'worker-isolate; hit',
        );
        expect(await dataOf(response, `${operation.name} by ${how}`)).toEqual(data);
      }
    }
  });
});

describe('documentId', () => {
  it('is read from a POST body too, and an unknown one is a single error', async () => {
    const [operation] = MANIFEST.operations;
    const origin = freshOrigin();
    await dataOf(
      await request(worker, env, origin, { documentId: `sha256:${operation?.id}`, variables: {} }, 'POST'),
      'POST',
    );
    for (const documentId of [`sha256:${'0'.repeat(64)}`, 'x-custom:abc', 'abc']) {
      const response = await request(worker, env, origin, { documentId });
      const body = await response.json<{ errors: { extensions: { code: string } }[] }>();
      expect(body.errors, documentId).toHaveLength(1);
      expect(body.errors[0]?.extensions.code, documentId).toBe('PERSISTED_QUERY_NOT_FOUND');
    }
  });
});

describe('TRUSTED_DOCUMENTS=only', () => {
  it('answers every manifest operation by hash, by documentId and by text, however spaced', async () => {
    for (const operation of MANIFEST.operations) {
      const variables = variablesOf(operation);
      const respaced = operation.body.replace(/^#.*$/gm, '').replace(/\s+/g, '  ');
      for (const [how, params, method] of [
        ['hash', { variables, extensions: apq(operation.id) }, 'GET'],
        ['documentId', { documentId: `sha256:${operation.id}`, variables }, 'POST'],
        ['text', { query: operation.body, variables }, 'POST'],
        ['text with its hash', { query: operation.body, variables, extensions: apq(operation.id) }, 'POST'],
        ['respaced text', { query: respaced, variables }, 'GET'],
      ] as const) {
        await dataOf(await request(worker, ONLY, freshOrigin(), params, method), `${operation.name} by ${how}`);
      }
    }
  });

  it('refuses every other document with a 403 and TRUSTED_DOCUMENT_REQUIRED, and registers none', async () => {
    const query = `{ ${uniqueName()}: catalogVersion }`;
    const hash = await sha256Hex(query);
    const origin = freshOrigin();
    const refused = [
      await request(worker, ONLY, origin, { query }),
      await request(worker, ONLY, origin, { query, extensions: apq(hash) }, 'POST'),
      await request(worker, ONLY, origin, { extensions: apq(hash) }),
      await request(worker, ONLY, origin, { documentId: `sha256:${hash}` }),
      await request(worker, ONLY, origin, { query: '{ __schema { queryType { name } } }' }),
    ];
    for (const response of refused) {
      expect(response.status).toBe(403);
      expect(response.headers.get('Cache-Control')).toBe('no-store');
      const body = await response.json<{ errors: { message: string; extensions: { code: string } }[] }>();
      expect(body.errors[0]?.extensions.code).toBe('TRUSTED_DOCUMENT_REQUIRED');
      expect(body.errors[0]?.message).toContain(MANIFEST_PATH);
    }
    expect(await codeOf(await request(worker, env, origin, { extensions: apq(hash) }))).toBe(
      'PERSISTED_QUERY_NOT_FOUND',
    );
  });

  it('never serves an answer an open Worker kept for a document it refuses', async () => {
    const origin = freshOrigin();
    const params = { query: `{ ${uniqueName()}: catalogVersion }` };
    const open = await request(worker, env, origin, params);
    await dataOf(open, 'open');
    expect(cacheResult(await request(worker, env, origin, params))).toBe('HIT');
    const only = await request(worker, ONLY, origin, params);
    expect(only.status).toBe(403);
    expect(await codeOf(only)).toBe('TRUSTED_DOCUMENT_REQUIRED');
  });

  it('serves Apollo Client sending manifest ids by operation name, as @apollo/persisted-query-lists does', async () => {
    const ids = new Map(MANIFEST.operations.map((operation) => [operation.name, operation.id]));
    const link = new PersistedQueryLink({
      generateHash: (document) => ids.get(getOperationName(document) ?? '') ?? '',
      useGETForHashedQueries: true,
    });
    const sent: string[] = [];
    const http = new HttpLink({
      uri: `${freshOrigin()}/graphql`,
      fetch: async (input, init) => {
        const outgoing = new Request(input, init);
        sent.push(`${outgoing.method} ${new URL(outgoing.url).search}`);
        const ctx = createExecutionContext();
        const response = await worker.fetch(outgoing as Parameters<Worker['fetch']>[0], ONLY, ctx);
        await waitOnExecutionContext(ctx);
        return response;
      },
    });
    const client = new ApolloClient({ link: link.concat(http), cache: new InMemoryCache() });
    const { data, error } = await client.query<{ servers: { hostName: string }[] }>({
      query: gql(MANIFEST.operations.find((operation) => operation.name === 'PortTable')?.body ?? ''),
    });
    expect(error).toBeUndefined();
    expect(data?.servers.map((server) => server.hostName)).toEqual(['mail.routing.net']);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatch(/^GET \?/);
    expect(sent[0]).not.toContain('query=');
  });
});
