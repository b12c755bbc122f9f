/** The real `connect` with one of the catalog's ports sent elsewhere: to a case's own server. */
import { connect } from 'cloudflare:sockets';
import type { Dial } from '../../src/world/server-check/check.js';

/** Dials as the Worker does, but port `from` goes to `to` on the same host. */
export const remap =
  (from: number, to: number): Dial =>
  (address, options) =>
    connect(
      typeof address === 'string' ? address : { ...address, port: address.port === from ? to : address.port },
      options,
    );
