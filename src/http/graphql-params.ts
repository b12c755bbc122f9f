/**
 * Reads the GraphQL parameters of a GET or a JSON POST without Yoga, so that a cached answer can
 * be found before Yoga parses anything. A request this cannot read goes to Yoga unchanged, which
 * answers it with the proper error.
 */

export interface GraphQLParams {
  readonly query?: string;
  readonly variables?: unknown;
  readonly operationName?: string;
  readonly extensions?: unknown;
}

export interface ReadRequest {
  readonly params: GraphQLParams;
  /** The request to hand to Yoga on a miss: the original, or a copy whose body is unread. */
  readonly forward: Request;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function jsonParam(value: string | null): { ok: boolean; value?: unknown } {
  if (value === null || value === '') return { ok: true };
  try {
    return { ok: true, value: JSON.parse(value) };
  } catch {
    return { ok: false };
  }
}

/** Keeps only well-typed parameters; anything else makes the request unreadable here. */
function paramsFrom(raw: Record<string, unknown>): GraphQLParams | undefined {
  const { query, variables, operationName, extensions } = raw;
  if (query != null && typeof query !== 'string') return undefined;
  if (operationName != null && typeof operationName !== 'string') return undefined;
  if (variables != null && !isObject(variables)) return undefined;
  if (extensions != null && !isObject(extensions)) return undefined;
  return {
    ...(query != null && { query }),
    ...(variables != null && { variables }),
    ...(operationName != null && { operationName }),
    ...(extensions != null && { extensions }),
  };
}

/** The parameters of `request`, or undefined when it is not a GET or JSON POST this can read. */
export async function readGraphQLRequest(request: Request): Promise<ReadRequest | undefined> {
  if (request.method === 'GET') {
    const search = new URL(request.url).searchParams;
    const variables = jsonParam(search.get('variables'));
    const extensions = jsonParam(search.get('extensions'));
    if (!variables.ok || !extensions.ok) return undefined;
    const params = paramsFrom({
      query: search.get('query'),
      variables: variables.value,
      operationName: search.get('operationName'),
      extensions: extensions.value,
    });
    return params && { params, forward: request };
  }
  if (request.method === 'POST' && (request.headers.get('Content-Type') ?? '').includes('application/json')) {
    const text = await request.text();
    const forward = new Request(request, { body: text });
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      return { params: {}, forward };
    }
    const params = isObject(raw) ? paramsFrom(raw) : undefined;
    return { params: params ?? {}, forward };
  }
  return undefined;
}
