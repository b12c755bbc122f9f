/**
 * The identity rule, for every object type: one with an `id` that has texts or leads to them has an
 * `id` that differs between English and German (so normalized client caches keep the two apart)
 * and a locale-independent `<type>Id` that does not, which the arguments take back. A new type
 * cannot forget it: which types have texts is found by running every field of the schema in both
 * languages, not from a list (a text that reads the same in both, like a product name, is not one).
 */
import { execute, getNamedType, isNonNullType, isObjectType, parse, type GraphQLObjectType } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalog, servedCatalogVersion } from '../src/catalog/catalog.js';
import type { Locale } from '../src/catalog/types.js';
import { operationContext, type Context } from '../src/graphql/context.js';
import { schema } from '../src/graphql/schema.js';
import { data } from './helpers/client.js';
import { allEndpoints } from '../src/domain/endpoints.js';
import type { EndpointStatus } from '../src/world/server-check/types.js';
import type { DnsAnswer } from '../src/world/dns/message.js';

/** Values for arguments the schema requires, by `Type.field`; a new field with one needs an entry. */
const REQUIRED_ARGUMENTS: Readonly<Record<string, string>> = {
  'Query.clientConfiguration': 'document: { appleProfile: {} }',
  'Query.domainCheck': 'domain: "example.com"',
  'Query.guide': 'guideId: "setup-thunderbird"',
  'Query.protocol': 'name: IMAP',
  'Query.provider': 'providerId: "routing-net"',
  'Query.recommendation': 'situation: { deviceCount: 1 }',
  'Query.recommendedSettings': 'emailAddress: "anna@routing.net", situation: { deviceCount: 1 }',
  'Query.settingsForAddress': 'emailAddress: "anna@routing.net"',
};

