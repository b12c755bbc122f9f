/**
 * The Yoga plugins that bound what one operation may cost before it runs: document length,
 * variables depth, tokens (graphql-js's own count), depth, aliases, directives and cost
 * (graphql-armor's rules), each set to `limits.ts`; "Did you mean" is taken out by `errors/no-suggestions.ts`). A rejection is a 400 whose error names the limit, its value
 * and what the document had, with a code a client can branch on; it stops parsing or validation
 * at once, so a hostile document gets one error, not one per offending node.
 */
import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import type { GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import { GraphQLError, parse, type ParseOptions, type Source } from 'graphql';
import { createGraphQLError, type Plugin, type YogaServerOptions } from 'graphql-yoga';
import {
  MAX_ALIASES,
  MAX_COST,
  MAX_DEPTH,
  MAX_DIRECTIVES,
  MAX_DOCUMENT_CHARACTERS,
  MAX_TOKENS,
  MAX_VARIABLES_DEPTH,
} from '../../limits.js';
import { nestsDeeperThan } from '../../lib/nesting.js';

/** The `extensions.code` of each rejection. */
export const LIMIT_CODES = {
  documentCharacters: 'MAX_DOCUMENT_CHARACTERS_EXCEEDED',
  tokens: 'MAX_TOKENS_EXCEEDED',
  depth: 'MAX_DEPTH_EXCEEDED',
  aliases: 'MAX_ALIASES_EXCEEDED',
  directives: 'MAX_DIRECTIVES_EXCEEDED',
  cost: 'MAX_COST_EXCEEDED',
  fragments: 'MAX_FRAGMENTS_EXCEEDED',
  mergedFields: 'MAX_MERGED_FIELDS_EXCEEDED',
  variablesDepth: 'MAX_VARIABLES_DEPTH_EXCEEDED',
} as const;

/** The error a limit answers with: a 400, since the operation was never run. */
export function limitError(code: string, message: string) {
  return createGraphQLError(message, { extensions: { code, http: { status: 400 } } });
}

/**
 * graphql-armor reports every rejection as a "Syntax Error" without a code; this throws the same
 * message under its own code instead, which also ends parsing or validation there.
 */
function rejectAs(code: string): GraphQLArmorRejectCallback[] {
  return [
    (_context, error) => {
      throw limitError(code, error.message.replace(/^Syntax Error: /, ''));
    },
  ];
}

/**
 * A document longer than MAX_DOCUMENT_CHARACTERS is refused before it is lexed, and variables
 * nested deeper than MAX_VARIABLES_DEPTH before anything walks them.
 */
function useRequestSizeLimits(): Plugin {
  return {
    onParams({ params }) {
      const length = params.query?.length ?? 0;
      if (length > MAX_DOCUMENT_CHARACTERS) {
        throw limitError(
          LIMIT_CODES.documentCharacters,
          `Document character limit of ${MAX_DOCUMENT_CHARACTERS} exceeded, found ${length}.`,
        );
      }
      if (nestsDeeperThan(params.variables, MAX_VARIABLES_DEPTH)) {
        throw limitError(LIMIT_CODES.variablesDepth, `Variables depth limit of ${MAX_VARIABLES_DEPTH} exceeded.`);
      }
    },
  };
}

/** graphql-js's refusal of a document over its `maxTokens`. */
// graphql-js writes "more that"; "more than" too, should it ever be corrected.
const TOO_MANY_TOKENS = /^Syntax Error: Document contains more th(?:at|an) \d+ tokens/;

/**
 * A document of more than MAX_TOKENS tokens is refused while it is parsed, by graphql-js's own
 * count (`maxTokens`), which stops the parser there. graphql-armor's plugin counted the same
 * through a Proxy around the lexer, which every look at the current token went through: parsing
 * took 2.5 times as long.
 */
function useTokenLimit(): Plugin {
  return {
    onParse({ setParseFn }) {
      setParseFn((source: string | Source, options?: ParseOptions) => {
        try {
          return parse(source, { ...options, maxTokens: MAX_TOKENS });
        } catch (error) {
          if (error instanceof GraphQLError && TOO_MANY_TOKENS.test(error.message)) {
            throw limitError(LIMIT_CODES.tokens, `Token limit of ${MAX_TOKENS} exceeded.`);
          }
          throw error;
        }
      });
    },
  };
}

/** Every operation limit, in the order they apply: before parsing, while parsing, while validating. */
export function useOperationLimits(): NonNullable<YogaServerOptions<object, object>['plugins']> {
  return [
    useRequestSizeLimits(),
    useTokenLimit(),
    maxDepthPlugin({ n: MAX_DEPTH, onReject: rejectAs(LIMIT_CODES.depth) }),
    // The default allow-list lets any number of `__typename` aliases through.
    maxAliasesPlugin({ n: MAX_ALIASES, allowList: [], onReject: rejectAs(LIMIT_CODES.aliases) }),
    maxDirectivesPlugin({ n: MAX_DIRECTIVES, onReject: rejectAs(LIMIT_CODES.directives) }),
    costLimitPlugin({ maxCost: MAX_COST, onReject: rejectAs(LIMIT_CODES.cost) }),
  ];
}
