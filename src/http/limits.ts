/**
 * Every limit the API puts on a request, in one place, so the README's table, the code and the
 * tests read the same numbers. The values are sized for this schema: its widest sensible query
 * (every field of every type) has 97 tokens, a cost of 195 and a depth of 5; GraphiQL's
 * introspection query has 2,075 characters and 184 tokens. Each limit is several times what a
 * real client needs and far below what would cost the Worker noticeable time.
 */

/**
 * The largest request body on any route, in bytes (64 KiB): a GraphQL POST with variables is a
 * few hundred bytes, an Autodiscover request under 1 KiB.
 */
export const MAX_BODY_BYTES = 64 * 1024;

/** The longest GraphQL document, in characters; also the longest a persisted query may register. */
export const MAX_DOCUMENT_CHARACTERS = 10_000;

/**
 * The deepest nesting of lists and objects in `variables`. The schema's inputs nest 2 deep; the
 * cap keeps every walk over the variables (the cache key, coercion) far from the stack's end.
 */
export const MAX_VARIABLES_DEPTH = 10;

/** The most lexical tokens a document may hold; counted while parsing, which stops at the limit. */
export const MAX_TOKENS = 1_000;

/**
 * The deepest selection an operation may nest. The deepest path that means something
 * (address → provider → servers → endpoints → protocol → guides → mail client → platforms) is 9.
 * Introspection is bounded separately, by graphql-js's own introspection-depth rule.
 */
export const MAX_DEPTH = 10;

/** The most aliases in an operation, `__typename` aliases included. */
export const MAX_ALIASES = 15;

/** The most directives in an operation; the schema defines none beyond `@include` and `@skip`. */
export const MAX_DIRECTIVES = 5;

/**
 * The highest cost an operation may have, as graphql-armor counts it (an object field 2, a scalar
 * 1, each level deeper weighing 1.5 times more): twice the widest sensible query.
 */
export const MAX_COST = 400;

/**
 * The most nodes an operation's result may hold (every field value and every list item), counted
 * before it runs with each list at the most items the catalog gives it. Sized from the widest
 * operations real clients send: the whole help page in English and German at once can return
 * 598, the every-field query 632, GraphiQL's examples at most 71; the limit is at least 2.5 times
 * each (a test checks), and admits a selection MAX_DEPTH deep through protocols and endpoints
 * (1,087), while the query that answered 248 MB counts 6,959,289. Introspection is counted apart.
 */
export const MAX_RESULT_NODES = 1_600;

/**
 * The most nodes introspection (`__schema`, `__type`) may return in one operation. Counted from
 * the schema, each type with the most fields any type has, so the bound runs far above the
 * answer: GraphiQL's introspection query counts 101,594 (its answer has 3,111); this is about 3
 * times that (a test checks at least 2.5).
 */
export const MAX_INTROSPECTION_RESULT_NODES = 300_000;

/**
 * The largest answer in bytes (1 MiB), checked while it is written: the backstop should an
 * operation slip past the node limits. The largest real answers are GraphiQL's introspection
 * (about 68 KB) and the help page in both languages (about 20 KB), so only an operation the node
 * limit misjudged comes near it, and one answer holds at most this much text and its UTF-8 copy.
 */
export const MAX_RESPONSE_BYTES = 1024 * 1024;

/**
 * The rate limiter's window in seconds; `Retry-After` says to wait this long. It must match
 * `period` of the `RATE_LIMITER` binding in wrangler.toml (a test checks that it does).
 */
export const RATE_LIMIT_PERIOD_SECONDS = 60;
