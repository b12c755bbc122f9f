/**
 * The assistant's status section as a person reads it: nothing checked yet, all good, a failing
 * endpoint with what it means and what to use meanwhile, old checks, and the day's bars.
 */
import { describe, expect, it } from 'vitest';
import type { EndpointStatusRow } from '../../src/site/data.js';
import { serviceStatusSection, timeAgo } from '../../src/site/service-status.js';

const now = Date.UTC(2026, 11, 5, 15, 42);
const MINUTE = 60 * 1000;

const hours = (kind: 'good' | 'failed' | 'none') =>
  Array.from({ length: 24 }, (_, i) => ({
    start: new Date(now - (23 - i) * 60 * MINUTE).toISOString(),
    checks: kind === 'none' ? 0 : 12,
    goodChecks: kind === 'good' ? 12 : kind === 'failed' && i === 23 ? 11 : kind === 'failed' ? 12 : 0,
  }));

function row(
  protocol: 'IMAP' | 'POP3' | 'SMTP',
  port: number,
  security: 'NONE' | 'SSL_TLS' | 'STARTTLS',
  check: { good: boolean; failure?: string; failureReason?: string; ago?: number } | null,
): EndpointStatusRow {
  const label = { NONE: 'None', SSL_TLS: 'SSL/TLS', STARTTLS: 'STARTTLS' }[security];
  return {
    endpoint: {
      endpointId: `mail.routing.net/${protocol}/${security}/${port}`,
      hostName: 'mail.routing.net',
      protocol,
      port,
      security,
      securityLabel: label,
    },
    lastCheck:
      check === null
        ? null
        : {
            checkedAt: new Date(now - (check.ago ?? 2) * MINUTE).toISOString(),
            good: check.good,
            failure: check.failure ?? null,
            failureReason: check.failureReason ?? null,
          },
    goodShareLast24Hours: check === null ? null : check.good ? 1 : 0.996,
    lastDayByHour: hours(check === null ? 'none' : check.good ? 'good' : 'failed'),
  };
}

const port25 = row('SMTP', 25, 'NONE', { good: false, failure: 'NOT_CHECKABLE', failureReason: 'Not checkable.' });
const allGood = [
  row('IMAP', 993, 'SSL_TLS', { good: true }),
  row('IMAP', 143, 'STARTTLS', { good: true }),
  row('SMTP', 465, 'SSL_TLS', { good: true }),
  port25,
];
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('the status section', () => {
  it('says when no check has run yet, and draws no history', () => {
    const rows = allGood.map((r) => ({ ...r, lastCheck: null }));
    const html = serviceStatusSection('en', rows, now);
    expect(text(html)).toContain('No check of the servers has run yet.');
    expect(html).not.toContain('<svg');
    expect(text(serviceStatusSection('de', rows, now))).toContain('Die Server wurden noch nicht geprüft.');
  });

  it('says in one line that all answered, leaving port 25 out of the verdict', () => {
    const html = serviceStatusSection('en', allGood, now);
    expect(text(html)).toContain(
      'All of the servers answered as the port table says at the last check, 2 minutes ago.',
    );
    expect(text(serviceStatusSection('de', allGood, now))).toContain(
      'Alle Server antworteten bei der letzten Prüfung wie in der Porttabelle angegeben (vor 2 Minuten).',
    );
    expect(html).not.toContain('class="status-line failed"');
  });

  it('names a failing endpoint, what it means, and a good one to use meanwhile', () => {
    const rows = [
      row('IMAP', 993, 'SSL_TLS', {
        good: false,
        failure: 'CONNECT_FAILED',
        failureReason: 'The server could not be reached on this port.',
      }),
      ...allGood.slice(1),
    ];
    const en = text(serviceStatusSection('en', rows, now));
    expect(en).toContain('At the last check, 2 minutes ago, not every server answered as the port table says:');
    expect(en).toContain(
      'IMAP on port 993 (SSL/TLS) at mail.routing.net : The server could not be reached on this port. A mail program set to this port may not fetch new mail until it is fixed. Your settings are not the cause. Meanwhile IMAP on port 143 (STARTTLS) answered: you can switch to it.',
    );
    const de = text(serviceStatusSection('de', rows, now));
    expect(de).toContain('IMAP auf Port 143 (STARTTLS) antwortete dagegen');
    expect(de).toContain('holt bis zur Behebung womöglich keine neuen E-Mails ab');
  });

  it('tells sending from fetching, and offers no alternative where none is good', () => {
    const rows = [
      row('SMTP', 465, 'SSL_TLS', { good: false, failure: 'TLS_FAILED', failureReason: 'No TLS.' }),
      row('SMTP', 587, 'STARTTLS', { good: false, failure: 'STARTTLS_NOT_OFFERED', failureReason: 'No STARTTLS.' }),
    ];
    const en = text(serviceStatusSection('en', rows, now));
    expect(en).toContain('No TLS. A mail program set to this port may not send mail until it is fixed.');
    expect(en).toContain('No STARTTLS. A mail program set to this port may not send mail');
    expect(en).not.toContain('switch to it');
  });

  it('warns when the newest check is more than an hour old', () => {
    const old = allGood.map((r) => ({
      ...r,
      lastCheck: r.lastCheck && { ...r.lastCheck, checkedAt: new Date(now - 3 * 60 * MINUTE).toISOString() },
    }));
    const en = text(serviceStatusSection('en', old, now));
    expect(en).toContain('at the last check, 3 hours ago.');
    expect(en).toContain('The checks have not run for more than an hour');
    expect(text(serviceStatusSection('en', allGood, now))).not.toContain('have not run');
  });

  it('draws 24 bars per checked endpoint, with their reading in words', () => {
    const rows = [
      row('IMAP', 993, 'SSL_TLS', { good: false, failure: 'NO_GREETING', failureReason: 'Silent.' }),
      ...allGood.slice(1),
    ];
    const html = serviceStatusSection('en', rows, now);
    const svgs = html.match(/<svg[^>]*>.*?<\/svg>/g) ?? [];
    // Port 25 is never judged, so it has no bars.
    expect(svgs).toHaveLength(3);
    for (const svg of svgs) expect(svg.match(/<rect /g)).toHaveLength(24);
    expect(svgs[0]).toContain('aria-label="Last 24 hours by hour: good 23; with a failed check 1; without checks 0"');
    expect(svgs[0]?.match(/class="failed"/g)).toHaveLength(1);
    expect(text(html)).toContain('99.6% of checks good');
    expect(text(serviceStatusSection('de', rows, now))).toContain('99,6 % der Prüfungen gut');
  });
});

describe('time ago in words', () => {
  it('counts minutes, then hours, then days, in the reader’s language', () => {
    expect(timeAgo('en', now - 30 * 1000, now)).toBe('this minute');
    expect(timeAgo('en', now - 5 * MINUTE, now)).toBe('5 minutes ago');
    expect(timeAgo('de', now - 5 * MINUTE, now)).toBe('vor 5 Minuten');
    expect(timeAgo('en', now - 90 * MINUTE, now)).toBe('1 hour ago');
    expect(timeAgo('de', now - 3 * 24 * 60 * MINUTE, now)).toBe('vor 3 Tagen');
  });
});
