/**
 * Properties of endpoint filtering and ordering over generated filters and port tables: a filter
 * either is refused with our typed error or returns exactly the endpoints that meet it, in the
 * one ordering's order, however the input was ordered.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ADVICES, DIRECTIONS, PROTOCOLS, SECURITIES } from '../../src/catalog/types.js';
import type { Endpoint } from '../../src/domain/endpoints.js';
import { selectEndpoints, type EndpointFilter } from '../../src/domain/filters.js';
import { orderEndpoints, type Ordering } from '../../src/domain/ordering.js';
import { endpointList, ordering } from '../helpers/catalog-arbitraries.js';
import { forEveryAccepted, outcome, PROPERTY_RUNS } from '../helpers/properties.js';

/** A condition that may be left out, given as null, or set. */
const condition = <T>(value: fc.Arbitrary<T>) => fc.oneof(value, fc.constant(null), fc.constant(undefined));

/** Ports as the domain may see them: valid, out of range, huge, fractional, not a number. */
const port = fc.oneof(
  fc.constantFrom(993, 995, 587, 465, 143, 110, 25),
  fc.integer({ min: 1, max: 65535 }),
  fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
  fc.constantFrom(0, -0, -1, 65536, 1e12, Number.MAX_SAFE_INTEGER, 993.5, Number.NaN, Infinity, -Infinity),
  fc.double(),
);

const filterArbitrary: fc.Arbitrary<EndpointFilter> = fc.record(
  {
    protocol: condition(fc.constantFrom(...PROTOCOLS)),
    direction: condition(fc.constantFrom(...DIRECTIONS)),
    security: condition(fc.constantFrom(...SECURITIES)),
    advice: condition(fc.constantFrom(...ADVICES)),
    encryptedOnly: condition(fc.boolean()),
    port: condition(port),
  },
  { requiredKeys: [] },
);

const isPort = (value: number) => Number.isInteger(value) && value >= 1 && value <= 65535;

/** The filter's meaning, spelled out condition by condition, independently of filters.ts. */
function meets(endpoint: Endpoint, filter: EndpointFilter): boolean {
  const conditions = [
    filter.protocol == null || endpoint.protocol === filter.protocol,
    filter.direction == null || endpoint.direction === filter.direction,
    filter.security == null || endpoint.security === filter.security,
    filter.advice == null || endpoint.advice === filter.advice,
    filter.encryptedOnly !== true || endpoint.security !== 'NONE',
    filter.port == null || endpoint.port === filter.port,
  ];
  return conditions.every(Boolean);
}

const PRECEDENCE = {
  protocol: ['IMAP', 'POP3', 'SMTP'],
  advice: ['RECOMMENDED', 'SUPPORTED', 'NOT_RECOMMENDED'],
  security: ['SSL_TLS', 'STARTTLS', 'NONE'],
};

/**
 * The sort key of each ordering as the design states it: by protocol, then the provider's advice
 * before encryption (PROVIDER_ADVICE) or encryption before advice (RFC8314), then port.
 */
function sortKey(endpoint: Endpoint, order: Ordering): number[] {
  const protocol = PRECEDENCE.protocol.indexOf(endpoint.protocol);
  const advice = PRECEDENCE.advice.indexOf(endpoint.advice);
  const security = PRECEDENCE.security.indexOf(endpoint.security);
  const middle = order === 'PROVIDER_ADVICE' ? [advice, security] : [security, advice];
  return [protocol, ...middle, endpoint.port];
}

function expectOrdered(endpoints: readonly Endpoint[], order: Ordering): void {
  for (let i = 1; i < endpoints.length; i += 1) {
    const [before, after] = [sortKey(endpoints[i - 1]!, order), sortKey(endpoints[i]!, order)];
    const firstDifference = before.findIndex((value, k) => value !== after[k]);
    if (firstDifference !== -1) expect(before[firstDifference]).toBeLessThan(after[firstDifference]!);
  }
}

/** `endpoints` in a generated order. */
const shuffled = (endpoints: readonly Endpoint[]) =>
  fc.shuffledSubarray([...endpoints], { minLength: endpoints.length, maxLength: endpoints.length });

/** Checks `check` against the selection for every generated filter the domain accepts. */
const forEverySelection = (
  check: (value: Endpoint[], endpoints: readonly Endpoint[], filter: EndpointFilter, order: Ordering) => void,
) => forEveryAccepted(fc.tuple(endpointList, filterArbitrary, ordering), selectEndpoints, check);

describe('selectEndpoints', () => {
  it('refuses exactly the filters with a port outside 1 to 65535, with InvalidInputError naming filter.port', () => {
    fc.assert(
      fc.property(endpointList, filterArbitrary, ordering, (endpoints, filter, order) => {
        const result = outcome(() => selectEndpoints(endpoints, filter, order));
        const refused = filter.port != null && !isPort(filter.port);
        expect(result.error !== undefined).toBe(refused);
        if (result.error !== undefined) expect(result.error.extensions.argument).toBe('filter.port');
      }),
      PROPERTY_RUNS,
    );
  });

  it('returns exactly the endpoints that meet every condition', () => {
    forEverySelection((value, endpoints, filter) => {
      for (const endpoint of value) expect(meets(endpoint, filter)).toBe(true);
      const ids = (list: readonly Endpoint[]) => list.map((e) => e.id).sort();
      expect(ids(value)).toEqual(ids(endpoints.filter((e) => meets(e, filter))));
    });
  });

  it('returns them in the order the ordering states, whatever order they came in', () => {
    fc.assert(
      fc.property(
        endpointList.chain((endpoints) => fc.tuple(fc.constant(endpoints), shuffled(endpoints))),
        filterArbitrary,
        ordering,
        ([endpoints, reordered], filter, order) => {
          const { value } = outcome(() => selectEndpoints(endpoints, filter, order));
          if (value === undefined) return;
          expectOrdered(value, order);
          expect(selectEndpoints(reordered, filter, order)).toEqual(value);
        },
      ),
      PROPERTY_RUNS,
    );
  });

  it('gives the same list whether it filters then orders or orders then filters', () => {
    forEverySelection((value, endpoints, filter, order) => {
      expect(orderEndpoints(endpoints, order).filter((e) => meets(e, filter))).toEqual(value);
    });
  });

  it('never returns more endpoints for a filter with more conditions', () => {
    fc.assert(
      fc.property(endpointList, filterArbitrary, filterArbitrary, (endpoints, filter, extra) => {
        const added = Object.entries(extra).filter(
          ([key, v]) => v != null && filter[key as keyof EndpointFilter] == null,
        );
        const narrower = { ...filter, ...Object.fromEntries(added) };
        const wide = outcome(() => selectEndpoints(endpoints, filter, 'PROVIDER_ADVICE'));
        const narrow = outcome(() => selectEndpoints(endpoints, narrower, 'PROVIDER_ADVICE'));
        if (wide.value === undefined || narrow.value === undefined) return;
        const wideIds = new Set(wide.value.map((e) => e.id));
        for (const endpoint of narrow.value) expect(wideIds.has(endpoint.id)).toBe(true);
      }),
      PROPERTY_RUNS,
    );
  });
});
