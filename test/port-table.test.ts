/**
 * The API serves the help page's port table: all nine rows, with their advice, in the page's order.
 */
import { describe, expect, it } from 'vitest';
import { HELP_PAGE_HOST, HELP_PAGE_PORT_TABLE, type HelpPageRow } from './data/help-page-facts.js';
import { data } from './helpers/client.js';

const QUERY = `{
  endpoints { protocol securityLabel adviceLabel port hostName encrypted }
}`;

type Row = HelpPageRow & { hostName: string; encrypted: boolean };

describe('the port table', () => {
  it('is served row for row, in the order of the page', async () => {
    const { endpoints } = await data<{ endpoints: Row[] }>(QUERY);
    expect(
      endpoints.map(({ protocol, securityLabel, adviceLabel, port }) => ({
        protocol,
        securityLabel,
        adviceLabel,
        port,
      })),
    ).toEqual(HELP_PAGE_PORT_TABLE);
  });

  it('names the one host the page gives for IMAP, POP3 and SMTP', async () => {
    const { endpoints } = await data<{ endpoints: Row[] }>(QUERY);
    expect(new Set(endpoints.map((e) => e.hostName))).toEqual(new Set([HELP_PAGE_HOST]));
  });

  it('marks only the rows without encryption as unencrypted', async () => {
    const { endpoints } = await data<{ endpoints: Row[] }>(QUERY);
    for (const endpoint of endpoints) expect(endpoint.encrypted).toBe(endpoint.securityLabel !== 'none');
  });
});
