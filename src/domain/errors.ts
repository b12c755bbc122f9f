/**
 * The one error type domain logic throws for bad input. The GraphQL layer shows its message and
 * extensions to the caller; anything else thrown is an internal fault and stays masked.
 */

/** Input a caller sent that the domain cannot accept. */
export class InvalidInputError extends Error {
  /**
   * A stable code and the argument that was wrong. graphql-js copies an original error's
   * `extensions` onto the error it reports, so these reach the response unchanged.
   */
  readonly extensions: { readonly code: 'BAD_USER_INPUT'; readonly argument: string };

  constructor(argument: string, message: string) {
    super(message);
    this.name = 'InvalidInputError';
    this.extensions = { code: 'BAD_USER_INPUT', argument };
  }
}
