/**
 * The most items each list field of the schema can return, for counting an operation's result
 * before it runs (`result-size.ts`). The API's own lists are read off the catalog being served,
 * so adding a guide or an endpoint moves the bounds with it; introspection's lists are read off
 * the schema. A list field missing here makes a test fail, and counting it throws.
 */
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isUnionType, type GraphQLSchema } from 'graphql';
import { PROTOCOLS, type CatalogData } from '../../catalog/types.js';
import { allEndpoints, endpointsOf } from '../../domain/endpoints.js';
import { ORDERINGS } from '../../domain/ordering.js';
import { recommend, type Recommendation } from '../../domain/recommendation.js';
import {
  MAX_CHECK_STEPS,
  MAX_FOUND_RECORDS_REPORTED,
  MAX_MAIL_EXCHANGERS_REPORTED,
  MAX_MECHANISMS,
} from '../../limits.js';
import { CHECKED_SRV_SERVICES } from '../../world/discovery-records.js';
import { HOURS_SHOWN } from '../../world/server-check/hours.js';
import type { ListBounds } from './result-size.js';

const most = (counts: readonly number[]): number => Math.max(0, ...counts);

/**
 * Every recommendation the catalog can give. `recommend` reads the device count only as one or
 * more than one, so 1 and 2 stand for every count; a provider id picks one of the providers.
 */
function everyRecommendation(data: CatalogData): Recommendation[] {
  const flags = [false, true];
  return data.providers.flatMap((provider) =>
    [1, 2].flatMap((deviceCount) =>
      flags.flatMap((wantsOfflineCopies) =>
        flags.flatMap((limitedServerStorage) =>
          flags.flatMap((allowUnencrypted) =>
            ORDERINGS.map((ordering) =>
              recommend(
                provider,
                { deviceCount, wantsOfflineCopies, limitedServerStorage, allowUnencrypted },
                ordering,
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

/**
 * The most items each list field of the API's own types returns with `data` served, whatever the
 * arguments: a filter only ever leaves items out.
 */
export function catalogListBounds(data: CatalogData): ListBounds {
  const { providers, protocols, guides, troubleshooting } = data;
  const endpoints = allEndpoints(data);
  const reasons = everyRecommendation(data).map((recommendation) => recommendation.reasons);
  return new Map([
    ['Query.endpoints', endpoints.length],
    ['Query.guides', guides.length],
    ['Query.protocols', protocols.length],
    ['Query.providers', providers.length],
    ['Query.servers', providers.flatMap((provider) => provider.servers).length],
    ['Provider.domains', most(providers.map((provider) => provider.domains.length))],
    ['Provider.servers', most(providers.map((provider) => provider.servers.length))],
    ['Provider.endpoints', most(providers.map((provider) => endpointsOf(provider).length))],
    ['MailServer.endpoints', most(providers.flatMap((provider) => provider.servers.map((s) => s.endpoints.length)))],
    ['Protocol.endpoints', most(PROTOCOLS.map((name) => endpoints.filter((e) => e.protocol === name).length))],
    ['Protocol.guides', most(PROTOCOLS.map((name) => guides.filter((g) => g.protocols.includes(name)).length))],
    ['Protocol.strengths', most(protocols.map((protocol) => protocol.strengths.length))],
    ['Protocol.suitedFor', most(protocols.map((protocol) => protocol.suitedFor.length))],
    ['Guide.paragraphs', most(guides.map((guide) => guide.paragraphs.length))],
    ['Guide.steps', most(guides.map((guide) => guide.steps.length))],
    ['Guide.protocols', most(guides.map((guide) => guide.protocols.length))],
    ['MailClient.platforms', most(guides.map((guide) => guide.mailClient?.platforms.length ?? 0))],
    ['Recommendation.reasons', most(reasons.map((list) => list.length))],
    ['RecommendationReason.endpoints', most(reasons.flat().map((reason) => reason.endpoints.length))],
    ['Query.troubleshooting', troubleshooting.length],
    ['Query.serviceStatus', endpoints.length],
    ['ServerCheck.mechanisms', MAX_MECHANISMS],
    ['ServerCheck.steps', MAX_CHECK_STEPS],
    ['EndpointStatus.lastDayByHour', HOURS_SHOWN],
    ['MailLocation.mailExchangers', MAX_MAIL_EXCHANGERS_REPORTED],
    // Three aliases, the SRV records checked (one per service and endpoint at most) and the digest.
    ['DomainCheck.discoveryRecords', 3 + CHECKED_SRV_SERVICES.length * Math.max(1, endpoints.length) + 1],
    ['DiscoveryRecordCheck.found', MAX_FOUND_RECORDS_REPORTED],
    ['TroubleshootingEntry.remedies', most(troubleshooting.map((entry) => entry.remedies.length))],
  ]);
}

/** The most items each list field of introspection returns for `schema`. */
function introspectionListBounds(schema: GraphQLSchema): ListBounds {
  const types = Object.values(schema.getTypeMap());
  const withFields = types.filter((type) => isObjectType(type) || isInterfaceType(type));
  const fields = withFields.flatMap((type) => Object.values(type.getFields()));
  const directives = schema.getDirectives();
  return new Map([
    ['__Schema.types', types.length],
    ['__Schema.directives', directives.length],
    ['__Type.fields', most(withFields.map((type) => Object.keys(type.getFields()).length))],
    ['__Type.interfaces', most(withFields.map((type) => type.getInterfaces().length))],
    [
      '__Type.possibleTypes',
      most(
        types.map((type) => (isUnionType(type) || isInterfaceType(type) ? schema.getPossibleTypes(type).length : 0)),
      ),
    ],
    ['__Type.enumValues', most(types.map((type) => (isEnumType(type) ? type.getValues().length : 0)))],
    [
      '__Type.inputFields',
      most(types.map((type) => (isInputObjectType(type) ? Object.keys(type.getFields()).length : 0))),
    ],
    ['__Field.args', most(fields.map((field) => field.args.length))],
    ['__Directive.args', most(directives.map((directive) => directive.args.length))],
    ['__Directive.locations', most(directives.map((directive) => directive.locations.length))],
  ]);
}

/** Every list field's bound for `schema` serving `data`. */
export function listBounds(schema: GraphQLSchema, data: CatalogData): ListBounds {
  return new Map([...catalogListBounds(data), ...introspectionListBounds(schema)]);
}
