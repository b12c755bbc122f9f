/**
 * `npm run dns`: the local DNS (scripts/local-dns/servers.ts) in the foreground, so `npm start`
 * with DOH_URL pointing at it (README, "Looking at a domain") can check the test domains;
 * Ctrl-C stops it.
 */
import { LOCAL_DOH_URL, NAMED_PORT } from './local-dns/ports.js';
import { startDnsServers, unavailable } from './local-dns/servers.js';

const reason = unavailable();
if (reason !== undefined) {
  console.error(`Cannot start the local DNS: ${reason}.`);
  process.exit(1);
}
const stop = await startDnsServers();
console.log(
  `named on 127.0.0.1:${NAMED_PORT} for the zones of test/dns/zones/, DNS over HTTPS at ${LOCAL_DOH_URL}; Ctrl-C stops them.`,
);
const end = () => {
  stop();
  process.exit(0);
};
process.on('SIGINT', end);
process.on('SIGTERM', end);
setInterval(() => undefined, 60_000);
