/**
 * Troubleshooting: every entry in English and German, with the same ids and sources in both, its
 * remedies naming only servers and ports of the port table, and each marked as the help page's
 * word or as general mail knowledge.
 */
import { describe, expect, it } from 'vitest';
import { HELP_PAGE_HOST, HELP_PAGE_PORT_TABLE } from './data/help-page-facts.js';
import { data } from './helpers/client.js';

interface Entry {
  troubleshootingEntryId: string;
  source: string;
  title: string;
  symptom: string;
  remedies: string[];
  pop3: string[];
  locale: string;
}

const QUERY = `query ($locale: Locale) {
  troubleshooting(locale: $locale) {
    troubleshootingEntryId source title symptom remedies pop3: remedies(incomingProtocol: POP3) locale
  }
}`;

const entries = async (locale: 'EN' | 'DE') =>
  (await data<{ troubleshooting: Entry[] }>(QUERY, { locale })).troubleshooting;

describe('troubleshooting', () => {
  it('covers the failures people meet, in both languages alike', async () => {
    const [en, de] = await Promise.all([entries('EN'), entries('DE')]);
    expect(en.map((e) => e.troubleshootingEntryId)).toEqual([
      'sign-in-refused',
      'certificate-warning',
      'mail-not-sent',
      'port-blocked',
      'outlook-spa',
      'new-outlook-cloud',
    ]);
    expect(de.map((e) => [e.troubleshootingEntryId, e.source])).toEqual(
      en.map((e) => [e.troubleshootingEntryId, e.source]),
    );
    for (const [i, entry] of en.entries()) {
      expect(entry.locale).toBe('EN');
      expect(de[i]?.locale).toBe('DE');
      expect(de[i]?.title).not.toBe(entry.title);
      expect(entry.remedies.length).toBeGreaterThan(0);
    }
  });

  it('marks what the help page does not say as general knowledge', async () => {
    const sources = Object.fromEntries((await entries('EN')).map((e) => [e.troubleshootingEntryId, e.source]));
    expect(sources['mail-not-sent']).toBe('HELP_PAGE');
    expect(sources['outlook-spa']).toBe('GENERAL_KNOWLEDGE');
    expect(sources['new-outlook-cloud']).toBe('GENERAL_KNOWLEDGE');
  });

  it('names only the host and ports of the port table, filled in for the chosen protocol', async () => {
    const ports = new Set(HELP_PAGE_PORT_TABLE.map((row) => row.port));
    for (const entry of await entries('EN')) {
      const text = [...entry.remedies, ...entry.pop3].join(' ');
      expect(text).not.toMatch(/\{\w+\}/);
      for (const match of text.matchAll(/\bport (\d+)/gi)) expect(ports.has(Number(match[1]))).toBe(true);
      for (const host of text.match(/\b[a-z0-9-]+(?:\.[a-z0-9-]+)+\.[a-z]{2,}\b/g) ?? []) {
        expect(host).toBe(HELP_PAGE_HOST);
      }
    }
    const cloud = (await entries('EN')).find((e) => e.troubleshootingEntryId === 'new-outlook-cloud');
    expect(cloud?.remedies.join(' ')).toContain(`IMAP on ${HELP_PAGE_HOST}, port 993 with SSL/TLS`);
    expect(cloud?.pop3.join(' ')).toContain(`POP3 on ${HELP_PAGE_HOST}, port 995 with SSL/TLS`);
    expect(cloud?.remedies.join(' ')).toContain('port 587 with STARTTLS');
  });
});
