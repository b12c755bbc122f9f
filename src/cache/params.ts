/**
 * Reads a GET or JSON POST to /graphql without Yoga, so that a cached answer can be found before
 * Yoga parses anything. A request this cannot read goes to Yoga unchanged, which answers it with
 * the proper error.
 */

import { MAX_DOCUMENT_CHARACTERS, MAX_VARIABLES_DEPTH } from '../limits.js';
import { nestsDeeperThan } from '../lib/nesting.js';
import { utf8Text } from '../lib/utf8.js';

export interface GraphQLParams {
  readonly query?: string;
  readonly variables?: unknown;
  readonly operationName?: string;
  readonly extensions?: unknown;
  /** The persisted-documents proposal's name for a document the server knows. */
  readonly documentId?: string;
}

/**
 * What Yoga is handed on a miss: the request, and the JSON object of a POST's body when it was
 * parsed here, which Yoga then takes instead of reading and parsing the body again (it is what
 * Yoga's own `request.json()` would give: the same text, parsed by the same `JSON.parse`).
 */
export interface Forwarded {
  readonly request: Request;
  readonly body?: Readonly<Record<string, unknown>>;
  /**
   * True when the caller makes the Response it sends from the answer's text (the answer cache,
   * for an answer it may keep): Yoga's own then carries no body.
   */
  readonly textOnly?: boolean;
}

/** What the JSON of a request gives: a value (undefined for no text), or nothing, for bad syntax. */
interface ParsedJson {
  readonly ok: boolean;
  readonly value?: unknown;
}

/** A request as received: its method and the text that carries its parameters. */
interface RawRequest {
  /** The query string of a GET (with its `?`), or the body of a POST. */
  readonly text: string;
  /** What to hand Yoga on a miss. */
  readonly forward: () => Forwarded;
}

/** A JSON POST as received. */
interface RawPost extends RawRequest {
  readonly method: 'POST';
  /** The body as JSON, parsed once however often it is asked for. */
  readonly json: () => ParsedJson;
}

export type RawGraphQLRequest = (RawRequest & { readonly method: 'GET' }) | RawPost;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The raw parameters of a GET. */
export function rawGet(request: Request, url: URL): RawGraphQLRequest {
  return { method: 'GET', text: url.search, forward: () => ({ request }) };
}

/** The only POST body /graphql reads: JSON. Form and multipart bodies are refused (CSRF). */
export function isJsonContentType(contentType: string | null): boolean {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase() === 'application/json';
}

/** A POST whose body is not UTF-8, which JSON must be (RFC 8259). */
export const NOT_UTF8 = Symbol('not UTF-8');

/**
 * The raw parameters of a JSON POST, `NOT_UTF8` when its bytes are no UTF-8 text, or undefined
 * for any other request.
 */
export async function readRawPost(request: Request): Promise<RawPost | typeof NOT_UTF8 | undefined> {
  if (request.method !== 'POST' || !isJsonContentType(request.headers.get('Content-Type'))) return undefined;
  const text = utf8Text(await request.arrayBuffer());
  if (text === undefined) return NOT_UTF8;
  let parsed: ParsedJson | undefined;
  // An empty body is no JSON text (RFC 8259), not a request without parameters.
  const json = () => (parsed ??= text === '' ? { ok: false } : parseJson(text));
  return {
    method: 'POST',
    text,
    json,
    // The body has been read: Yoga gets its object, or a copy of the request with the text when
    // it is no JSON object (Yoga then answers with its own error).
    forward: () => {
      const { ok, value } = json();
      return ok && isObject(value) ? { request, body: value } : { request: new Request(request, { body: text }) };
    },
  };
}

function parseJson(text: string | null): ParsedJson {
  if (text === null || text === '') return { ok: true };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/**
 * Keeps only well-typed parameters; anything else makes the request unreadable here. So do a
 * document or variables past their limits: Yoga refuses them before anything lexes or walks them.
 */
function paramsFrom(raw: Record<string, unknown>): GraphQLParams | undefined {
  const { query, variables, operationName, extensions, documentId } = raw;
  if (query != null && (typeof query !== 'string' || query.length > MAX_DOCUMENT_CHARACTERS)) return undefined;
  if (operationName != null && typeof operationName !== 'string') return undefined;
  if (documentId != null && typeof documentId !== 'string') return undefined;
  if (variables != null && (!isObject(variables) || nestsDeeperThan(variables, MAX_VARIABLES_DEPTH))) return undefined;
  if (extensions != null && !isObject(extensions)) return undefined;
  return {
    ...(query != null && { query }),
    ...(variables != null && { variables }),
    ...(operationName != null && { operationName }),
    ...(extensions != null && { extensions }),
    ...(documentId != null && { documentId }),
  };
}

/** A part of a request that should hold JSON and does not parse. */
interface MalformedJson {
  readonly malformed: 'body' | 'variables' | 'extensions';
}

/**
 * The GraphQL parameters `raw` carries; `MalformedJson` when its JSON does not parse (answered
 * here, so the parser's own message never reaches the caller); undefined when they are of the
 * wrong types (Yoga answers those).
 */
export function parseGraphQLParams(raw: RawGraphQLRequest): GraphQLParams | MalformedJson | undefined {
  if (raw.method === 'GET') {
    const search = new URLSearchParams(raw.text);
    const variables = parseJson(search.get('variables'));
    if (!variables.ok) return { malformed: 'variables' };
    const extensions = parseJson(search.get('extensions'));
    if (!extensions.ok) return { malformed: 'extensions' };
    return paramsFrom({
      query: search.get('query'),
      variables: variables.value,
      operationName: search.get('operationName'),
      extensions: extensions.value,
      documentId: search.get('documentId'),
    });
  }
  const body = raw.json();
  if (!body.ok) return { malformed: 'body' };
  return isObject(body.value) && yogaReadsBody(body.value) ? paramsFrom(body.value) : undefined;
}

/** The parameters a JSON body may have; Yoga refuses a body with any other ("Unexpected parameter"). */
const BODY_PARAMETERS: ReadonlySet<string> = new Set([
  'query',
  'variables',
  'operationName',
  'extensions',
  'documentId',
]);

/**
 * True when Yoga would read `body` as parameters rather than refuse it: no parameter it does not
 * know, and no `documentId` that names nothing (an empty one is left to Yoga, which refuses it).
 * The cache may answer only what Yoga would accept: a kept answer must never stand in for a 400.
 */
function yogaReadsBody(body: Record<string, unknown>): boolean {
  return Object.keys(body).every((name) => BODY_PARAMETERS.has(name)) && body.documentId !== '';
}
