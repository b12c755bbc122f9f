// The floor of a cached answer: a trivial Worker that sends the very headers and body one of our
// cached answers carries, copying them from a template and naming each request with a new id as
// ours does (after reading a POST's body), with no routing, guard or cache lookup. The benchmark
// measures it beside the bare route, so what sending those bytes costs in Miniflare shows apart
// from what our code costs.
import { REQUEST_ID_HEADER } from '../src/http/request-id.js';

/** Headers the runtime or Miniflare writes for the connection, not our Worker. */
const TRANSPORT = new Set([
  'connection',
  'content-length',
  'content-encoding',
  'date',
  'keep-alive',
  'transfer-encoding',
]);

/** True for a header our Worker wrote, other than the request id each request gets anew. */
const isReplayed = (name: string): boolean =>
  !TRANSPORT.has(name) && !name.startsWith('mf-') && name !== REQUEST_ID_HEADER.toLowerCase();

/** What a replay sends: an answer's status, the headers our Worker wrote, and its body. */
export interface Replayed {
  readonly status: number;
  readonly headers: readonly (readonly [string, string])[];
  readonly body: string;
}

/** What of `answer` a replay sends, and must send again: comparable as JSON. */
export async function replayed(answer: Response): Promise<Replayed> {
  const headers: [string, string][] = [];
  answer.headers.forEach((value, name) => {
    if (isReplayed(name)) headers.push([name, value]);
  });
  return { status: answer.status, headers, body: await answer.text() };
}

/**
 * The source of a Worker answering every request with `answer`, and a new request id, after
 * reading the request's body, as any cache of POSTed operations must before it can find an answer.
 */
export const replayWorker = (
  answer: Replayed,
): string => `const template = new Headers(${JSON.stringify(answer.headers)});
const body = ${JSON.stringify(answer.body)};
export default {
  async fetch(request) {
    // Always: workerd closes the connection after answering a POST whose body was left unread.
    await request.text();
    const headers = new Headers(template);
    headers.set(${JSON.stringify(REQUEST_ID_HEADER)}, crypto.randomUUID());
    return new Response(body, { status: ${answer.status}, headers });
  },
};
`;