const objectTypes = Object.values(schema.getTypeMap()).filter(
  (type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__'),
);

/** Every field of `type` and, below it, of every object type not already on `path`. */
function everyField(type: GraphQLObjectType, path: readonly string[] = [type.name]): string {
  const fields = Object.values(type.getFields()).flatMap((field) => {
    const named = getNamedType(field.type);
    if (isObjectType(named) && path.includes(named.name)) return [];
    const required = field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
    const args = REQUIRED_ARGUMENTS[`${type.name}.${field.name}`];
    if (required && args === undefined) throw new Error(`Add ${type.name}.${field.name} to REQUIRED_ARGUMENTS`);
    const selection = isObjectType(named) ? ` ${everyField(named, [...path, named.name])}` : '';
    return [`${field.name}${required ? `(${args})` : ''}${selection}`];
  });
  return `{ __typename ${fields.join(' ')} }`;
}

/** A failed check of every endpoint, so the server-check types are answered, texts and all. */
const readServiceStatus = (now: number) =>
  Promise.resolve(
    new Map<string, EndpointStatus>(
      allEndpoints(catalog).map((endpoint) => [
        endpoint.id,
        {
          last: {
            endpointId: endpoint.id,
            checkedAt: now,
            ok: false,
            failure: 'TLS_FAILED',
            reachable: true,
            tlsVerified: false,
            startTlsOffered: null,
            mechanisms: [],
            steps: [{ step: 'connect', ms: 3 }],
            totalMs: 3,
          },
          share24h: 0,
          share30d: 0.5,
          day: [{ at: now, ok: false }],
        },
      ]),
    ),
  );

/** DNS as `domainCheck` on example.com reads it: mail here and elsewhere, so every type is answered. */
const dnsAnswers = (name: string, type: string): DnsAnswer =>
  type === 'MX' && name === 'example.com'
    ? {
        outcome: 'FOUND',
        authenticated: false,
        records: [
          { type: 'MX', preference: 10, exchange: 'mx01.routing.net' },
          { type: 'MX', preference: 20, exchange: 'mx.elsewhere.example' },
        ],
      }
    : { outcome: 'NO_RECORD', authenticated: false };

async function answer(locale: Locale): Promise<unknown> {
  const contextValue: Context = operationContext({
    catalog,
    catalogVersion: await servedCatalogVersion(),
    locale,
    origin: 'http://127.0.0.1',
    readServiceStatus,
    makeResolver: () => ({ lookup: (name, type) => Promise.resolve(dnsAnswers(name, type)) }),
  });
  const query = schema.getQueryType();
  if (query == null) throw new Error('The schema has no query type');
  const result = await execute({ schema, document: parse(everyField(query)), contextValue });
  expect(result.errors).toBeUndefined();
  return result.data;
}

/** Per type, the leaf fields answered and those whose values differ between the two answers. */
interface Observed {
  readonly answered: Map<string, Set<string>>;
  readonly differing: Map<string, Set<string>>;
}

const add = (map: Map<string, Set<string>>, type: string, field: string) =>
  map.set(type, (map.get(type) ?? new Set()).add(field));

/** Walks the English and the German answer side by side; they have the same shape. */
function compare(en: unknown, de: unknown, observed: Observed): void {
  if (Array.isArray(en)) {
    expect(de).toHaveLength(en.length);
    en.forEach((item, i) => compare(item, (de as unknown[])[i], observed));
    return;
  }
  if (typeof en !== 'object' || en === null) return;
  const english = en as Record<string, unknown>;
  const german = de as Record<string, unknown>;
  const type = schema.getType(String(english['__typename']));
  if (!isObjectType(type)) throw new Error(`Not an object type: ${String(english['__typename'])}`);
  // Visited, even when all its fields are objects (RecommendedSettings).
  observed.answered.set(type.name, observed.answered.get(type.name) ?? new Set());
  for (const [name, value] of Object.entries(english)) {
    const field = type.getFields()[name];
    if (field === undefined) continue;
    if (isObjectType(getNamedType(field.type))) {
      compare(value, german[name], observed);
    } else {
      add(observed.answered, type.name, name);
      if (JSON.stringify(value) !== JSON.stringify(german[name])) add(observed.differing, type.name, name);
    }
  }
}

/** The locale-independent identifier field of `type`: `endpointId` for Endpoint. */
const stableIdField = (type: GraphQLObjectType) => `${type.name[0]?.toLowerCase()}${type.name.slice(1)}Id`;

describe('cache identity', () => {
  const observed: Observed = { answered: new Map(), differing: new Map() };
  const hasTexts = (type: GraphQLObjectType) =>
    [...(observed.differing.get(type.name) ?? [])].some((field) => field !== 'id');
  const reachesTexts = (type: GraphQLObjectType, seen = new Set([type.name])): boolean =>
    hasTexts(type) ||
    Object.values(type.getFields()).some((field) => {
      const named = getNamedType(field.type);
      if (!isObjectType(named) || seen.has(named.name)) return false;
      return reachesTexts(named, seen.add(named.name));
    });

  beforeAll(async () => compare(await answer('en'), await answer('de'), observed));

  it('runs every field of every object type in English and in German, and finds the texts', () => {
    expect([...observed.answered.keys()].sort()).toEqual(objectTypes.map((type) => type.name).sort());
    const withTexts = objectTypes.filter(hasTexts).map((type) => type.name);
    expect(withTexts).toEqual(expect.arrayContaining(['Endpoint', 'Guide', 'Protocol', 'RecommendationReason']));
    expect(withTexts).not.toContain('MailClient');
  });

  it('gives every type with an id that has or reaches texts an id per language and a stable <type>Id', () => {
    const needing = objectTypes.filter((type) => type.getFields()['id'] !== undefined && reachesTexts(type));
    expect(needing.map((type) => type.name)).toEqual(
      expect.arrayContaining(['Endpoint', 'Guide', 'MailServer', 'Protocol', 'Provider']),
    );
    const broken = needing.flatMap((type) => {
      const stable = `${type.name}.${stableIdField(type)}`;
      const differing = observed.differing.get(type.name) ?? new Set();
      return [
        String(type.getFields()[stableIdField(type)]?.type) !== 'ID!' && `${stable} is missing or not ID!`,
        observed.answered.get(type.name)?.has(stableIdField(type)) !== true && `${stable} was never answered`,
        differing.has(stableIdField(type)) && `${stable} differs between English and German`,
        !differing.has('id') && `${type.name}.id is the same in English and German`,
      ].filter((problem) => problem !== false);
    });
    expect(broken).toEqual([]);
  });

  it('takes the stable identifiers back where an argument names a provider or a guide', async () => {
    const { providers, guides } = await data<{ providers: { providerId: string }[]; guides: { guideId: string }[] }>(
      '{ providers(locale: DE) { providerId } guides(locale: DE) { guideId } }',
    );
    for (const { providerId } of providers) {
      const answer = await data<{ provider: unknown; endpoints: unknown[]; recommendation: unknown }>(
        `query ($id: ID!) {
          provider(providerId: $id, locale: EN) { providerId }
          endpoints(providerId: $id) { endpointId }
          recommendation(situation: { deviceCount: 1 }, providerId: $id) { provider { providerId } }
        }`,
        { id: providerId },
      );
      expect(answer.provider).toEqual({ providerId });
      expect(answer.endpoints.length).toBeGreaterThan(0);
      expect(answer.recommendation).toEqual({ provider: { providerId } });
    }
    for (const { guideId } of guides) {
      const answer = await data<{ guide: unknown }>(
        'query ($id: ID!) { guide(guideId: $id, locale: EN) { guideId } }',
        {
          id: guideId,
        },
      );
      expect(answer.guide).toEqual({ guideId });
    }
  });
});
