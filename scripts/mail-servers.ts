/**
 * `npm run mail-servers`: the local mail servers (scripts/local-mail/servers.ts) in the
 * foreground, so `npm start`'s scheduled checks (`curl http://127.0.0.1:8787/cdn-cgi/handler/scheduled`)
 * find them; Ctrl-C stops them.
 */
import { startMailServers, unavailable } from './local-mail/servers.js';

const reason = await unavailable();
if (reason !== undefined) {
  console.error(`Cannot start the local mail servers: ${reason}.`);
  process.exit(1);
}
const stop = await startMailServers();
console.log('Dovecot on 127.0.0.1:993, 143, 995, 110 and Postfix on 587, 465 for mail.routing.net; Ctrl-C stops them.');
const end = () => {
  stop();
  process.exit(0);
};
process.on('SIGINT', end);
process.on('SIGTERM', end);
setInterval(() => undefined, 60_000);
