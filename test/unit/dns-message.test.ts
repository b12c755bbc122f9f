/**
 * Reading DoH answers (world/dns/message.ts), from messages the packet library encodes: what each
 * says, how long it may be kept (capped; negative answers by the SOA), and that anything that is
 * not an answer to the question asked is MALFORMED rather than an exception.
 */
import * as packet from '@leichtgewicht/dns-packet';
import { describe, expect, it } from 'vitest';
import { MAX_DNS_NEGATIVE_TTL_SECONDS, MAX_DNS_TTL_SECONDS } from '../../src/limits.js';
import { encodeQuery, readAnswer } from '../../src/world/dns/message.js';

const SOA: packet.Answer = {
  type: 'SOA',
  name: 'example.com',
  ttl: 3600,
  data: { mname: 'ns.example.com', rname: 'hostmaster.example.com', minimum: 30 },
};

function response(fields: Partial<packet.Packet>, name = 'example.com', type: packet.Question['type'] = 'MX') {
  return packet.encode({ type: 'response', id: 0, flags: 0, questions: [{ type, name, class: 'IN' }], ...fields });
}

describe('a DoH answer', () => {
  it('is asked for with id 0, recursion desired and AD set', () => {
    const query = packet.decode(encodeQuery('example.com', 'MX'));
    expect(query).toMatchObject({
      id: 0,
      flag_rd: true,
      flag_ad: true,
      questions: [{ name: 'example.com', type: 'MX' }],
    });
  });

  it('gives the MX records, the AD bit, and the lowest TTL capped', () => {
    const bytes = response({
      flags: packet.AUTHENTIC_DATA,
      answers: [
        { type: 'MX', name: 'example.com', ttl: 86_400, data: { preference: 10, exchange: 'MX1.Example.net.' } },
        { type: 'MX', name: 'example.com', ttl: 90_000, data: { preference: 20, exchange: 'mx2.example.net' } },
      ],
    });
    expect(readAnswer(bytes, 'EXAMPLE.com.', 'MX')).toEqual({
      answer: {
        outcome: 'FOUND',
        authenticated: true,
        records: [
          { type: 'MX', preference: 10, exchange: 'mx1.example.net' },
          { type: 'MX', preference: 20, exchange: 'mx2.example.net' },
        ],
      },
      ttlSeconds: MAX_DNS_TTL_SECONDS,
    });
  });

  it('reads a null MX as the root, an empty name', () => {
    const bytes = response({
      answers: [{ type: 'MX', name: 'example.com', ttl: 60, data: { preference: 0, exchange: '.' } }],
    });
    expect(readAnswer(bytes, 'example.com', 'MX').answer).toMatchObject({
      records: [{ type: 'MX', preference: 0, exchange: '' }],
    });
  });

  it('joins the strings of one TXT record, and keeps two records apart', () => {
    const bytes = response(
      {
        answers: [
          { type: 'TXT', name: '_t.example.com', ttl: 60, data: ['v=UAAC1; a=sha256; ', 'd=abc='] },
          { type: 'TXT', name: '_t.example.com', ttl: 60, data: 'd=old=' },
        ],
      },
      '_t.example.com',
      'TXT',
    );
    expect(readAnswer(bytes, '_t.example.com', 'TXT').answer).toMatchObject({
      records: [
        { type: 'TXT', text: 'v=UAAC1; a=sha256; d=abc=' },
        { type: 'TXT', text: 'd=old=' },
      ],
    });
  });

  it('follows a CNAME chain for an address, keeping the aliases, and ignores records of other names', () => {
    const bytes = response(
      {
        answers: [
          { type: 'CNAME', name: 'autoconfig.example.com', ttl: 300, data: 'Settings.Example.net' },
          { type: 'A', name: 'settings.example.net', ttl: 20, data: '192.0.2.80' },
          { type: 'A', name: 'unrelated.example.org', ttl: 1, data: '192.0.2.99' },
        ],
      },
      'autoconfig.example.com',
      'A',
    );
    expect(readAnswer(bytes, 'autoconfig.example.com', 'A')).toEqual({
      answer: {
        outcome: 'FOUND',
        authenticated: false,
        records: [
          { type: 'CNAME', target: 'settings.example.net' },
          { type: 'A', address: '192.0.2.80' },
        ],
      },
      ttlSeconds: 20,
    });
  });

  it('keeps "no such name" and "no such record" by the SOA minimum, capped, and without SOA not at all', () => {
    const nx = response({ flags: 3, authorities: [SOA] });
    expect(readAnswer(nx, 'example.com', 'MX')).toEqual({
      answer: { outcome: 'NO_SUCH_NAME', authenticated: false },
      ttlSeconds: 30,
    });
    const long = response({ authorities: [{ ...SOA, data: { ...SOA.data, minimum: 86_400 } }] });
    expect(readAnswer(long, 'example.com', 'MX')).toEqual({
      answer: { outcome: 'NO_RECORD', authenticated: false },
      ttlSeconds: MAX_DNS_NEGATIVE_TTL_SECONDS,
    });
    expect(readAnswer(response({}), 'example.com', 'MX').ttlSeconds).toBe(0);
  });

  it('is a server failure for SERVFAIL and REFUSED, kept for no time', () => {
    for (const rcode of [2, 5]) {
      expect(readAnswer(response({ flags: rcode }), 'example.com', 'MX')).toEqual({
        answer: { outcome: 'FAILED', failure: 'SERVER_FAILURE' },
        ttlSeconds: 0,
      });
    }
  });

  it('is MALFORMED for noise, a query, or an answer to another question', () => {
    const malformed = { answer: { outcome: 'FAILED', failure: 'MALFORMED' }, ttlSeconds: 0 };
    expect(readAnswer(new TextEncoder().encode('<!doctype html>'), 'example.com', 'MX')).toEqual(malformed);
    expect(readAnswer(new Uint8Array([1, 2, 3]), 'example.com', 'MX')).toEqual(malformed);
    expect(readAnswer(encodeQuery('example.com', 'MX'), 'example.com', 'MX')).toEqual(malformed);
    expect(readAnswer(response({}, 'example.org'), 'example.com', 'MX')).toEqual(malformed);
    expect(readAnswer(response({}, 'example.com', 'TXT'), 'example.com', 'MX')).toEqual(malformed);
  });
});
