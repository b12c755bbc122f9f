/**
 * The one error type domain logic throws for bad input. The GraphQL layer shows its message and
 * code to the caller; anything else thrown is an internal fault and stays masked.
 */

/** Input a caller sent that the domain cannot accept; `argument` names what was wrong. */
export class InvalidInputError extends Error {
  readonly code = 'BAD_USER_INPUT';
  constructor(
    readonly argument: string,
    message: string,
  ) {
    super(message);
    this.name = 'InvalidInputError';
  }
}
