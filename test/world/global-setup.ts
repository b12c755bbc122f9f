/**
 * Starts the real mail servers (scripts/local-mail/servers.ts) for the server-check tests, a real
 * IMAP server without TLS (no STARTTLS offered), and two tiny fake servers for what no real server does on purpose: one that accepts and never greets,
 * one that greets with garbage. Tells the tests through `provide` whether the servers run.
 */
import { createServer, type Server } from 'node:net';
import type { TestProject } from 'vitest/node';
import { startImapWithoutTls, startMailServers, unavailable } from '../../scripts/local-mail/servers.js';
import { GARBAGE_PORT, NO_TLS_IMAP_PORT, SILENT_PORT } from './ports.js';

const listen = (server: Server, port: number) =>
  new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const ca = process.env.NODE_EXTRA_CA_CERTS ?? '';
  const reason = ca.endsWith('test/fixtures/mail-tls/ca.pem')
    ? await unavailable()
    : 'NODE_EXTRA_CA_CERTS does not name test/fixtures/mail-tls/ca.pem, so workerd would not trust the test certificate (run `npm test`)';
  if (reason !== undefined) {
    project.provide('mailServers', reason);
    return undefined;
  }
  const stop = await startMailServers();
  const stopNoTls = await startImapWithoutTls(NO_TLS_IMAP_PORT);
  const silent = createServer(() => undefined);
  const garbage = createServer((socket) => socket.end('HTTP/1.1 400 Bad Request\r\n\r\n'));
  await listen(silent, SILENT_PORT);
  await listen(garbage, GARBAGE_PORT);
  project.provide('mailServers', 'up');
  return async () => {
    stop();
    stopNoTls();
    await Promise.all([silent, garbage].map((server) => new Promise((resolve) => server.close(resolve))));
  };
}
