/**
 * Operations within every document limit (tokens, depth, aliases, directives, cost) whose results
 * lists multiply past the result node limit: one or more for each cycle in the schema, and the
 * ways a document can repeat a list (aliases, fragments, directives). The tests and the soak
 * send them; each must be refused before it runs.
 */

export interface ResultSizeAttack {
  readonly name: string;
  readonly query: string;
  readonly variables?: Readonly<Record<string, unknown>>;
}

/** The `count` aliases `a0` … of `selection`. */
const aliased = (count: number, selection: string) =>
  Array.from({ length: count }, (_, i) => `a${i}: ${selection}`).join(' ');

export const RESULT_SIZE_ATTACKS: readonly ResultSizeAttack[] = [
  {
    name: 'Guide.protocols ↔ Protocol.guides, the reported query (248 MB)',
    query:
      '{ guides { protocols { guides { protocols { guides { protocols { guides { protocols { guides { steps } } } } } } } } } }',
  },
  {
    name: 'Guide.protocols ↔ Protocol.guides, 8 deep (15 MB)',
    query: '{ guides { protocols { guides { protocols { guides { protocols { guides { steps } } } } } } } }',
  },
  {
    name: 'Protocol.endpoints → Endpoint.protocolInfo → Protocol',
    query:
      '{ endpoints { protocolInfo { endpoints { protocolInfo { endpoints { protocolInfo { endpoints { protocolInfo { guides { steps } } } } } } } } } }',
  },
  {
    name: 'Provider.servers → MailServer.provider → Provider',
    query:
      '{ servers { provider { servers { provider { endpoints { protocolInfo { guides { protocols { guides { steps } } } } } } } } } }',
  },
  {
    name: 'Recommendation.reasons → RecommendationReason.guide → Guide.protocols',
    query:
      '{ recommendation(situation: { deviceCount: 2 }) { reasons { guide { protocols { guides { protocols { guides { protocols { guides { steps } } } } } } } } } }',
  },
  {
    name: 'Recommendation.reasons → RecommendationReason.endpoints → Endpoint.protocolInfo',
    query:
      '{ recommendation(situation: { deviceCount: 1 }) { reasons { endpoints { protocolInfo { guides { protocols { endpoints { protocolInfo { guides { steps } } } } } } } } } }',
  },
  {
    name: 'aliases multiplying a list',
    query: `{ ${aliased(15, 'guides { protocols { guides { steps } } }')} }`,
  },
  {
    name: 'a named fragment spreading the same lists under several aliases',
    query:
      '{ a: guides { ...P } b: guides { ...P } c: guides { ...P } } fragment P on Guide { protocols { guides { protocols { guides { steps } } } } }',
  },
  {
    name: 'named fragments nested in one another',
    query:
      '{ guides { ...G } } fragment G on Guide { protocols { guides { ...H } } } fragment H on Guide { a: protocols { guides { steps } } b: protocols { guides { steps } } }',
  },
  {
    name: 'inline fragments',
    query: '{ guides { ... on Guide { protocols { ... { guides { protocols { guides { steps } } } } } } } }',
  },
  {
    name: '__typename in every item',
    query: '{ guides { protocols { guides { protocols { guides { protocols { guides { __typename } } } } } } } }',
  },
  {
    name: 'a list behind @include with a variable that is true',
    query:
      'query Big($all: Boolean!) { catalogVersion guides @include(if: $all) { protocols { guides { protocols { guides { steps } } } } } }',
    variables: { all: true },
  },
  {
    name: 'introspection over its own limit',
    query: `{ ${aliased(2, '__schema { types { fields { args { type { fields { args { name } } } } } } }')} }`,
  },
];
