/**
 * Endpoints as callers see them: a row of the port table together with the server it belongs to
 * and the facts that follow from it (direction, encryption, URI).
 */
import {
  DIRECTION_OF,
  type CatalogData,
  type Direction,
  type EndpointData,
  type Protocol,
  type ProviderData,
  type Security,
} from '../catalog/types.js';

export interface Endpoint extends EndpointData {
  /** Stable id: `host/PROTOCOL/SECURITY/port`. */
  readonly id: string;
  readonly providerId: string;
  readonly hostName: string;
  readonly direction: Direction;
  readonly encrypted: boolean;
  readonly uri: string;
}

/** URI schemes as curl and most libraries spell them; implicit TLS takes the `s` form. */
const SCHEME: Readonly<Record<Protocol, string>> = { IMAP: 'imap', POP3: 'pop3', SMTP: 'smtp' };

export function endpointUri(protocol: Protocol, security: Security, hostName: string, port: number): string {
  const scheme = SCHEME[protocol] + (security === 'SSL_TLS' ? 's' : '');
  return `${scheme}://${hostName}:${port}`;
}

const endpointsByProvider = new WeakMap<ProviderData, readonly Endpoint[]>();

/**
 * Every endpoint of every server of `provider`, in data-file order (callers order them
 * explicitly). Derived once per provider: every query that lists endpoints starts here.
 */
export function endpointsOf(provider: ProviderData): readonly Endpoint[] {
  const known = endpointsByProvider.get(provider);
  if (known !== undefined) return known;
  const endpoints = deriveEndpoints(provider);
  endpointsByProvider.set(provider, endpoints);
  return endpoints;
}

function deriveEndpoints(provider: ProviderData): readonly Endpoint[] {
  return provider.servers.flatMap((server) =>
    server.endpoints.map((row) => ({
      ...row,
      id: `${server.hostName}/${row.protocol}/${row.security}/${row.port}`,
      providerId: provider.id,
      hostName: server.hostName,
      direction: DIRECTION_OF[row.protocol],
      encrypted: row.security !== 'NONE',
      uri: endpointUri(row.protocol, row.security, server.hostName, row.port),
    })),
  );
}

/** Every endpoint in the catalog. */
export function allEndpoints(data: CatalogData): readonly Endpoint[] {
  return data.providers.flatMap(endpointsOf);
}
