/**
 * `GET /graphql/persisted-operations.json`: the trusted documents as Apollo's persisted query
 * manifest, for partners' clients to send operations by id (`@apollo/persisted-query-lists`,
 * urql's persisted exchange). The same bytes on every request and in every isolate of a deploy,
 * so its ETag holds until the operations change.
 */
import { MANIFEST } from '../trusted-documents/operations.js';
import { staticJsonRoute } from './static-json.js';

export const persistedOperations = staticJsonRoute(() => JSON.stringify(MANIFEST));
