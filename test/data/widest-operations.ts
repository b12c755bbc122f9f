/**
 * The widest operations a real client sends, which the result node limit is sized from: the
 * whole help page in English and German from one query (the README's German query, each root
 * field once per language under an alias), a query for every field of every type, and each of
 * GraphiQL's example tabs; and GraphiQL's introspection query, which introspection's own limit is
 * sized from.
 */
import { getIntrospectionQuery } from 'graphql';
import { EXAMPLES } from '../../src/graphql-server/graphiql/examples.js';

export interface WideOperation {
  readonly name: string;
  readonly query: string;
  readonly variables?: Readonly<Record<string, unknown>>;
}

/** The README's help page query for `locale`, its root fields under aliases prefixed `prefix`. */
const helpPage = (prefix: string, locale: string) => `
  ${prefix}Servers: servers(locale: ${locale}) { hostName endpoints { protocol port securityLabel adviceLabel } }
  ${prefix}Protocols: protocols(locale: ${locale}) { name fullName summary explanation strengths suitedFor }
  ${prefix}Guides: guides(locale: ${locale}) { id kind title summary paragraphs steps mailClient { name platforms } }
  ${prefix}Recommendation: recommendation(situation: { deviceCount: 2 }, locale: ${locale}) {
    incoming { hostName port securityLabel }
    outgoing { hostName port securityLabel }
    reasons { code text }
  }`;

export const HELP_PAGE_IN_BOTH_LANGUAGES: WideOperation = {
  name: 'the whole help page in English and German',
  query: `query HelpPage {${helpPage('en', 'EN')}${helpPage('de', 'DE')}\n}`,
};

export const EVERY_FIELD: WideOperation = {
  name: 'every field of every type',
  query: `{
  catalogVersion
  schemaVersion
  providers { id providerId displayName shortName domains helpDeskUrl isDefault servers { hostName } endpoints { id } }
  servers { id mailServerId hostName provider { id } endpoints { id endpointId hostName protocol direction security securityLabel port advice adviceLabel encrypted locale uri protocolInfo { name } } }
  protocols { id protocolId name fullName direction summary explanation strengths suitedFor locale endpoints { id } guides { id } }
  guides { id guideId kind title summary paragraphs steps protocols { name } locale mailClient { name platforms } }
  recommendation(situation: { deviceCount: 1 }) { provider { id } incomingProtocol incomingProtocolInfo { name } locale incoming { id } outgoing { id } reasons { code text protocol protocolInfo { name } endpoints { id } guide { id } } }
  settingsForAddress(emailAddress: "anna@routing.net") { emailAddress domain provider { id } providerMatch locale userName incoming { id } outgoing { id } }
  clientConfiguration(document: { dnsSrv: {} }) { format contentType fileName body locale }
  troubleshooting { id troubleshootingEntryId source title symptom remedies locale }
}`,
};

/** The introspection query GraphiQL sends, with every option it turns on. */
export const GRAPHIQL_INTROSPECTION_QUERY = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
});

/** Every operation the limit is sized from. */
export const WIDEST_OPERATIONS: readonly WideOperation[] = [
  HELP_PAGE_IN_BOTH_LANGUAGES,
  EVERY_FIELD,
  ...EXAMPLES.map(({ title, query, variables }) => ({
    name: `the example "${title}"`,
    query,
    ...(variables !== undefined && { variables }),
  })),
];
