/**
 * The one error type domain logic throws for bad input. Its message exists in every locale, as
 * it may reach an end user; the GraphQL layer picks the reader's. Anything else thrown is an
 * internal fault and stays masked.
 */
import type { Locale, LocalizedText } from '../catalog/types.js';

/** Input a caller sent that the domain cannot accept. */
export class InvalidInputError extends Error {
  /**
   * A stable code and the argument that was wrong. graphql-js copies an original error's
   * `extensions` onto the error it reports, so these reach the response unchanged.
   */
  readonly extensions: { readonly code: 'BAD_USER_INPUT'; readonly argument: string };

  constructor(
    argument: string,
    readonly messages: LocalizedText,
  ) {
    super(messages.en);
    this.name = 'InvalidInputError';
    this.extensions = { code: 'BAD_USER_INPUT', argument };
  }

  /** The message in `locale`. */
  messageIn(locale: Locale): string {
    return this.messages[locale];
  }
}
