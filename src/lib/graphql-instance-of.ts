/**
 * graphql-js's `instanceOf` as it runs in production, bundled in place of graphql-js's own
 * (wrangler.toml's `[alias]`). graphql-js takes its development version unless
 * `globalThis.process.env.NODE_ENV` is "production", and a Worker without Node.js compatibility
 * has no `process`: that version, after every check that fails (most calls of `isListType`,
 * `isObjectType` and the like), reads the value's class name to warn of a second copy of graphql,
 * which a bundle holding one cannot have. Those reads were 3 % of an introspection request's time.
 */
export function instanceOf(value: unknown, constructor: abstract new (...args: never[]) => unknown): boolean {
  return value instanceof constructor;
}
