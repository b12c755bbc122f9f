/**
 * GraphQL answers as the pages read them: data, or errors with a code, one of which may be about
 * the reader's input (`BAD_USER_INPUT`, already in the reader's language).
 */

/** One error of a GraphQL answer, as far as the pages read it. */
interface AnswerError {
  readonly message: string;
  readonly extensions?: { readonly code?: string; readonly argument?: string };
}

/** A GraphQL answer. */
export interface Answer<Data> {
  readonly data?: Data | null;
  readonly errors?: readonly AnswerError[];
}

/** An answer the pages cannot use: anything but data, or an error about the reader's input. */
class OperationFailed extends Error {
  constructor(answer: Answer<unknown>) {
    super(`The API did not answer with data: ${JSON.stringify(answer.errors ?? null).slice(0, 500)}`);
    this.name = 'OperationFailed';
  }
}

/** The data of `answer`. */
export function dataOf<Data>(answer: Answer<Data>): Data {
  if (answer.errors !== undefined || answer.data == null) throw new OperationFailed(answer);
  return answer.data;
}

/** The error `answer` has about the reader's input, if any. */
export const inputError = (answer: Answer<unknown>): AnswerError | undefined =>
  answer.errors?.find((error) => error.extensions?.code === 'BAD_USER_INPUT');
