/**
 * Properties of the address parser over generated input: whatever a caller types, the parser
 * answers with an address or our typed error, and an address it gives back is one it would give
 * back again. Hand-picked examples live in address.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEmailAddress, type EmailAddress } from '../../src/domain/address.js';
import { isValidHostName } from '../../src/lib/host-name.js';
import { forEveryAccepted, outcome, PROPERTY_RUNS } from '../helpers/properties.js';

const char = (codes: string) => fc.constantFrom(...codes);

/** Characters that make or break an address: separators, quotes, spaces, dots, the at sign. */
const SPECIAL = '@@@@...  \t\n\r\0\\/?#:%<>"\'`[](),;+-_~!$&*=^{|}';
/** Letters beyond ASCII, in scripts IDNA handles differently, plus marks and an emoji. */
const UNICODE = 'üßäöéçñøåæœłşğıİ中文日本語한국어ελληνικάрусскийעבריתعربيहिन्दी\u0301\u200d\u00a0\u3000．。😀';

/** A string of any code points, lone surrogates and control characters included. */
const anyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 80 }),
  fc.string({ unit: 'binary-ascii', maxLength: 80 }),
  fc.string({ unit: fc.oneof(char(SPECIAL), char(UNICODE), fc.string({ maxLength: 1 })), maxLength: 120 }),
);

/** Far past every length limit, so only the limits, not the parser's effort, decide. */
const hugeString = fc
  .tuple(
    fc.string({
      unit: fc.oneof(char(SPECIAL), char(UNICODE), fc.string({ maxLength: 1 })),
      minLength: 1,
      maxLength: 8,
    }),
    fc.integer({ min: 30, max: 20_000 }),
  )
  .map(([piece, times]) => piece.repeat(times));

const asciiLabel = fc
  .stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,20}[a-z0-9])?$/)
  .map((label) => label.replace(/--/g, '-'));
const unicodeLabel = fc.string({ unit: fc.oneof(char(UNICODE), char('abcxyz019-')), minLength: 1, maxLength: 30 });
/** Already in ASCII form, some of them not valid Punycode. */
const punycodeLabel = fc.oneof(
  fc.constantFrom(
    'xn--mnchen-3ya',
    'xn--bcher-kva',
    'xn--fiqs8s',
    'xn--80ak6aa92e',
    'xn--',
    'xn--a',
    'xn--zz-',
    'XN--MNCHEN-3YA',
  ),
  asciiLabel.map((label) => `xn--${label}`),
);
/** Long internationalized labels: short as typed, long once in ASCII form. */
const longUnicodeLabel = fc.integer({ min: 20, max: 60 }).map((n) => 'ü'.repeat(n));
const label = fc.oneof(asciiLabel, unicodeLabel, punycodeLabel, longUnicodeLabel);
const domain = fc.oneof(
  fc.array(label, { minLength: 1, maxLength: 5 }).map((labels) => labels.join('.')),
  fc.domain(),
  fc.constantFrom(
    'routing.net',
    'Routing.NET',
    'routing.net.',
    'münchen.de',
    '1.2.3.4',
    'localhost',
    '[::1]',
    'a..b',
    '.a.b',
    'a.b..',
  ),
);

const atom = fc.string({
  unit: fc.oneof(char("abcXYZ0189!#$%&'*+/=?^_`{|}~-"), char(UNICODE)),
  minLength: 1,
  maxLength: 20,
});
const localPart = fc.oneof(
  fc.array(atom, { minLength: 1, maxLength: 4 }).map((atoms) => atoms.join('.')),
  fc.integer({ min: 60, max: 70 }).map((n) => 'a'.repeat(n)),
  fc.constantFrom('anna', 'Anna.Schmidt+news', '.anna', 'anna.', 'an..na', '"quoted"', 'a b'),
);
const padding = fc.constantFrom('', '', ' ', '\t', '\n', '\u00a0', '\u3000');

/** Addresses close to valid: a mailbox, an at sign or several, a domain, spaces around. */
const nearValidAddress = fc
  .tuple(padding, localPart, fc.constantFrom('@', '@', '@', '@@', '＠'), domain, padding)
  .map((parts) => parts.join(''));

