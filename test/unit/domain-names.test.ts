/**
 * Which domains may be checked and which names looked up: `parseDomainName` (the domainCheck
 * argument) and `isLookupName` (what the DoH client sends). IP literals, single labels, URLs and
 * email addresses are never looked up; service labels in front of a host name are.
 */
import { describe, expect, it } from 'vitest';
import { parseDomainName } from '../../src/domain/address.js';
import { InvalidInputError } from '../../src/domain/errors.js';
import { isLookupName } from '../../src/world/dns/names.js';

describe('a domain to check', () => {
  it('is taken in lower-case ASCII form, without spaces or a trailing dot', () => {
    expect(parseDomainName(' Example.COM. ')).toBe('example.com');
    expect(parseDomainName('bücher.example')).toBe('xn--bcher-kva.example');
  });

  it.each(['192.0.2.1', '[2001:db8::1]', 'localhost', 'https://example.com/', 'exa mple.com', '', 'a'.repeat(300)])(
    'refuses %j with a clear error',
    (input) => {
      expect(() => parseDomainName(input)).toThrow(InvalidInputError);
      expect(() => parseDomainName(input)).toThrow(/is not a domain name/);
    },
  );

  it('refuses an email address, saying to give the part after the @', () => {
    expect(() => parseDomainName('anna@example.com')).toThrow(/give its domain only/);
  });
});

describe('a name to look up', () => {
  it('is a host name, with service labels in front or not', () => {
    for (const name of ['example.com', '_imaps._tcp.example.com', '_ua-auto-config.example.com']) {
      expect(isLookupName(name), name).toBe(true);
    }
  });

  it('is never an IP literal, a single label, or a name with service labels alone', () => {
    for (const name of ['192.0.2.1', '::1', 'localhost', '_imaps._tcp', '_x.192.0.2.1', 'a_b.example.com', '']) {
      expect(isLookupName(name), name).toBe(false);
    }
  });
});
