/**
 * Every limit and bound, in one place, so the README's table, the code and the tests read the same
 * numbers: what a request may ask, what an answer may weigh, and what an isolate keeps. A leaf with
 * no imports. The values are sized for this schema: its widest sensible query
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
 * The deepest nesting of lists and objects in `variables`. The schema's inputs nest 3 deep
 * (`clientConfiguration`'s document, its format, that format's options); the cap keeps every walk
 * over the variables (the cache key, coercion) far from the stack's end.
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
 * The most fragments a document may define. graphql-js's validation compares every two fragments
 * spread into one selection set, so its time grows with their square: a hundred, each spread at
 * the root, took 2.5 ms. GraphiQL's introspection query defines 3, our own operations none.
 */
export const MAX_FRAGMENTS = 20;

/**
 * The most fields one selection set may merge under one response key, through inline fragments
 * and fragment spreads: validation compares every two of them, and `{ catalogVersion … }` 400
 * times took 1.7 ms. A field selected directly and again in a few fragments is what clients send.
 */
export const MAX_MERGED_FIELDS = 10;

/**
 * The highest cost an operation may have, as graphql-armor counts it (an object field 2, a scalar
 * 1, each level deeper weighing 1.5 times more): twice the widest sensible query.
 */
export const MAX_COST = 400;

/**
 * The most nodes an operation's result may hold (every field value and every list item), counted
 * before it runs with each list at the most items the catalog gives it. Sized from the widest
 * operations real clients send: the whole help page in English and German at once can return
 * 552, the every-field query of the 1.0.0 schema 695, GraphiQL's examples at most 71; the limit
 * is at least 2.5 times each (a test checks), and admits a selection MAX_DEPTH deep through
 * protocols and endpoints (1,087), while the query that answered 248 MB counts 6,959,289.
 * Introspection is counted apart.
 */
export const MAX_RESULT_NODES = 2_000;

/**
 * The most nodes introspection (`__schema`, `__type`) may return in one operation. Counted from
 * the schema, each type with the most fields any type has, so the bound runs far above the
 * answer: GraphiQL's introspection query counts 124,217 with the 1.0.0 schema and 191,936 with
 * 1.1.0's domainCheck types (its answer has a few thousand); this is about 2.6 times that (a test
 * checks at least 2.5).
 */
export const MAX_INTROSPECTION_RESULT_NODES = 500_000;

/**
 * The most introspection root fields (`__schema`, `__type`, aliases counted) one operation may ask
 * for. GraphiQL, Apollo, graphql-codegen and graphql-inspector each send one `__schema`; two leaves
 * room for a `__type` beside it. Sixteen aliased `__schema` selections, each within the node bound,
 * answered 1,030,212 bytes for a 1 KB request.
 */
export const MAX_INTROSPECTION_ROOT_FIELDS = 2;

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

/**
 * The GraphQL answers one isolate keeps: entries, and characters of keys and bodies. Each of the
 * cache's two maps may hold this much; at two bytes a character (German text) both together stay
 * within a quarter of the 128 MB an isolate gets.
 */
export const ISOLATE_CACHE_LIMITS = { maxEntries: 2000, maxSize: 8 * 1024 * 1024 } as const;

/**
 * The operations whose declared variables the answer cache remembers, so undeclared ones stay out
 * of its keys: as many as the isolate cache's entries at most.
 */
export const MAX_LEARNED_OPERATIONS = 2000;

/** How long the Cache API keeps an answer; the key's catalog version makes staleness impossible. */
export const EDGE_TTL_SECONDS = 86_400;

/**
 * Characters of document text each of Yoga's parser caches holds at most: thousands of the
 * documents clients send, where a count alone let 5,000 hostile documents keep 613 MiB alive.
 */
export const PARSER_CACHE_MAX_CHARACTERS = 1_000_000;

/**
 * The documents an isolate registers by hash (Apollo's automatic persisted queries): the least
 * recently used goes first, and a longer document still runs but is not kept.
 */
export const PERSISTED_QUERY_LIMITS = { maxEntries: 1000, maxDocumentLength: MAX_DOCUMENT_CHARACTERS } as const;

