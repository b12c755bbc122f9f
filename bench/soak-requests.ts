// The soak's request mix, as one table: each row is a kind of request (valid, invalid or hostile),
// its share of the load and how to make one. A new route or attack is a new row. Valid rows carry
// the GraphQL operation they send, so the soak can check the Worker's answer against a direct
// evaluation; invalid and hostile rows only have to be refused without a 5xx.
import { createHash } from 'node:crypto';
import { catalog } from '../src/catalog/catalog.js';
import { ADVICES, DIRECTIONS, GUIDE_KINDS, PLATFORMS, PROTOCOLS, SECURITIES } from '../src/catalog/types.js';
import { ORDERINGS } from '../src/domain/ordering.js';
import { EXAMPLES } from '../src/graphql-server/graphiql/examples.js';
import { RESULT_SIZE_ATTACKS } from '../test/data/result-size-attacks.js';
import type { Operation } from './direct-evaluation.js';
import { DOCUMENT_CASES } from './soak-documents.js';

/** Valid requests must be answered correctly; the others only without a server error. */
export type Kind = 'valid' | 'invalid' | 'hostile';

/** One HTTP request of the soak. */
export interface SoakRequest {
  readonly method: string;
  /** Path and query string. */
  readonly path: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** A function gives a stream, sent without a declared length (chunked). */
  readonly body?: string | Uint8Array<ArrayBuffer> | (() => ReadableStream<Uint8Array>);
  /** For a valid request: the operation whose answer the Worker must give. */
  readonly operation?: Operation;
  /** For a valid document request: the exact body the Worker must give, for the origin it serves. */
  readonly expectedDocument?: (origin: string) => Promise<string>;
}

/** Seeded choices, so that a run can be repeated request for request. */
export interface Choice {
  /** A whole number from `min` to `max`. */
  int(min: number, max: number): number;
  one<T>(values: readonly T[]): T;
  chance(probability: number): boolean;
  /** Which request of the run this is, for requests that must differ from all others. */
  readonly index: number;
}

export interface SoakCase {
  readonly name: string;
  readonly kind: Kind;
  /** Relative share of the load. */
  readonly weight: number;
  readonly make: (choose: Choice) => SoakRequest;
}

const JSON_ACCEPTS = [
  'application/json',
  'application/graphql-response+json',
  'application/graphql-response+json, application/json;q=0.9',
];
const ACCEPT_LANGUAGES = [undefined, 'de', 'en', 'de-AT, en;q=0.5', 'fr, de;q=0.8', 'en-GB', '*'];

function graphqlGet({ query, variables, operationName, acceptLanguage }: Operation, accept: string): SoakRequest {
  const params = new URLSearchParams({ query });
  if (variables !== undefined) params.set('variables', JSON.stringify(variables));
  if (operationName !== undefined) params.set('operationName', operationName);
  const headers = { accept, ...(acceptLanguage !== undefined && { 'accept-language': acceptLanguage }) };
  return { method: 'GET', path: `/graphql?${params}`, headers };
}

function graphqlPost({ query, variables, operationName, acceptLanguage }: Operation, accept: string): SoakRequest {
  const headers = {
    accept,
    'content-type': 'application/json',
    ...(acceptLanguage !== undefined && { 'accept-language': acceptLanguage }),
  };
  return { method: 'POST', path: '/graphql', headers, body: JSON.stringify({ query, variables, operationName }) };
}

/** `operation` as a GET or a JSON POST, with one of the Accept headers clients send; checked against a direct evaluation. */
function valid(choose: Choice, operation: Operation): SoakRequest {
  const withLanguage = { ...operation, acceptLanguage: operation.acceptLanguage ?? choose.one(ACCEPT_LANGUAGES) };
  const send = choose.chance(0.5) ? graphqlGet : graphqlPost;
  return { ...send(withLanguage, choose.one(JSON_ACCEPTS)), operation: withLanguage };
}

const locale = (choose: Choice) => choose.one(['', 'locale: EN', 'locale: DE']);
const ENDPOINT_FIELDS = [
  'id',
  'endpointId',
  'hostName',
  'protocol',
  'direction',
  'security',
  'securityLabel',
  'port',
  'advice',
  'adviceLabel',
  'encrypted',
  'uri',
  'locale',
];
const fields = (choose: Choice, names: readonly string[]) =>
  names.filter(() => choose.chance(0.5)).join(' ') || names[0];

