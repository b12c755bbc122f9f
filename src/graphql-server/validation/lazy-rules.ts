/**
 * Validation that looks up each rule's visitor for a node kind when a node of that kind first
 * comes, instead of for every kind before it starts. graphql-js's `visitInParallel` resolves
 * each rule's visitor for all ~40 node kinds of the language up front, in every validation: with
 * our 32 rules that is most of the time validation takes, while a document uses a handful of
 * kinds. Here the rules run as one rule whose visitor resolves the others per kind on first use
 * and, at each node, calls only those that visit its kind; each rule sees the same nodes in the
 * same order, skips and breaks alone as it would in `visitInParallel`, and reports the same errors
 * in the same order. `lazyValidate` is graphql-js's `validate` walking that one visitor directly:
 * graphql-js's would wrap it in `visitInParallel` again, which alone cost a twentieth of a small
 * operation's time.
 *
 * A document whose text holds no `$` can neither define nor use a variable, so the three rules
 * about variable usages are left out for it: each walks the whole document again with type
 * information (graphql-js's `getRecursiveVariableUsages`), a quarter of validating GraphiQL's
 * introspection query, to find nothing.
 */
import {
  assertValidSchema,
  BREAK,
  getEnterLeaveForKind,
  GraphQLError,
  NoUndefinedVariablesRule,
  NoUnusedVariablesRule,
  specifiedRules,
  TypeInfo,
  ValidationContext,
  VariablesInAllowedPositionRule,
  visit,
  visitWithTypeInfo,
  type ASTNode,
  type ASTVisitFn,
  type ASTVisitor,
  type validate,
  type ValidationRule,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';

type VisitFn = ASTVisitFn<ASTNode> | undefined;

/** The rules with a function for a kind: their indices in rule order, and the functions. */
interface Indexed {
  readonly at: readonly number[];
  readonly fns: readonly ASTVisitFn<ASTNode>[];
}

/** The functions of `fns` that are there, with their indices. */
function indexed(fns: readonly VisitFn[]): Indexed {
  const at: number[] = [];
  const present: ASTVisitFn<ASTNode>[] = [];
  fns.forEach((fn, index) => {
    if (fn === undefined) return;
    at.push(index);
    present.push(fn);
  });
  return { at, fns: present };
}

/**
 * For one kind: the rules that visit it on the way in and on the way out, and every rule's leave
 * function, for leaving while some rule skips a subtree (which it stops skipping there). Null
 * when no rule visits the kind.
 */
type KindLists = { readonly enters: Indexed; readonly leaves: Indexed; readonly leave: readonly VisitFn[] } | null;

/** The rules that look for variables used: a document without any has nothing for them to find. */
const VARIABLE_USAGE_RULES: ReadonlySet<ValidationRule> = new Set([
  NoUndefinedVariablesRule,
  NoUnusedVariablesRule,
  VariablesInAllowedPositionRule,
]);

/** One rule that runs every one of `rules`, each with the skipping and breaking it asks for. */
function inParallelLazily(rules: readonly ValidationRule[]): ValidationRule {
  return (context) => {
    // A document parsed without locations keeps every rule.
    const withoutVariables = context.getDocument().loc?.source.body.includes('$') === false;
    const visitors: ASTVisitor[] = rules
      .filter((rule) => !(withoutVariables && VARIABLE_USAGE_RULES.has(rule)))
      .map((rule) => rule(context));
    // null: visiting; a node: skipping until it is left; BREAK: done.
    const skipping: unknown[] = visitors.map(() => null);
    // How many rules are skipping a subtree: while none is, leaving a node calls only the rules
    // that visit its kind on the way out.
    let skippingSubtrees = 0;
    const byKind = new Map<string, KindLists>();
    const listsFor = (kind: ASTNode['kind']): KindLists => {
      let lists = byKind.get(kind);
      if (lists === undefined) {
        const found = visitors.map((visitor) => getEnterLeaveForKind(visitor, kind));
        const leave = found.map((f) => f.leave as VisitFn);
        const enters = indexed(found.map((f) => f.enter as VisitFn));
        const leaves = indexed(leave);
        lists = enters.at.length > 0 || leaves.at.length > 0 ? { enters, leaves, leave } : null;
        byKind.set(kind, lists);
      }
      return lists;
    };
    return {
      enter(...args: Parameters<ASTVisitFn<ASTNode>>) {
        const [node, key] = args;
        // Descriptions do not take part in validation (the spec says so; graphql-js leaves them
        // out of the keys it walks): skipped here, so no rule sees one.
        if (key === 'description') return false;
        const lists = listsFor(node.kind);
        if (lists === null) return undefined;
        const { at, fns } = lists.enters;
        for (let j = 0; j < at.length; j++) {
          const i = at[j]!;
          if (skipping[i] !== null) continue;
          const result: unknown = fns[j]!.apply(visitors[i], args);
          if (result === false) {
            skipping[i] = node;
            skippingSubtrees += 1;
          } else if (result === BREAK) skipping[i] = BREAK;
          else if (result !== undefined) return result;
        }
        return undefined;
      },
      leave(...args: Parameters<ASTVisitFn<ASTNode>>) {
        const node = args[0];
        const lists = listsFor(node.kind);
        if (lists === null) return undefined;
        if (skippingSubtrees === 0) {
          const { at, fns } = lists.leaves;
          for (let j = 0; j < at.length; j++) {
            const i = at[j]!;
            if (skipping[i] !== null) continue;
            const result: unknown = fns[j]!.apply(visitors[i], args);
            if (result === BREAK) skipping[i] = BREAK;
            else if (result !== undefined && result !== false) return result;
          }
          return undefined;
        }
        for (let i = 0; i < visitors.length; i++) {
          if (skipping[i] === null) {
            const result: unknown = lists.leave[i]?.apply(visitors[i], args);
            if (result === BREAK) skipping[i] = BREAK;
            else if (result !== undefined && result !== false) return result;
          } else if (skipping[i] === node) {
            skipping[i] = null;
            skippingSubtrees -= 1;
          }
        }
        return undefined;
      },
    };
  };
}

/** The message graphql-js's `validate` adds when it stops at its error limit. */
const TOO_MANY_ERRORS = 'Too many validation errors, error limit reached. Validation aborted.';

/** Thrown to stop a validation at its error limit, caught before anyone else sees it. */
class ErrorLimitReached extends Error {}

/**
 * graphql-js's `validate` (its schema check, error limit, hidden suggestions and aborts), with
 * the rules walked in parallel lazily.
 */
export const lazyValidate: typeof validate = (
  schema,
  document,
  rules = specifiedRules,
  options,
  typeInfo = new TypeInfo(schema),
) => {
  assertValidSchema(schema);
  const maxErrors = options?.maxErrors ?? 100;
  const errors: GraphQLError[] = [];
  const onError = (error: GraphQLError) => {
    if (errors.length >= maxErrors) {
      errors.push(new GraphQLError(TOO_MANY_ERRORS));
      throw new ErrorLimitReached();
    }
    errors.push(error);
  };
  const context = new ValidationContext(schema, document, typeInfo, onError, options?.hideSuggestions ?? false);
  try {
    visit(document, visitWithTypeInfo(typeInfo, inParallelLazily(rules)(context)));
  } catch (error) {
    // Rules report errors rather than throw them, but for graphql-js's own abort of a validation
    // whose work ran over its budget, which it reports as the validation's last error.
    if (error instanceof GraphQLError) errors.push(error);
    else if (!(error instanceof ErrorLimitReached)) throw error;
  }
  return errors;
};

/**
 * The Yoga plugin that validates with the rules in parallel, lazily. It changes only how the
 * rules are walked: Yoga's validation cache, and the rules other plugins add, stay as they are.
 */
export function useLazyRuleVisitors(): Plugin {
  return {
    onValidate({ setValidationFn }) {
      setValidationFn(lazyValidate);
    },
  };
}
