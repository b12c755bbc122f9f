/**
 * Validation that looks up each rule's visitor for a node kind when a node of that kind first
 * comes, instead of for every kind before it starts. graphql-js's `visitInParallel` resolves
 * each rule's visitor for all ~40 node kinds of the language up front, in every validation: with
 * our 32 rules that is most of the time validation takes, while a document uses a handful of
 * kinds. Here the rules run as one rule whose visitor resolves the others per kind on first use,
 * so graphql-js's own `validate` (its error limit, its abort, its document keys) runs unchanged
 * around them; each rule sees the same nodes in the same order, skips and breaks alone as it would
 * in `visitInParallel`, and reports the same errors in the same order.
 *
 * A document whose text holds no `$` can neither define nor use a variable, so the three rules
 * about variable usages are left out for it: each walks the whole document again with type
 * information (graphql-js's `getRecursiveVariableUsages`), a quarter of validating GraphiQL's
 * introspection query, to find nothing.
 */
import {
  BREAK,
  getEnterLeaveForKind,
  NoUndefinedVariablesRule,
  NoUnusedVariablesRule,
  specifiedRules,
  validate,
  VariablesInAllowedPositionRule,
  type ASTNode,
  type ASTVisitFn,
  type ASTVisitor,
  type ValidationRule,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';

type VisitFn = ASTVisitFn<ASTNode> | undefined;

/** The enter and leave functions of every rule for one kind; null when no rule visits it. */
type KindLists = { readonly enter: readonly VisitFn[]; readonly leave: readonly VisitFn[] } | null;

/** The rules that look for variables used: a document without any has nothing for them to find. */
const VARIABLE_USAGE_RULES: ReadonlySet<ValidationRule> = new Set([
  NoUndefinedVariablesRule,
  NoUnusedVariablesRule,
  VariablesInAllowedPositionRule,
]);

/** One rule that runs every one of `rules`, each with the skipping and breaking it asks for. */
export function inParallelLazily(rules: readonly ValidationRule[]): ValidationRule {
  return (context) => {
    // A document parsed without locations keeps every rule.
    const withoutVariables = context.getDocument().loc?.source.body.includes('$') === false;
    const visitors: ASTVisitor[] = rules
      .filter((rule) => !(withoutVariables && VARIABLE_USAGE_RULES.has(rule)))
      .map((rule) => rule(context));
    // null: visiting; a node: skipping until it is left; BREAK: done.
    const skipping: unknown[] = visitors.map(() => null);
    const byKind = new Map<string, KindLists>();
    const listsFor = (kind: ASTNode['kind']): KindLists => {
      let lists = byKind.get(kind);
      if (lists === undefined) {
        const found = visitors.map((visitor) => getEnterLeaveForKind(visitor, kind));
        const enter = found.map((f) => f.enter as VisitFn);
        const leave = found.map((f) => f.leave as VisitFn);
        lists = enter.some(Boolean) || leave.some(Boolean) ? { enter, leave } : null;
        byKind.set(kind, lists);
      }
      return lists;
    };
    return {
      enter(...args: Parameters<ASTVisitFn<ASTNode>>) {
        const node = args[0];
        const lists = listsFor(node.kind);
        if (lists === null) return undefined;
        for (let i = 0; i < visitors.length; i++) {
          if (skipping[i] !== null) continue;
          const result: unknown = lists.enter[i]?.apply(visitors[i], args);
          if (result === false) skipping[i] = node;
          else if (result === BREAK) skipping[i] = BREAK;
          else if (result !== undefined) return result;
        }
        return undefined;
      },
      leave(...args: Parameters<ASTVisitFn<ASTNode>>) {
        const node = args[0];
        const lists = listsFor(node.kind);
        if (lists === null) return undefined;
        for (let i = 0; i < visitors.length; i++) {
          if (skipping[i] === null) {
            const result: unknown = lists.leave[i]?.apply(visitors[i], args);
            if (result === BREAK) skipping[i] = BREAK;
            else if (result !== undefined && result !== false) return result;
          } else if (skipping[i] === node) {
            skipping[i] = null;
          }
        }
        return undefined;
      },
    };
  };
}

/** graphql-js's `validate`, with the rules walked in parallel lazily; whatever else it is given goes on in place. */
const lazyValidate: typeof validate = (schema, document, rules, options, typeInfo) =>
  validate(schema, document, [inParallelLazily(rules ?? specifiedRules)], options, typeInfo);

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
