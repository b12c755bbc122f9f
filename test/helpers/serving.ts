/**
 * Proof that the Worker still answers correctly after a hostile request: a query no cache has
 * seen (so Yoga parses, validates and executes it) must give the provider's recommended ports.
 */
import { expect } from 'vitest';
import { data, uniqueName } from './client.js';

export async function expectStillServing(): Promise<void> {
  const name = uniqueName('check');
  const answer = await data(`{ ${name}: endpoints(filter: { advice: RECOMMENDED }) { port } }`);
  expect(answer[name]).toEqual([{ port: 993 }, { port: 995 }, { port: 587 }]);
}
