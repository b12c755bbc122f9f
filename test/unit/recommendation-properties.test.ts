/**
 * Properties of the recommendation over generated situations and providers: an impossible
 * situation is refused with our typed error and nothing else; every other situation gets
 * encrypted endpoints (an unencrypted one only where the caller allows it and nothing encrypted
 * exists), the protocol the situation calls for, and reasons that point at what was chosen.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog/catalog.js';
import { checkCatalog } from '../../src/catalog/check.js';
import type { Protocol, ProviderData } from '../../src/catalog/types.js';
import { endpointsOf } from '../../src/domain/endpoints.js';
import { orderEndpoints, type Ordering } from '../../src/domain/ordering.js';
import { recommend, type Recommendation, type Situation } from '../../src/domain/recommendation.js';
import { anyProvider, ordering, providerArbitrary } from '../helpers/catalog-arbitraries.js';
import { forEveryAccepted, outcome, PROPERTY_RUNS } from '../helpers/properties.js';

/** Device counts as the domain may see them; the API's Int admits only whole 32-bit numbers. */
const deviceCount = fc.oneof(
  fc.integer({ min: 1, max: 10 }),
  fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
  fc.constantFrom(0, -0, -1, 10 ** 12, Number.MAX_SAFE_INTEGER, 1.5, 0.999, Number.NaN, Infinity, -Infinity),
  fc.double(),
);

const situationArbitrary: fc.Arbitrary<Situation> = fc.record({
  deviceCount,
  wantsOfflineCopies: fc.boolean(),
  limitedServerStorage: fc.boolean(),
  allowUnencrypted: fc.boolean(),
});

const isPossible = ({ deviceCount: count }: Situation) => Number.isInteger(count) && count >= 1;

/** What the design says a situation calls for, before looking at what the provider offers. */
function wantedProtocol({ deviceCount: count, wantsOfflineCopies, limitedServerStorage }: Situation): Protocol {
  if (count > 1) return 'IMAP';
  return wantsOfflineCopies || limitedServerStorage ? 'POP3' : 'IMAP';
}

const offers = (provider: ProviderData, protocol: Protocol) =>
  endpointsOf(provider).some((e) => e.protocol === protocol);

/** The first endpoint `ordering` gives for `protocol` among those the situation admits. */
function bestEndpoint(provider: ProviderData, protocol: Protocol, situation: Situation, order: Ordering) {
  const ofProtocol = endpointsOf(provider).filter((e) => e.protocol === protocol);
  const encrypted = ofProtocol.filter((e) => e.encrypted);
  const candidates = encrypted.length > 0 || !situation.allowUnencrypted ? encrypted : ofProtocol;
  return orderEndpoints(candidates, order)[0];
}

/** Checks `check` against the recommendation for every generated possible situation. */
const forEveryRecommendation = (
  check: (value: Recommendation, provider: ProviderData, situation: Situation, order: Ordering) => void,
) => forEveryAccepted(fc.tuple(anyProvider, situationArbitrary, ordering), recommend, check);

describe('recommend', () => {
  it('is given providers that keep every catalog rule', () => {
    fc.assert(
      fc.property(providerArbitrary, (provider) => {
        expect(() => checkCatalog({ ...catalog, providers: [provider] })).not.toThrow();
      }),
      PROPERTY_RUNS,
    );
  });

  it('refuses exactly the impossible situations, with InvalidInputError naming situation.deviceCount', () => {
    fc.assert(
      fc.property(anyProvider, situationArbitrary, ordering, (provider, situation, order) => {
        const result = outcome(() => recommend(provider, situation, order));
        expect(result.error === undefined).toBe(isPossible(situation));
        if (result.error !== undefined) expect(result.error.extensions.argument).toBe('situation.deviceCount');
      }),
      PROPERTY_RUNS,
    );
  });

  it('recommends only encrypted endpoints unless the situation allows unencrypted ones', () => {
    forEveryRecommendation((value, _provider, situation) => {
      if (situation.allowUnencrypted) return;
      expect(value.incoming.encrypted).toBe(true);
      expect(value.outgoing.encrypted).toBe(true);
    });
  });

  it('prefers an encrypted endpoint even when unencrypted ones are allowed', () => {
    forEveryRecommendation((value, provider) => {
      const hasEncrypted = (protocol: Protocol) =>
        endpointsOf(provider).some((e) => e.protocol === protocol && e.encrypted);
      if (hasEncrypted(value.incomingProtocol)) expect(value.incoming.encrypted).toBe(true);
      if (hasEncrypted('SMTP')) expect(value.outgoing.encrypted).toBe(true);
    });
  });

  it('recommends an incoming endpoint of the recommended protocol and an SMTP endpoint, both of the provider', () => {
    forEveryRecommendation((value, provider) => {
      expect(value.incoming.protocol).toBe(value.incomingProtocol);
      expect(value.incoming.direction).toBe('INCOMING');
      expect(value.outgoing.protocol).toBe('SMTP');
      expect(endpointsOf(provider)).toContain(value.incoming);
      expect(endpointsOf(provider)).toContain(value.outgoing);
    });
  });

  it('chooses the protocol the situation calls for, or says the provider does not offer it', () => {
    forEveryRecommendation((value, provider, situation) => {
      const wanted = wantedProtocol(situation);
      const notOffered = value.reasons.some((r) => r.code === 'PROTOCOL_NOT_OFFERED');
      expect(value.incomingProtocol === wanted).toBe(offers(provider, wanted));
      expect(notOffered).toBe(!offers(provider, wanted));
    });
  });

  it('chooses the first endpoint the ordering gives among those the situation admits', () => {
    forEveryRecommendation((value, provider, situation, order) => {
      expect(value.incoming).toBe(bestEndpoint(provider, value.incomingProtocol, situation, order));
      expect(value.outgoing).toBe(bestEndpoint(provider, 'SMTP', situation, order));
    });
  });

  it('gives reasons that name the chosen endpoints and, unless allowed, every unencrypted one left out', () => {
    forEveryRecommendation((value, provider, situation, order) => {
      const chosen = value.reasons.filter((r) => r.code.startsWith('ENDPOINT_')).flatMap((r) => r.endpoints);
      expect(chosen).toEqual([value.incoming, value.outgoing]);
      const leftOut = endpointsOf(provider).filter(
        (e) => !e.encrypted && (e.protocol === value.incomingProtocol || e.protocol === 'SMTP'),
      );
      const encryptedOnly = value.reasons.find((r) => r.code === 'ENCRYPTED_ONLY');
      const expected = situation.allowUnencrypted || leftOut.length === 0 ? undefined : orderEndpoints(leftOut, order);
      expect(encryptedOnly?.endpoints).toEqual(expected);
    });
  });

  it('gives the same recommendation every time for the same situation', () => {
    fc.assert(
      fc.property(anyProvider, situationArbitrary, ordering, (provider, situation, order) => {
        const first = outcome(() => recommend(provider, situation, order));
        expect(outcome(() => recommend(provider, { ...situation }, order))).toEqual(first);
      }),
      PROPERTY_RUNS,
    );
  });
});