/** A filter with each condition set or left out; one time in ten a port the API refuses. */
function endpointFilter(choose: Choice): string {
  const conditions = [
    choose.chance(0.4) && `protocol: ${choose.one(PROTOCOLS)}`,
    choose.chance(0.3) && `direction: ${choose.one(DIRECTIONS)}`,
    choose.chance(0.3) && `security: ${choose.one(SECURITIES)}`,
    choose.chance(0.3) && `advice: ${choose.one(ADVICES)}`,
    choose.chance(0.3) && `encryptedOnly: ${choose.chance(0.5)}`,
    choose.chance(0.3) &&
      `port: ${choose.chance(0.9) ? choose.one([993, 995, 587, 465, 143, 110, 25, 2525]) : choose.one([0, 70000, -1])}`,
  ];
  return `{ ${conditions.filter(Boolean).join(', ')} }`;
}

const RECOMMENDATION = `query Recommend($situation: Situation!, $ordering: EndpointOrdering!, $locale: Locale) {
  recommendation(situation: $situation, ordering: $ordering, locale: $locale) {
    incomingProtocol incomingProtocolInfo { name summary } locale
    incoming { uri port security encrypted } outgoing { uri port security encrypted }
    reasons { code text protocol protocolInfo { id name } endpoints { id endpointId } guide { id guideId title } }
  }
}`;

const MAILBOXES = ['anna', 'Bob.Smith+news', 'x', "o'brien", 'jörg', '用户'];
const DOMAINS = [
  'routing.net',
  'ROUTING.NET',
  'routing.net.',
  'example.com',
  'münchen.de',
  'xn--mnchen-3ya.de',
  '例え.テスト',
  'sub.routing.net',
];
const BROKEN_ADDRESSES = [
  '',
  'anna',
  '@routing.net',
  'anna@',
  'a@b@routing.net',
  'anna@1.2.3.4',
  'anna@routing..net',
  ' '.repeat(3),
  'an na@routing.net',
];

/** Documents registered as persisted queries before the load starts. */
export const PERSISTED_QUERIES = [
  '{ endpoints(filter: { advice: RECOMMENDED }) { protocol hostName port security } }',
  'query Version { catalogVersion }',
  '{ protocols { name fullName summary } }',
].map((query) => ({ query, sha256Hash: createHash('sha256').update(query).digest('hex') }));

const persistedExtensions = (sha256Hash: string) => JSON.stringify({ persistedQuery: { version: 1, sha256Hash } });

/** `{a{a{a…}}}` nested `depth` times. */
const nested = (depth: number, open: string, close: string, inner: string) =>
  open.repeat(depth) + inner + close.repeat(depth);

/** Depth without fan-out: each level asks for the one endpoint on port 993 and its protocol. */
function deepValidQuery(depth: number): string {
  const level = 'protocolInfo { name endpoints(filter: { port: 993 }) { port ';
  return `{ protocol(name: IMAP) { endpoints(filter: { port: 993 }) { ${level.repeat(depth)}id${' } }'.repeat(depth)} } } }`;
}

const MEGABYTE = 1024 * 1024;

const post = (body: string | Uint8Array<ArrayBuffer>, contentType: string): SoakRequest => ({
  method: 'POST',
  path: '/graphql',
  headers: { 'content-type': contentType, accept: 'application/json' },
  body,
});

const get = (path: string, headers: Record<string, string> = { accept: 'application/json' }): SoakRequest => ({
  method: 'GET',
  path,
  headers,
});

