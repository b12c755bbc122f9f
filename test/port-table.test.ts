/**
 * The API serves the help page's port table: all nine rows, with their advice, in the page's order.
 */
import { describe, expect, inject, it } from 'vitest';
import { data } from './helpers/client.js';

interface PageRow {
  protocol: string;
  securityLabel: string;
  adviceLabel: string;
  port: number;
}

/** Reads the rows of the page's markdown table, e.g. `| SMTP | STARTTLS (recommended) | 587 |`. */
function pageRows(page: string): PageRow[] {
  const rows = page.split('\n').filter((line) => /^\|\s*(IMAP|POP3|SMTP)\s*\|/.test(line));
  return rows.map((line) => {
    const [protocol = '', encryption = '', port = ''] = line.split('|').slice(1, 4).map((cell) => cell.trim());
    const advice = /\((.*)\)/.exec(encryption)?.[1];
    return {
      protocol,
      securityLabel: encryption.replace(/\s*\(.*\)/, ''),
      adviceLabel: advice ?? 'supported',
      port: Number(port),
    };
  });
}

const QUERY = `{
  endpoints { protocol securityLabel adviceLabel port hostName encrypted }
}`;

describe('the port table', () => {
  const expected = pageRows(inject('helpPage'));

  it('has nine rows on the help page', () => {
    expect(expected).toHaveLength(9);
  });

  it('is served row for row, in the order of the page', async () => {
    const { endpoints } = await data<{ endpoints: (PageRow & { hostName: string })[] }>(QUERY);
    expect(endpoints.map(({ protocol, securityLabel, adviceLabel, port }) => ({ protocol, securityLabel, adviceLabel, port }))).toEqual(
      expected,
    );
  });

  it('names the one host the page gives for IMAP, POP3 and SMTP', async () => {
    const host = /same server name\. It is:\n(\S+)/.exec(inject('helpPage'))?.[1];
    expect(host).toBe('mail.routing.net');
    const { endpoints } = await data<{ endpoints: { hostName: string }[] }>(QUERY);
    expect(new Set(endpoints.map((e) => e.hostName))).toEqual(new Set([host]));
  });

  it('marks only the rows without encryption as unencrypted', async () => {
    const { endpoints } = await data<{ endpoints: { securityLabel: string; encrypted: boolean }[] }>(QUERY);
    for (const endpoint of endpoints) expect(endpoint.encrypted).toBe(endpoint.securityLabel !== 'none');
  });
});
