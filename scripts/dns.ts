/**
 * `npm run dns`: the local DNS (scripts/local-dns/servers.ts) in the foreground, so `npm start`
 * with DOH_URL pointing at it (README, "Looking at a domain") can check the test domains;
 * Ctrl-C stops it.
 */
import { runInForeground } from './foreground.js';
import { LOCAL_DOH_URL, NAMED_PORT } from './local-dns/ports.js';
import { startDnsServers, unavailable } from './local-dns/servers.js';

await runInForeground(
  'the local DNS',
  unavailable(),
  () => startDnsServers(),
  `named on 127.0.0.1:${NAMED_PORT} for the zones of test/dns/zones/, DNS over HTTPS at ${LOCAL_DOH_URL}`,
);
