// The answer a valid request should get, computed without the Worker: graphql-js executes the
// operation against the project's own schema and catalog in this Node process. The soak compares
// the Worker's answers with these, so a wrong answer from any cache layer, the persisted-query
// store or the HTTP handling shows up as a difference.
import { execute, parse } from 'graphql';
import { isDeepStrictEqual } from 'node:util';
import { catalog, servedCatalogVersion } from '../src/catalog/catalog.js';
import { negotiateLocale } from '../src/domain/locale.js';
import { schema } from '../src/graphql/schema.js';
import { operationContext, type Context } from '../src/graphql/context.js';

/** A GraphQL operation as a client sends it, with the one header that changes its answer. */
export interface Operation {
  readonly query: string;
  readonly variables?: Readonly<Record<string, unknown>>;
  readonly operationName?: string;
  readonly acceptLanguage?: string;
}

/** What is compared: the data, and the codes of the errors (messages may be localized or masked). */
export interface Answer {
  readonly data: unknown;
  readonly errorCodes: readonly unknown[];
}

interface GraphQLBody {
  readonly data?: unknown;
  readonly errors?: readonly { readonly extensions?: { readonly code?: unknown } }[];
}

/** The comparable part of a GraphQL result, as it reads once serialized to JSON. */
export function answerOf(body: GraphQLBody): Answer {
  const json = JSON.parse(JSON.stringify(body)) as GraphQLBody;
  return { data: json.data ?? null, errorCodes: (json.errors ?? []).map((error) => error.extensions?.code ?? null) };
}

export const sameAnswer = (a: Answer, b: Answer): boolean => isDeepStrictEqual(a, b);

/** Expected answers, each computed once however often its operation is sent. */
export class DirectEvaluation {
  readonly #answers = new Map<string, Promise<Answer>>();

  /** How many distinct operations were evaluated. */
  get size(): number {
    return this.#answers.size;
  }

  /** The answer `operation` should get when sent to `origin` (documents link back to it). */
  expected(operation: Operation, origin: string): Promise<Answer> {
    const key = JSON.stringify([
      origin,
      operation.query,
      operation.variables,
      operation.operationName,
      operation.acceptLanguage,
    ]);
    let answer = this.#answers.get(key);
    if (answer === undefined) {
      answer = evaluate(operation, origin);
      this.#answers.set(key, answer);
    }
    return answer;
  }
}

async function evaluate(
  { query, variables, operationName, acceptLanguage }: Operation,
  origin: string,
): Promise<Answer> {
  // The soak's Worker has no PUBLIC_HOST, so DNS records name the host it is reached at.
  const contextValue: Context = operationContext({
    catalog,
    catalogVersion: await servedCatalogVersion(),
    locale: negotiateLocale(acceptLanguage ?? null),
    origin,
  });
  const result = await execute({
    schema,
    document: parse(query),
    variableValues: variables,
    operationName,
    contextValue,
  });
  return answerOf(result);
}