/**
 * Strings introspection writes that an isolate keeps in their JSON form: the schema's names,
 * descriptions and default values, 652 distinct strings (42 KB) in the fullest introspection
 * answer. Only the schema's own strings are written there, so the bound is never reached unless
 * the schema grows fifteenfold; past it, a string is written afresh each time.
 */
export const INTROSPECTION_JSON_STRINGS = 10_000;

/** How many result-node bounds one document keeps, each for an operation name and variables. */
export const RESULT_NODE_BOUNDS_PER_DOCUMENT = 16;

/** An Autodiscover request body: real ones hold about 400 bytes; nothing legitimate comes near this. */
export const MAX_AUTODISCOVER_REQUEST_BYTES = 16 * 1024;

/** The most of a refused protocol name an Autodiscover v2 error repeats, letters and digits only. */
export const AUTODISCOVER_V2_MAX_ECHOED = 40;

/**
 * The longest `Access-Control-Request-Headers` reflected: room for forty header names, where
 * GraphQL clients send four or five. A longer one gets the default list, so the answer to a
 * preflight never grows with what a caller sends.
 */
export const MAX_REFLECTED_REQUEST_HEADERS_LENGTH = 1024;

/**
 * How many Accept values media-type negotiation remembers, and how long each may be: clients send
 * a handful of short ones, and a caller's kilobytes of Accept are worked out, never kept.
 */
export const REMEMBERED_ACCEPT_VALUES = 64;
export const REMEMBERED_ACCEPT_LENGTH = 256;

/** RFC 5321: a forward path holds at most 254 characters of address, and a local part at most 64. */
export const MAX_ADDRESS_LENGTH = 254;
export const MAX_LOCAL_PART_LENGTH = 64;

/** Digits of the assistant's number of devices: a million devices is more than anyone has. */
export const MAX_DEVICES_DIGITS = 6;

/** A server check: a healthy server answers each step in well under a second; 3 s tells slow from silent. */
export const STEP_TIMEOUT_MS = 3_000;

/** A Worker may have six connections open at once; more wait anyway. */
export const MAX_OPEN_SOCKETS = 6;

/** Capability lists are a few hundred bytes; more is garbage, not a reply. */
export const MAX_REPLY_BYTES = 16_384;

/** Servers list two to six mechanisms; a longer list is cut, so every answer's size is known. */
export const MAX_MECHANISMS = 16;

/** connect, greeting, capabilities, starttls and the capabilities after it. */
export const MAX_CHECK_STEPS = 5;

/** History answers "the last 30 days"; older rows are deleted on each run. */
export const RETENTION_MS = 30 * 24 * 60 * 60 * 1000;

/** A DoH lookup: a public resolver answers in tens of milliseconds; 2 s tells slow from hanging. */
export const DNS_TIMEOUT_MS = 2_000;

/**
 * Questions one request may send to the resolver (cached answers are free): one domainCheck asks
 * 11 (MX, three host names, five SRV, the TXT, the public host's address), so aliases cannot
 * multiply outgoing queries; a question over the budget is a lookup that failed, said in words.
 */
export const MAX_DNS_LOOKUPS_PER_REQUEST = 12;

/** The longest a found answer is kept: a domain that moves its mail shows within five minutes. */
export const MAX_DNS_TTL_SECONDS = 300;

/** The longest "no such name" or "no such record" is kept (RFC 2308): a record just published shows within a minute. */
export const MAX_DNS_NEGATIVE_TTL_SECONDS = 60;

/** DNS answers an isolate keeps, by name and type: a few hundred bytes each. */
export const DNS_CACHE_ENTRIES = 2_000;

/** A DNS message is at most 65,535 bytes (its length field over TCP); a larger body is garbage. */
export const MAX_DNS_MESSAGE_BYTES = 65_535;

/** MX records a domain check reports: domains have one to five; the rest of a longer list is cut. */
export const MAX_MAIL_EXCHANGERS_REPORTED = 10;

/** Records a discovery check reports as found at one name: two TXT during a change, a few SRV. */
export const MAX_FOUND_RECORDS_REPORTED = 8;

/** The most characters of one found record repeated in an answer: a name has 253, a digest record 60. */
export const MAX_FOUND_RECORD_LENGTH = 300;
