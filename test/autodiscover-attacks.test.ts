/**
 * Hostile Autodiscover bodies: external entities (XXE), entity expansion (billion laughs),
 * oversized and endless bodies, text that is not XML or not UTF-8. Each is answered with the
 * Autodiscover error 600 document and a 4xx, never a 500, and the next request is served.
 */
import { describe, expect, it } from 'vitest';
import type { Element } from '@xmldom/xmldom';
import { autodiscoverRequest, child, parseXml, postAutodiscover, textOf } from './helpers/documents.js';

const REQUEST_NS = 'http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006';

const XXE = `<?xml version="1.0"?>
<!DOCTYPE Autodiscover [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<Autodiscover xmlns="${REQUEST_NS}"><Request><EMailAddress>&xxe;</EMailAddress></Request></Autodiscover>`;

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 ${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`).join('\n ')}
]>
<Autodiscover xmlns="${REQUEST_NS}"><Request><EMailAddress>&lol9;@routing.net</EMailAddress></Request></Autodiscover>`;

/**
 * A body of `size` bytes sent in chunks without a declared length. When the Worker stops reading
 * at the cap, the test pool's loopback logs "Network connection lost" for the abandoned upload;
 * that is the harness reporting the cut, not an error of the Worker.
 */
function endlessStream(size: number): ReadableStream<Uint8Array> {
  const chunk = new TextEncoder().encode('<a>'.repeat(1024));
  const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>();
  const writer = writable.getWriter();
  void (async () => {
    try {
      for (let sent = 0; sent < size; sent += chunk.byteLength) await writer.write(chunk);
      await writer.close();
    } catch {
      // The Worker stopped reading, as it should once the cap is passed.
    }
  })();
  return readable;
}

const CASES: [string, () => BodyInit][] = [
  ['an external entity (XXE)', () => XXE],
  ['nested entity expansion (billion laughs)', () => BILLION_LAUGHS],
  ['an undeclared entity', () => autodiscoverRequest('&ent;@routing.net')],
  ['a body over 16 KiB', () => autodiscoverRequest(`${'a'.repeat(20_000)}@routing.net`)],
  ['a 10 MB body', () => 'x'.repeat(10 * 1024 * 1024)],
  ['text that is not XML', () => 'EMailAddress=anna@routing.net'],
  ['JSON', () => '{"EMailAddress":"anna@routing.net"}'],
  ['an empty body', () => ''],
  ['XML cut off in the middle', () => autodiscoverRequest('anna@routing.net').slice(0, 120)],
  ['bytes that are not UTF-8', () => new Uint8Array([0x3c, 0x61, 0x3e, 0xff, 0xfe, 0x3c, 0x2f, 0x61, 0x3e])],
  [
    'a root in another namespace',
    () => '<Autodiscover><Request><EMailAddress>anna@routing.net</EMailAddress></Request></Autodiscover>',
  ],
  ['a request without an address', () => `<Autodiscover xmlns="${REQUEST_NS}"><Request/></Autodiscover>`],
  ['an address that is not one', () => autodiscoverRequest('anna at routing.net')],
  ['a 100 KB address', () => autodiscoverRequest(`${'a'.repeat(100_000)}@routing.net`)],
];

async function expectError600(response: Response) {
  expect(response.status).toBeGreaterThanOrEqual(400);
  expect(response.status).toBeLessThan(500);
  expect(response.headers.get('Content-Type')).toBe('text/xml; charset=utf-8');
  const root = parseXml(await response.text()).documentElement as Element;
  const error = child(child(root, 'Response'), 'Error');
  expect(textOf(error, 'ErrorCode')).toBe('600');
  expect(textOf(error, 'Message')).toBe('Invalid Request');
  return textOf(error, 'DebugData');
}

async function expectServedAfterwards() {
  const response = await postAutodiscover(autodiscoverRequest('anna@routing.net'));
  expect(response.status).toBe(200);
  expect(await response.text()).toContain('<LoginName>anna@routing.net</LoginName>');
}

describe('Autodiscover under attack', () => {
  it.each(CASES)('answers %s with error 600 and keeps serving', async (_name, body) => {
    const debug = await expectError600(await postAutodiscover(body()));
    expect(debug).not.toMatch(/root:|lollol/);
    await expectServedAfterwards();
  });

  it('refuses document type declarations before reading any entity', async () => {
    expect(await expectError600(await postAutodiscover(XXE))).toBe('Document type declarations are not accepted.');
  });

  it('answers oversized bodies with 413, declared or not', async () => {
    const declared = await postAutodiscover('x'.repeat(10 * 1024 * 1024));
    expect(declared.status).toBe(413);
    await expectError600(declared);
    const streamed = await postAutodiscover(endlessStream(10 * 1024 * 1024));
    expect(streamed.status).toBe(413);
    await expectError600(streamed);
    await expectServedAfterwards();
  });
});
