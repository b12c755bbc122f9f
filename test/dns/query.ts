/**
 * The domain-check tests' client: POSTs to /graphql at https://api.test, the public host the test
 * zones' aliases lead to (test/dns/zones/api.test.zone), through the Worker's fetch as a client.
 */
import { SELF } from 'cloudflare:test';
import { expect } from 'vitest';

/** POSTs `query`; returns the response and its parsed body. */
export async function ask(
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  const response = await SELF.fetch('https://api.test/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body: any = await response.json();
  return { response, body };
}

/** POSTs `query` and returns its data, expecting no error. */
export async function dataOf(query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const { response, body } = await ask(query, variables);
  expect(response.status).toBe(200);
  expect(body.errors).toBeUndefined();
  return body.data;
}

export const MAIL_FIELDS =
  'domain verdict explanation authenticated failure mailExchangers { host preference provider { providerId } } preferredMailExchanger { host provider { providerId } }';
