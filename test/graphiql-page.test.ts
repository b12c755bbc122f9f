/**
 * GraphiQL for browsers at /graphql, built only from files this Worker serves itself.
 */
import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../src/graphql-server/graphiql/examples.js';
import { data } from './helpers/client.js';

const ORIGIN = 'http://127.0.0.1';

async function page(): Promise<string> {
  const response = await exports.default.fetch(`${ORIGIN}/graphql`, { headers: { accept: 'text/html' } });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/html');
  return response.text();
}

/** Every URL the page's markup refers to. */
function references(html: string): string[] {
  return [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((match) => match[1] ?? '');
}

describe('the GraphiQL page', () => {
  it('refers to no other origin', async () => {
    const urls = references(await page());
    expect(urls.length).toBeGreaterThan(2);
    for (const url of urls) expect(url.startsWith('/') || url.startsWith('data:')).toBe(true);
  });

  it('refers only to files the Worker serves', async () => {
    for (const url of references(await page()).filter((u) => u.startsWith('/'))) {
      const response = await exports.default.fetch(`${ORIGIN}${url}`);
      expect(response.status, url).toBe(200);
      expect((await response.arrayBuffer()).byteLength, url).toBeGreaterThan(0);
    }
  });

  it("serves Monaco's worker scripts that the start script names", async () => {
    const start = await (await exports.default.fetch(`${ORIGIN}/graphiql/start.js`)).text();
    const names = [...start.matchAll(/'([\w.]+\.bundle\.js)'/g)].map((m) => m[1]);
    expect(names).toHaveLength(3);
    for (const name of names) {
      expect((await exports.default.fetch(`${ORIGIN}/graphiql/vendor/monacoeditorwork/${name}`)).status, name).toBe(
        200,
      );
    }
  });

  it('opens with the example operations', async () => {
    const html = await page();
    const json = /<script type="application\/json" id="graphiql-options">(.*?)<\/script>/s.exec(html)?.[1];
    const options = JSON.parse(json ?? 'null') as { defaultTabs: { query: string }[] };
    expect(options.defaultTabs.map((tab) => tab.query)).toEqual(EXAMPLES.map((example) => example.query));
  });

  it.each(EXAMPLES.map((example) => [example.title, example] as const))(
    'example "%s" runs without errors',
    async (_title, example) => {
      const result = await data(example.query, example.variables);
      expect(Object.keys(result).length).toBeGreaterThan(0);
    },
  );

  it('is linked from the pages for people, for developers', async () => {
    const response = await exports.default.fetch(`${ORIGIN}/`);
    expect(await response.text()).toContain('<a href="/graphql">');
  });
});
