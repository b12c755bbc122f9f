/**
 * The address parser and the host-name rule it shares with the catalog check.
 */
import { describe, expect, it } from 'vitest';
import { parseEmailAddress } from '../../src/domain/address.js';
import { InvalidInputError } from '../../src/domain/errors.js';
import { isValidHostName } from '../../src/lib/host-name.js';

describe('parseEmailAddress', () => {
  it('keeps the mailbox as written and lower-cases the domain', () => {
    expect(parseEmailAddress('Anna.Schmidt+news@Routing.NET')).toEqual({
      address: 'Anna.Schmidt+news@routing.net',
      localPart: 'Anna.Schmidt+news',
      domain: 'routing.net',
    });
  });

  it('turns an internationalized domain into its ASCII form', () => {
    expect(parseEmailAddress('info@münchen.de').domain).toBe('xn--mnchen-3ya.de');
  });

  it('splits at the last @ and refuses the rest as a mailbox', () => {
    expect(() => parseEmailAddress('a@b@routing.net')).toThrow(/not allowed there/);
  });

  it('accepts a trailing root dot on the domain', () => {
    expect(parseEmailAddress('anna@routing.net.').domain).toBe('routing.net');
  });

  it('throws only InvalidInputError, naming the argument', () => {
    try {
      parseEmailAddress('nope', 'input.email');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'input.email' });
    }
  });

  it('holds the length limit for the ASCII form of an internationalized domain', () => {
    const typed = `${'a'.repeat(64)}@${Array(4).fill('ü'.repeat(40)).join('.')}.de`;
    expect(typed.length).toBeLessThanOrEqual(254);
    expect(() => parseEmailAddress(typed)).toThrow(/with its domain in ASCII form it is longer than 254 characters/);
  });

  it('shortens a long input in its message', () => {
    expect(() => parseEmailAddress(`${'x'.repeat(300)}`)).toThrow(/^"x{80}…" is not a valid email address/);
  });
});

describe('isValidHostName', () => {
  it.each(['mail.routing.net', 'a.b', 'xn--mnchen-3ya.de', 'a-1.example'])('accepts %s', (name) => {
    expect(isValidHostName(name)).toBe(true);
  });

  it.each([
    '',
    'localhost',
    '-a.net',
    'a-.net',
    'a..net',
    'a_b.net',
    '1.2.3.4',
    `${'a'.repeat(64)}.net`,
    `${'a.'.repeat(127)}net`,
  ])('refuses %j', (name) => {
    expect(isValidHostName(name)).toBe(false);
  });
});
