/**
 * The Yoga plugin that marks an operation whose answer may name a person: one whose arguments
 * carry an email address, as a string literal in the document (a default value included) or in
 * its variables. The answer cache keeps no such answer and the HTTP caching policy gives it
 * `no-store`, so no shared cache holds an answer keyed by an address, and nobody can learn from
 * `Cache-Status` or `Age` that an address was looked up. Read from the executed document, so a
 * request naming its document by hash alone is judged by the document the hash stands for.
 */
import { Kind, visit, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { mayHoldAddress, valueHoldsAddress } from '../lib/personal-data.js';
import type { ServerContext } from './server-context.js';

const personalDocuments = new WeakMap<DocumentNode, boolean>();

/** True when a string literal of `document` may hold an address; remembered per parsed document. */
function documentHoldsAddress(document: DocumentNode): boolean {
  // Without a `"` in its text a document has no string literal, so no walk is needed (an escaped
  // `\u0040` stands inside a literal too). GraphiQL's introspection is such a document.
  if (document.loc?.source.body.includes('"') === false) return false;
  let holds = personalDocuments.get(document);
  if (holds === undefined) {
    holds = false;
    visit(document, {
      [Kind.STRING]: (node) => {
        if (mayHoldAddress(node.value)) holds = true;
      },
    });
    personalDocuments.set(document, holds);
  }
  return holds;
}

/** Marks `outcome.personal` for an operation that carries an address. */
export function usePersonalData(): Plugin<object, ServerContext> {
  return {
    onExecute({ args }) {
      const { outcome } = args.contextValue as Partial<ServerContext>;
      if (outcome === undefined) return;
      outcome.personal = documentHoldsAddress(args.document as DocumentNode) || valueHoldsAddress(args.variableValues);
    },
  };
}
