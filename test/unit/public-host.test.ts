/**
 * The public host: PUBLIC_HOST when the Worker has it, written as DNS compares names, else the
 * request's host; a PUBLIC_HOST that is no host name stops the answer instead of going into DNS.
 */
import { describe, expect, it } from 'vitest';
import { PUBLIC_HOST_PLACEHOLDER, publicHost } from '../../src/http/public-host.js';

const url = new URL('https://mail-settings-api.example.workers.dev:8443/dns/discovery.zone');

describe('publicHost', () => {
  it("is the request's host name without PUBLIC_HOST, or with an empty one", () => {
    expect(publicHost({}, url)).toBe('mail-settings-api.example.workers.dev');
    expect(publicHost({ PUBLIC_HOST: ' ' }, url)).toBe('mail-settings-api.example.workers.dev');
  });

  it("is a placeholder when the request's host is no host name (an address literal, one label)", () => {
    for (const host of ['http://[::1]/', 'http://127.0.0.1:8787/', 'http://localhost/']) {
      expect(publicHost({}, new URL(host)), host).toBe(PUBLIC_HOST_PLACEHOLDER);
    }
  });

  it('is PUBLIC_HOST in lower case, without a final dot or spaces', () => {
    expect(publicHost({ PUBLIC_HOST: ' Settings.Routing.NET. ' }, url)).toBe('settings.routing.net');
  });

  it.each(['https://settings.routing.net', 'settings.routing.net/', 'localhost', 'settings routing.net'])(
    'refuses PUBLIC_HOST %j, naming the variable',
    (value) => {
      expect(() => publicHost({ PUBLIC_HOST: value }, url)).toThrow(/PUBLIC_HOST/);
    },
  );
});
