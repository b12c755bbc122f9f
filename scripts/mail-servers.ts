/**
 * `npm run mail-servers`: the local mail servers (scripts/local-mail/servers.ts) in the
 * foreground, so `npm start`'s scheduled checks (`curl http://127.0.0.1:8787/cdn-cgi/handler/scheduled`)
 * find them; Ctrl-C stops them.
 */
import { runInForeground } from './foreground.js';
import { startMailServers, unavailable } from './local-mail/servers.js';

await runInForeground(
  'the local mail servers',
  await unavailable(),
  startMailServers,
  'Dovecot on 127.0.0.1:993, 143, 995, 110 and Postfix on 587, 465 for mail.routing.net',
);