/** An address any mail program would accept, in ASCII, with its domain as typed in any letter case. */
const validAsciiAddress = fc
  .record({
    local: fc
      .array(fc.stringMatching(/^[a-zA-Z0-9!#$%&'*+/=?^_`{|}~-]{1,12}$/), { minLength: 1, maxLength: 3 })
      .map((atoms) => atoms.join('.')),
    domain: fc
      .tuple(fc.array(asciiLabel, { minLength: 1, maxLength: 3 }), fc.constantFrom('net', 'de', 'com', 'example'))
      .map(([labels, tld]) => [...labels, tld].join('.')),
  })
  .chain(({ local, domain: name }) => fc.mixedCase(fc.constant(name)).map((typed) => ({ local, domain: name, typed })));

/** Near every length limit at once: a long mailbox and long internationalized labels. */
const longInternationalAddress = fc
  .tuple(fc.integer({ min: 40, max: 64 }), fc.array(longUnicodeLabel, { minLength: 2, maxLength: 5 }))
  .map(([mailbox, labels]) => `${'a'.repeat(mailbox)}@${labels.join('.')}.de`);

const input = fc.oneof(anyString, hugeString, nearValidAddress, longInternationalAddress, fc.emailAddress());

/** What every address the parser returns must satisfy. */
function expectWellFormed(parsed: EmailAddress): void {
  expect(parsed.domain).toMatch(/^[a-z0-9.-]+$/);
  expect(isValidHostName(parsed.domain)).toBe(true);
  expect(parsed.address).toBe(`${parsed.localPart}@${parsed.domain}`);
  expect(parsed.localPart.length).toBeGreaterThan(0);
  expect(parsed.localPart.length).toBeLessThanOrEqual(64);
  expect(parsed.address.length).toBeLessThanOrEqual(254);
}

/** Checks `check` against every address the parser accepts among the generated inputs. */
const forEveryParsed = (check: (value: EmailAddress) => void) =>
  forEveryAccepted(
    input.map((text): [string] => [text]),
    parseEmailAddress,
    check,
  );

describe('parseEmailAddress, for any input', () => {
  it('returns an address or throws InvalidInputError naming the argument, nothing else', () => {
    fc.assert(
      fc.property(input, (text) => {
        const result = outcome(() => parseEmailAddress(text, 'input.email'));
        if (result.error !== undefined) expect(result.error.extensions.argument).toBe('input.email');
      }),
      PROPERTY_RUNS,
    );
  });

  it('returns only lower-case ASCII host names, within the length limits', () => {
    forEveryParsed(expectWellFormed);
  });

  it('gives back the same address when it parses its own output', () => {
    forEveryParsed((value) => expect(parseEmailAddress(value.address)).toEqual(value));
  });

  it('ignores white space around the address', () => {
    fc.assert(
      fc.property(input, padding, padding, (text, before, after) => {
        const plain = outcome(() => parseEmailAddress(text));
        const padded = outcome(() => parseEmailAddress(`${before}${text}${after}`));
        expect(padded.value).toEqual(plain.value);
      }),
      PROPERTY_RUNS,
    );
  });
});

describe('parseEmailAddress, for valid ASCII addresses', () => {
  it('accepts them, keeps the mailbox and lower-cases the domain, whatever its letter case', () => {
    fc.assert(
      fc.property(validAsciiAddress, ({ local, domain: name, typed }) => {
        expect(parseEmailAddress(`${local}@${typed}`)).toEqual({
          address: `${local}@${name}`,
          localPart: local,
          domain: name,
        });
      }),
      PROPERTY_RUNS,
    );
  });

  it('turns an internationalized domain into a Punycode domain it accepts again as typed', () => {
    const internationalAddress = fc
      .array(unicodeLabel, { minLength: 1, maxLength: 3 })
      .map((labels): [string] => [`anna@${labels.join('.')}.de`]);
    forEveryAccepted(internationalAddress, parseEmailAddress, (value) => {
      for (const part of value.domain.split('.'))
        expect(part.startsWith('xn--') || /^[a-z0-9-]+$/.test(part)).toBe(true);
      expect(parseEmailAddress(`anna@${value.domain.toUpperCase()}`).domain).toBe(value.domain);
    });
  });
});
