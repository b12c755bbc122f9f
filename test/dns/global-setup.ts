/**
 * Starts the local DNS (BIND behind dnsdist's DNS over HTTPS, scripts/local-dns/servers.ts) for
 * the domain-check tests, and three tiny fake resolvers for what no real resolver does on purpose:
 * one that never answers, one that answers an HTML page, one that answers noise as a DNS message.
 * Tells the tests through `provide` whether the real one runs.
 */
import { createServer, type Server } from 'node:http';
import type { TestProject } from 'vitest/node';
import { startDnsServers, unavailable } from '../../scripts/local-dns/servers.js';
import { HANGING_PORT, HTML_PORT, NOISE_PORT } from './ports.js';

const listen = (server: Server, port: number) =>
  new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const reason = unavailable();
  if (reason !== undefined) {
    project.provide('dnsServers', reason);
    return undefined;
  }
  const stop = await startDnsServers();
  // Never answers; its requests are ended when the server closes.
  const hanging = createServer(() => undefined);
  const html = createServer((_request, response) =>
    response.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>Sign in to the Wi-Fi</title>'),
  );
  const noise = createServer((_request, response) =>
    response
      .writeHead(200, { 'Content-Type': 'application/dns-message' })
      .end(Buffer.from('8000ffffffffffff0000000000000000deadbeef', 'hex')),
  );
  await listen(hanging, HANGING_PORT);
  await listen(html, HTML_PORT);
  await listen(noise, NOISE_PORT);
  project.provide('dnsServers', 'up');
  return async () => {
    stop();
    hanging.closeAllConnections();
    await Promise.all([hanging, html, noise].map((server) => new Promise((resolve) => server.close(resolve))));
  };
}
