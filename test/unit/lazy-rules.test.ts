/**
 * Validation with the rules in parallel, lazily (`lazyValidate`), reports exactly what
 * graphql-js's `validate` reports with the same rules: the same errors, in the same order, at
 * the same places. Checked on a document breaking each of graphql-js's specified rules, on
 * thousands of generated operations and as many mutated into invalid ones, with rules that
 * skip subtrees and stop early, which `visitInParallel` keeps apart per rule, and with
 * graphql-js's options: its error limit and hidden suggestions.
 */
import fc from 'fast-check';
import {
  BREAK,
  GraphQLError,
  Kind,
  NoDeprecatedCustomRule,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ValidationRule,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/graphql/schema.js';
import { lazyValidate } from '../../src/graphql-server/validation/lazy-rules.js';
import { generateOperation } from '../helpers/operation-arbitraries.js';
import { PROPERTY_RUNS } from '../helpers/properties.js';

/** A rule that skips every field's subtree whose name starts with "e", reporting each node it sees. */
const SkipsSubtrees: ValidationRule = (context) => ({
  enter(node) {
    context.reportError(new GraphQLError(`skipper saw ${node.kind}`, { nodes: node }));
    return node.kind === Kind.FIELD && node.name.value.startsWith('e') ? false : undefined;
  },
});

/** A rule that stops at the third field it meets, reporting each. */
const BreaksEarly: ValidationRule = (context) => {
  let fields = 0;
  return {
    Field(node) {
      context.reportError(new GraphQLError(`breaker saw ${node.name.value}`, { nodes: node }));
      fields += 1;
      return fields === 3 ? BREAK : undefined;
    },
  };
};

const RULE_SETS: Readonly<Record<string, readonly ValidationRule[]>> = {
  "graphql-js's specified rules": specifiedRules,
  'the specified rules with a skipping, a breaking and a custom rule': [
    SkipsSubtrees,
    ...specifiedRules,
    BreaksEarly,
    NoDeprecatedCustomRule,
  ],
};

/** What a validation reported, in a form two runs can be compared by. */
const reported = (errors: readonly GraphQLError[]) => errors.map((error) => JSON.stringify(error.toJSON()));

function expectSame(
  document: DocumentNode,
  rules: readonly ValidationRule[],
  options?: Parameters<typeof validate>[3],
): readonly GraphQLError[] {
  const expected = validate(schema, document, rules, options);
  expect(reported(lazyValidate(schema, document, rules, options))).toEqual(reported(expected));
  return expected;
}

/** One document for each of graphql-js's specified rules, breaking it. */
const BREAKING_EACH_RULE = [
  'type X { a: Int } { schemaVersion }',
  'query A { schemaVersion } query A { catalogVersion }',
  '{ schemaVersion } { catalogVersion }',
  'subscription { a b }',
  'query ($a: Nope) { schemaVersion }',
  'fragment F on String { x } { ...F }',
  'query ($a: Endpoint) { schemaVersion }',
  '{ endpoints } { schemaVersion { x } }',
  '{ nope }',
  'fragment F on Query { schemaVersion } fragment F on Query { schemaVersion } { ...F }',
  '{ ...Nope }',
  'fragment F on Query { schemaVersion } { schemaVersion }',
  '{ endpoints { ... on Guide { title } } }',
  'fragment A on Query { ...B } fragment B on Query { ...A } { ...A }',
  'query ($a: Int, $a: Int) { schemaVersion }',
  '{ guide(guideId: $x) { title } }',
  'query ($a: Int) { schemaVersion }',
  '{ schemaVersion @nope }',
  '{ schemaVersion @skip(if: true) @skip(if: false) }',
  '{ schemaVersion(x: 1) }',
  '{ guide(guideId: "a", guideId: "b") { title } }',
  '{ guide(guideId: 3) { title } }',
  '{ guide { title } }',
  'query ($g: String) { guide(guideId: $g) { title } }',
  '{ a: schemaVersion a: catalogVersion }',
  '{ endpoints(filter: { port: 1, port: 2 }) { port } }',
  `{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }`,
  '{ endpoints(filter: { advice: RECOMMENDED, nope: 1 }) { port uri protocolInfo { name } } }',
  // A `$` in a string, not a variable: the variable rules run, and find nothing.
  '{ guide(guideId: "$x") { title nope } }',
  // Descriptions take no part: a rule that sees every node sees none of them.
  '"""An operation""" query Q("a variable" $a: Int) { schemaVersion } "a fragment" fragment F on Query { nope }',
];

/** `query` with one identifier replaced by another of its own, so most results break a rule. */
function mutated(query: string, pick: number, replacement: number): string {
  const names = [...query.matchAll(/[_A-Za-z]\w*/g)];
  const target = names[pick % names.length];
  const other = names[replacement % names.length]?.[0] ?? 'x';
  if (target?.index === undefined) return query;
  return `${query.slice(0, target.index)}${other}${query.slice(target.index + target[0].length)}`;
}

describe('validation with the rules in parallel, lazily', () => {
  for (const [name, rules] of Object.entries(RULE_SETS)) {
    it(`reports what graphql-js reports with ${name}, on a document breaking each specified rule`, () => {
      const errors = BREAKING_EACH_RULE.flatMap((text) => expectSame(parse(text), rules));
      // Without locations the document's text is unknown, and every rule runs.
      for (const text of BREAKING_EACH_RULE) expectSame(parse(text, { noLocation: true }), rules);
      // Every document breaks something, so no comparison was of two empty lists alone.
      expect(errors.length).toBeGreaterThanOrEqual(BREAKING_EACH_RULE.length);
    });

    it(`reports what graphql-js reports with ${name}, within an error limit and without suggestions`, () => {
      const document = parse('{ nope a: nope b: schemaVersion { x } guide { titel } ...Nope }');
      for (const maxErrors of [0, 1, 2, 3, 100]) {
        const errors = expectSame(document, rules, { maxErrors });
        expect(errors.at(-1)?.message, `maxErrors ${maxErrors}`).toMatch(maxErrors < 3 ? /error limit reached/ : /./);
      }
      for (const hideSuggestions of [true, false]) {
        const messages = expectSame(document, rules, { hideSuggestions }).map((error) => error.message);
        expect(
          messages.some((message) => message.includes('Did you mean')),
          `hideSuggestions ${hideSuggestions}`,
        ).toBe(!hideSuggestions);
      }
    });

    it(`reports what graphql-js reports with ${name}, when graphql-js aborts a validation over its budget`, () => {
      // Each two of the fields under one key are compared: 1,200 of them are over graphql-js's
      // budget of comparisons, which it meets by aborting (the limits of operation-limits.ts and
      // field-merging.ts refuse such a document before validation; here nothing does).
      const errors = expectSame(parse(`{ ${'schemaVersion '.repeat(1200)}}`), rules);
      expect(errors.at(-1)?.message).toBe('Validation aborted.');
    });

    it(`reports what graphql-js reports with ${name}, on generated and mutated operations`, () => {
      let invalid = 0;
      fc.assert(
        fc.property(fc.gen(), fc.nat(), fc.nat(), (g, pick, replacement) => {
          const { query } = generateOperation(g);
          expectSame(parse(query), rules);
          let document: DocumentNode;
          try {
            document = parse(mutated(query, pick, replacement));
          } catch {
            return;
          }
          if (expectSame(document, rules).length > 0) invalid += 1;
        }),
        PROPERTY_RUNS,
      );
      // The mutations broke rules often enough for the comparison to mean something.
      expect(invalid).toBeGreaterThan(100);
    });
  }
});
