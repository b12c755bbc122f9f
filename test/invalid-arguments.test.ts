/**
 * Invalid arguments get a GraphQL error that says what is wrong, with the status GraphQL over HTTP
 * gives it (400 for a request that cannot run, 200 with errors for one that ran), never a 500.
 */
import { describe, expect, it } from 'vitest';
import { get, post } from './helpers/client.js';

describe('invalid arguments', () => {
  it('an unknown enum value is a 400 naming the value', async () => {
    const { status, body } = await post('{ endpoints(filter: { protocol: FTP }) { port } }');
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(/"FTP".*ProtocolName|ProtocolName.*FTP/);
  });

  it('a bad enum in variables is a 400 naming the variable', async () => {
    const { status, body } = await post('query ($p: ProtocolName!) { protocol(name: $p) { name } }', { p: 'pop3' });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toContain('$p');
  });

  it('a port out of range is refused with the argument named', async () => {
    for (const port of [0, 65536, -25]) {
      const { status, body } = await post(`{ endpoints(filter: { port: ${port} }) { port } }`);
      expect(status).toBe(200);
      expect(body.errors?.[0]?.message).toContain(`from 1 to 65535; got ${port}`);
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.port' });
    }
  });

  it('an unknown provider id is refused with the known ids', async () => {
    const { status, body } = await post('{ endpoints(providerId: "nope") { port } }');
    expect(status).toBe(200);
    expect(body.errors?.[0]?.message).toBe('No provider has the id "nope"; known ids: "routing-net".');
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'providerId' });
  });

  it('a device count that is not an Int is a 400', async () => {
    const { status, body } = await post(
      'query ($s: Situation!) { recommendation(situation: $s) { reasons { code } } }',
      {
        s: { deviceCount: 1e12 },
      },
    );
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toContain('deviceCount');
  });

  it('a missing required argument is a 400', async () => {
    const { status, body } = await get('{ settingsForAddress { userName } }');
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toContain('emailAddress');
  });

  it('an unknown field is a 400 naming it', async () => {
    const { status, body } = await get('{ endpoints { password } }');
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toContain('password');
  });

  it.each([
    ['guide', 'guideId', 'No guide has the id "nope"; known ids: "choosing-imap-or-pop3"'],
    ['provider', 'providerId', 'No provider has the id "nope"; known ids: "routing-net".'],
  ])('an unknown id in %s is refused like any other unknown id, naming %s', async (field, argument, message) => {
    const { status, body } = await post(`{ ${field}(${argument}: "nope") { id } }`);
    expect(status).toBe(200);
    expect(body.data).toBeNull();
    expect(body.errors?.[0]?.message).toContain(message);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });

  it('malformed JSON is a 400', async () => {
    const { exports } = await import('cloudflare:workers');
    const response = await exports.default.fetch('http://127.0.0.1/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(response.status).toBe(400);
  });

  it.each(['variables', 'extensions'])('malformed JSON in the %s of a GET is a 400, not a 500', async (parameter) => {
    const { exports } = await import('cloudflare:workers');
    const params = new URLSearchParams({ query: '{ catalogVersion }', [parameter]: '{not-json' });
    const response = await exports.default.fetch(`http://127.0.0.1/graphql?${params}`, {
      headers: { accept: 'application/json' },
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
  });
});
