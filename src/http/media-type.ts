/**
 * Which of the two GraphQL response media types an answer is written in, from the request's
 * Accept header. Quality values decide (RFC 9110 section 12.5.1), as the GraphQL over HTTP spec
 * requires ("the highest priority media type listed that is supported"): a type's quality is that
 * of the most specific range naming it, so `application/graphql-response+json;q=0,
 * application/json` means JSON. Equal qualities go by the order the client listed them in.
 */
import { REMEMBERED_ACCEPT_LENGTH, REMEMBERED_ACCEPT_VALUES } from '../limits.js';
import { weightedMembers, type WeightedMember } from '../lib/quality-values.js';

export const APPLICATION_JSON = 'application/json';
export const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';

/** A media type /graphql answers in. */
export type GraphQLMediaType = typeof APPLICATION_JSON | typeof GRAPHQL_RESPONSE_JSON;

// application/json first: it answers a missing Accept, `*/*` and any tie the client's own order
// leaves, because every GraphQL client, however old, reads it (graphql-http's audits 80D8 and
// 47DE ask for it too).
const OFFERED: readonly GraphQLMediaType[] = [APPLICATION_JSON, GRAPHQL_RESPONSE_JSON];

/**
 * How specifically `range` names `type` (RFC 9110: a range with parameters beats one without,
 * which beats `type/*`, which beats `*` / `*`); 0 when it does not name it at all, or only in a
 * charset other than UTF-8, the only one we write.
 */
function specificity({ value, params }: WeightedMember, type: GraphQLMediaType): number {
  const charset = params.get('charset');
  if (charset !== undefined && charset !== 'utf-8') return 0;
  if (value === type) return charset === undefined ? 3 : 4;
  if (value === 'application/*') return 2;
  return value === '*/*' ? 1 : 0;
}

/** The member of `members` that decides how much `type` is wanted: the most specific naming it. */
function decidingMember(members: readonly WeightedMember[], type: GraphQLMediaType): WeightedMember | undefined {
  let deciding: WeightedMember | undefined;
  let best = 0;
  for (const member of members) {
    const specific = specificity(member, type);
    if (specific > best) [deciding, best] = [member, specific];
  }
  return deciding;
}

const negotiated = new Map<string, GraphQLMediaType | undefined>();

/**
 * The media type to answer a request with `accept` in, or undefined when it admits neither
 * (answered 406, as the spec recommends). No header, or an empty one, states no preference.
 * Remembered per Accept value, since every execution asks again.
 */
export function negotiateMediaType(accept: string | null): GraphQLMediaType | undefined {
  if (accept === null) return APPLICATION_JSON;
  if (negotiated.has(accept)) return negotiated.get(accept);
  const type = negotiate(accept);
  if (accept.length > REMEMBERED_ACCEPT_LENGTH) return type;
  if (negotiated.size >= REMEMBERED_ACCEPT_VALUES) negotiated.clear();
  negotiated.set(accept, type);
  return type;
}

function negotiate(accept: string): GraphQLMediaType | undefined {
  if (accept.trim() === '') return APPLICATION_JSON;
  const members = weightedMembers(accept);
  const wanted = OFFERED.flatMap((type) => {
    const member = decidingMember(members, type);
    return member !== undefined && member.quality > 0 ? [{ type, ...member }] : [];
  });
  // A stable sort, so that OFFERED's order breaks what quality and position leave tied.
  wanted.sort((a, b) => b.quality - a.quality || a.index - b.index);
  return wanted[0]?.type;
}

/** The media type of a refusal: the negotiated one, or JSON when the client admits neither. */
export function refusalMediaType(accept: string | null): GraphQLMediaType {
  return negotiateMediaType(accept) ?? APPLICATION_JSON;
}