/** The mix: about two thirds valid, the rest invalid or hostile, interleaved at random. */
export const SOAK_CASES: readonly SoakCase[] = [
  // Valid: each must be a 200 with the data a direct evaluation gives.
  {
    name: 'recommendation, many situations',
    kind: 'valid',
    weight: 14,
    make: (choose) =>
      valid(choose, {
        query: RECOMMENDATION,
        variables: {
          situation: {
            deviceCount: choose.chance(0.95) ? choose.int(1, 12) : choose.one([0, -1, 2 ** 31 - 1]),
            wantsOfflineCopies: choose.chance(0.5),
            limitedServerStorage: choose.chance(0.5),
            allowUnencrypted: choose.chance(0.3),
          },
          ordering: choose.one(ORDERINGS),
          locale: choose.one(['EN', 'DE', null]),
        },
      }),
  },
  {
    // graphql-js ignores variables the operation does not declare; the cache must too (issue 20).
    name: 'recommendation with an undeclared variable that changes every time',
    kind: 'valid',
    weight: 3,
    make: (choose) =>
      valid(choose, {
        query: RECOMMENDATION,
        variables: {
          situation: { deviceCount: choose.int(1, 3) },
          ordering: choose.one(ORDERINGS),
          locale: null,
          bust: `${choose.index}-${choose.int(0, 1e9)}`,
        },
      }),
  },
  {
    name: 'recommendation, situation written inline',
    kind: 'valid',
    weight: 5,
    make: (choose) =>
      valid(choose, {
        query: `{ recommendation(situation: { deviceCount: ${choose.int(1, 4)}, wantsOfflineCopies: ${choose.chance(0.5)} }, ${locale(choose)}) { incoming { uri } outgoing { uri } reasons { code text } } }`,
      }),
  },
  {
    name: 'settingsForAddress, many addresses',
    kind: 'valid',
    weight: 12,
    make: (choose) => {
      const address = choose.chance(0.85)
        ? `${choose.one(MAILBOXES)}${choose.int(0, 300)}@${choose.one(DOMAINS)}`
        : choose.one(BROKEN_ADDRESSES);
      return valid(choose, {
        query: `query Settings($address: String!, $protocol: IncomingProtocolName!) {
  settingsForAddress(emailAddress: $address, incomingProtocol: $protocol) {
    emailAddress domain providerMatch userName provider { id providerId } incoming { id uri } outgoing { id uri } locale
  }
}`,
        variables: { address, protocol: choose.one(['IMAP', 'POP3']) },
        operationName: 'Settings',
      });
    },
  },
  {
    name: 'endpoints with filters',
    kind: 'valid',
    weight: 12,
    make: (choose) =>
      valid(choose, {
        query: `{ endpoints(filter: ${endpointFilter(choose)}, ordering: ${choose.one(ORDERINGS)}, ${locale(choose)}) { ${fields(choose, ENDPOINT_FIELDS)} } }`,
      }),
  },
  {
    name: 'guides in English and German',
    kind: 'valid',
    weight: 8,
    make: (choose) => {
      const filter = [
        choose.chance(0.4) && `kind: ${choose.one(GUIDE_KINDS)}`,
        choose.chance(0.3) && `platform: ${choose.one(PLATFORMS)}`,
      ];
      const args = [...filter, locale(choose)].filter(Boolean).join(', ');
      return valid(choose, {
        query: `{ guides${args ? `(${args})` : ''} { id guideId kind title summary paragraphs steps(incomingProtocol: ${choose.one(['IMAP', 'POP3'])}) mailClient { name platforms } locale } }`,
        acceptLanguage: choose.one(['de', 'en', 'de-CH']),
      });
    },
  },
  {
    name: 'one guide, one protocol, one provider',
    kind: 'valid',
    weight: 5,
    make: (choose) =>
      valid(choose, {
        query: choose.one([
          `{ guide(guideId: "${choose.one(catalog.guides).id}", ${locale(choose)}) { title steps } }`,
          `{ protocol(name: ${choose.one(PROTOCOLS)}) { fullName explanation strengths suitedFor endpoints { uri } guides { guideId } } }`,
          `{ provider(providerId: "${choose.one(['routing-net', 'unknown'])}") { displayName domains servers { id mailServerId hostName } } }`,
          '{ catalogVersion providers { providerId isDefault } servers { hostName endpoints { uri } } }',
        ]),
      }),
  },
  {
    name: 'GraphiQL example tabs',
    kind: 'valid',
    weight: 4,
    make: (choose) => {
      const { query, variables } = choose.one(EXAMPLES);
      return valid(choose, { query, ...(variables !== undefined && { variables }) });
    },
  },
  {
    name: 'persisted-query GET',
    kind: 'valid',
    weight: 6,
    make: (choose) => {
      const { query, sha256Hash } = choose.one(PERSISTED_QUERIES);
      return {
        ...get(`/graphql?${new URLSearchParams({ extensions: persistedExtensions(sha256Hash) })}`),
        operation: { query },
      };
    },
  },
  {
    name: 'a distinct operation (executed, never cached before)',
    kind: 'valid',
    weight: 4,
    make: (choose) =>
      valid(choose, {
        query: `{ q${choose.index}: endpoints(filter: { protocol: ${choose.one(PROTOCOLS)} }) { port security } }`,
      }),
  },

  // Invalid: mistakes a client makes; any answer below 500 will do.
  {
    name: 'unknown field, missing or wrong argument, bad variable',
    kind: 'invalid',
    weight: 5,
    make: (choose) =>
      choose.one([
        graphqlGet({ query: '{ nope }' }, 'application/json'),
        graphqlGet({ query: '{ recommendation { incoming { port } } }' }, 'application/json'),
        graphqlPost({ query: '{ endpoints(filter: { protocol: FTP }) { port } }' }, 'application/json'),
        graphqlPost({ query: '{ endpoints(filter: { port: "993" }) { port } }' }, 'application/graphql-response+json'),
        graphqlPost(
          { query: RECOMMENDATION, variables: { situation: { deviceCount: 'many' }, ordering: 'BEST' } },
          'application/json',
        ),
        graphqlPost({ query: '{ catalogVersion }', operationName: 'Missing' }, 'application/json'),
        graphqlGet({ query: 'mutation { catalogVersion }' }, 'application/json'),
        graphqlGet({ query: 'subscription { catalogVersion }' }, 'application/json'),
        graphqlGet({ query: '{ endpoints { port ' }, 'application/json'),
      ]),
  },
  {
    name: 'malformed request',
    kind: 'invalid',
    weight: 5,
    make: (choose) =>
      choose.one([
        post('{"query": "{ catalogVersion }"', 'application/json'),
        post(
          choose.one([
            '[]',
            '"query"',
            '42',
            'null',
            '{}',
            '{"query": 1}',
            '{"query": "{ catalogVersion }", "variables": "x"}',
          ]),
          'application/json',
        ),
        post('{ catalogVersion }', 'text/plain'),
        post('{ catalogVersion }', 'application/graphql'),
        post(JSON.stringify({ query: '{ catalogVersion }' }), ''),
        get('/graphql'),
        get('/graphql?query=%7BcatalogVersion%7D&variables=%7Bnot-json'),
        get(`/graphql?${new URLSearchParams({ extensions: persistedExtensions('0'.repeat(64)) })}`),
        post(
          JSON.stringify({ query: '{ catalogVersion }', extensions: JSON.parse(persistedExtensions('f'.repeat(64))) }),
          'application/json',
        ),
        get(choose.one(['/nope', '/graphql/', '/GRAPHQL', '/version?x=1', '/.env', '/graphiql/../../etc/passwd'])),
      ]),
  },
  {
    name: 'wrong method',
    kind: 'invalid',
    weight: 3,
    make: (choose) => ({
      method: choose.one(['PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS']),
      path: choose.one(['/graphql', '/version', '/']),
      headers: { accept: 'application/json' },
    }),
  },

  // Hostile: requests meant to cost the server; any answer below 500 will do.
  {
    name: 'deep nesting',
    kind: 'hostile',
    weight: 3,
    make: (choose) =>
      choose.one([
        graphqlPost({ query: deepValidQuery(choose.int(10, 60)) }, 'application/json'),
        graphqlPost({ query: nested(choose.int(100, 3000), '{ a ', '}', '') }, 'application/json'),
        graphqlPost(
          { query: `{ endpoints(filter: { port: ${nested(choose.int(100, 3000), '[', ']', '1')} }) { port } }` },
          'application/json',
        ),
        graphqlPost(
          { query: `query($v: Int = ${nested(2000, '{a:', '}', '1')}) { catalogVersion }` },
          'application/json',
        ),
      ]),
  },
  {
    name: 'many aliases, directives or fragments',
    kind: 'hostile',
    weight: 3,
    make: (choose) => {
      const count = choose.int(200, 2000);
      const many = (make: (i: number) => string, most = count) =>
        Array.from({ length: Math.min(count, most) }, (_, i) => make(i)).join(' ');
      return graphqlPost(
        {
          query: choose.one([
            `{ ${many((i) => `a${i}: catalogVersion`)} }`,
            `{ ${many((i) => `a${i}: __typename`)} }`,
            // Each alias executes the whole port table: a few hundred make a costly operation.
            `{ ${many((i) => `e${i}: endpoints { port uri protocolInfo { name } }`, 300)} }`,
            `{ catalogVersion ${many(() => '@include(if: true)')} }`,
            '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }',
            `{ ${many(() => '...F')} } fragment F on Query { servers { endpoints { protocolInfo { guides { steps } } } } }`,
          ]),
        },
        'application/json',
      );
    },
  },
  {
    name: 'lists multiplied through cycles, aliases and fragments',
    kind: 'hostile',
    weight: 3,
    make: (choose) => {
      const { query, variables } = choose.one(RESULT_SIZE_ATTACKS);
      const send = choose.chance(0.5) ? graphqlGet : graphqlPost;
      return send({ query, ...(variables !== undefined && { variables }) }, choose.one(JSON_ACCEPTS));
    },
  },
  {
    name: 'huge or broken body',
    kind: 'hostile',
    weight: 2,
    make: (choose) =>
      choose.one([
        post(JSON.stringify({ query: `${' '.repeat(MEGABYTE)}{ catalogVersion }` }), 'application/json'),
        post(
          JSON.stringify({ query: '{ catalogVersion }', variables: { pad: 'x'.repeat(MEGABYTE) } }),
          'application/json',
        ),
        post(`{"query": "{ catalogVersion }", "x": [${'1,'.repeat(MEGABYTE / 2)}1]}`, 'application/json'),
        post('x'.repeat(MEGABYTE), 'application/json'),
        post(
          new Uint8Array([0x7b, 0x22, 0x71, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0xff, 0xfe, 0x80, 0x22, 0x7d]),
          'application/json',
        ),
        post(new Uint8Array([0xef, 0xbb, 0xbf, 0xff, 0xff, 0xed, 0xa0, 0x80]), 'application/json; charset=utf-8'),
        get('/graphql?query=%7B%FF%FE%C3%28catalogVersion%7D'),
        get(`/graphql?query=${encodeURIComponent(`{ catalogVersion ${' '.repeat(24_000)}}`)}`),
      ]),
  },
  {
    name: 'a chunked body over the cap, to /graphql or Autodiscover',
    kind: 'hostile',
    weight: 1,
    make: (choose) => {
      const [path, kilobytes] = choose.one([
        ['/graphql', 70],
        ['/autodiscover/autodiscover.xml', 20],
      ] as const);
      const chunk = new TextEncoder().encode('x'.repeat(1024));
      let sent = 0;
      const body = () =>
        new ReadableStream<Uint8Array>({
          pull(controller) {
            if (sent === kilobytes) return controller.close();
            sent += 1;
            controller.enqueue(chunk);
          },
        });
      return { method: 'POST', path, headers: { 'content-type': 'application/json' }, body };
    },
  },
  {
    name: 'introspection amplified through aliases',
    kind: 'hostile',
    weight: 1,
    make: (choose) => {
      const copies = Array.from({ length: choose.int(2, 15) }, (_, i) => `s${i}: __schema { ...T }`).join(' ');
      const query = `{ __schema { ...T } ${copies} } fragment T on __Schema { types { name description fields { name description } } }`;
      return graphqlPost({ query }, choose.one(JSON_ACCEPTS));
    },
  },
  {
    name: 'fields and fragments merged for validation to compare pair by pair',
    kind: 'hostile',
    weight: 1,
    make: (choose) => {
      const fragments = Array.from({ length: choose.int(21, 100) }, (_, i) => i);
      const query = choose.chance(0.5)
        ? `{ ${'catalogVersion '.repeat(choose.int(11, 400))}}`
        : `{ ${fragments.map((i) => `...F${i}`).join(' ')} } ` +
          fragments.map((i) => `fragment F${i} on Query { catalogVersion }`).join(' ');
      return graphqlPost({ query }, choose.one(JSON_ACCEPTS));
    },
  },
  {
    name: 'form-encoded, multipart and batched POSTs',
    kind: 'hostile',
    weight: 2,
    make: (choose) =>
      choose.one([
        post(new URLSearchParams({ query: '{ catalogVersion }' }).toString(), 'application/x-www-form-urlencoded'),
        post(
          new URLSearchParams({ query: '{ catalogVersion }', variables: '{not-json' }).toString(),
          'application/x-www-form-urlencoded',
        ),
        post(
          '--b\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{"query":"{ catalogVersion }"}\r\n--b--\r\n',
          'multipart/form-data; boundary=b',
        ),
        post(
          JSON.stringify(Array.from({ length: 50 }, () => ({ query: '{ servers { endpoints { uri } } }' }))),
          'application/json',
        ),
      ]),
  },
  {
    name: 'header abuse',
    kind: 'hostile',
    weight: 1,
    make: (choose) =>
      get('/graphql?query=%7B%20protocols%20%7B%20summary%20%7D%20%7D', {
        accept: choose.one(['text/html', '*/*', 'application/xml', 'application/json;q=0, text/plain;q=0']),
        'accept-language': choose.one(['de;q=0.1,'.repeat(800), 'q=q=q;;;,,,', 'x'.repeat(4000)]),
        'if-none-match': choose.one(['*', '"x"', 'W/"'.repeat(500)]),
      }),
  },
  ...DOCUMENT_CASES,
];
