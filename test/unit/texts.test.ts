/**
 * Placeholders in catalog texts, and guide steps filled from the port table.
 */
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog/catalog.js';
import { routingNet } from '../../src/catalog/providers/routing-net.js';
import { preferredSettings } from '../../src/domain/preference.js';
import { fillPlaceholders, placeholdersIn } from '../../src/lib/template.js';
import { guideSteps } from '../../src/domain/texts.js';

describe('fillPlaceholders', () => {
  it('fills every placeholder', () => {
    expect(fillPlaceholders('{a} and {b}, {a}', { a: 1, b: 'two' })).toBe('1 and two, 1');
  });

  it('refuses a placeholder without a value', () => {
    expect(() => fillPlaceholders('{missing}', {})).toThrow('{missing}');
  });

  it('lists the placeholders of a text', () => {
    expect(placeholdersIn('port {incomingPort} on {incomingHost}')).toEqual(['incomingPort', 'incomingHost']);
  });
});

describe('guideSteps', () => {
  const thunderbird = catalog.guides.find((guide) => guide.id === 'setup-thunderbird')!;

  it('names the preferred IMAP and SMTP endpoints', () => {
    const steps = guideSteps(catalog, thunderbird, preferredSettings(routingNet, 'IMAP', 'PROVIDER_ADVICE'), 'en').join(
      '\n',
    );
    expect(steps).toContain('protocol IMAP, hostname mail.routing.net, port 993, connection security SSL/TLS');
    expect(steps).toContain('hostname mail.routing.net, port 587, connection security STARTTLS');
    expect(steps).not.toMatch(/[{}]/);
  });

  it('names POP3 on 995 when set up for POP3', () => {
    const steps = guideSteps(catalog, thunderbird, preferredSettings(routingNet, 'POP3', 'PROVIDER_ADVICE'), 'en').join(
      '\n',
    );
    expect(steps).toContain('protocol POP3, hostname mail.routing.net, port 995');
  });
});
