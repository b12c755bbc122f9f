/**
 * Endpoint filters: every condition given must hold; a condition left out (or null) matches all.
 */
import type { Advice, Direction, Protocol, Security } from '../catalog/types.js';
import type { Endpoint } from './endpoints.js';
import { InvalidInputError } from './errors.js';
import { orderEndpoints, type Ordering } from './ordering.js';

export interface EndpointFilter {
  readonly protocol?: Protocol | null;
  readonly direction?: Direction | null;
  readonly security?: Security | null;
  readonly advice?: Advice | null;
  readonly encryptedOnly?: boolean | null;
  readonly port?: number | null;
}

/** Throws `InvalidInputError` when the filter cannot match any possible endpoint for a bad reason. */
function checkFilter(filter: EndpointFilter, argument = 'filter'): void {
  const { port } = filter;
  if (port != null && (!Number.isInteger(port) || port < 1 || port > 65535)) {
    throw new InvalidInputError(`${argument}.port`, {
      en: `A port is a whole number from 1 to 65535; got ${port}.`,
      de: `Ein Port ist eine ganze Zahl von 1 bis 65535; erhalten: ${port}.`,
    });
  }
}

/** True when `endpoint` meets every condition of `filter`. */
function matchesFilter(endpoint: Endpoint, filter: EndpointFilter): boolean {
  return (
    (filter.protocol == null || endpoint.protocol === filter.protocol) &&
    (filter.direction == null || endpoint.direction === filter.direction) &&
    (filter.security == null || endpoint.security === filter.security) &&
    (filter.advice == null || endpoint.advice === filter.advice) &&
    (filter.encryptedOnly !== true || endpoint.encrypted) &&
    (filter.port == null || endpoint.port === filter.port)
  );
}

/** The endpoints that meet `filter`, in their given order; throws `InvalidInputError` for a bad filter. */
function filterEndpoints(endpoints: readonly Endpoint[], filter: EndpointFilter): Endpoint[] {
  checkFilter(filter);
  return endpoints.filter((endpoint) => matchesFilter(endpoint, filter));
}

/** Filters `endpoints` and orders what is left; the one path every endpoint list takes. */
export function selectEndpoints(
  endpoints: readonly Endpoint[],
  filter: EndpointFilter,
  ordering: Ordering,
): Endpoint[] {
  return orderEndpoints(filterEndpoints(endpoints, filter), ordering);
}
