/**
 * Real mail servers on loopback for the server checks: Dovecot (IMAP 993/143, POP3 995/110) and a
 * second Postfix instance (submission 587, 465) with Dovecot's SASL, on the catalog's own ports,
 * with the test certificate for mail.routing.net from test/fixtures/mail-tls/. Used by the tests'
 * global setup and by `npm run mail-servers`. Needs root (the ports are below 1024) and
 * `mail.routing.net` resolving to 127.0.0.1 (/etc/hosts; .ci/run adds it).
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { lookup } from 'node:dns/promises';
import { tmpdir } from 'node:os';
import { createConnection } from 'node:net';
import { join } from 'node:path';

const FIXTURES = new URL('../../test/fixtures/mail-tls/', import.meta.url).pathname;
const BINARIES = ['/usr/sbin/dovecot', '/usr/sbin/postfix'];

/** Why the servers cannot start here, or undefined when they can. */
export async function unavailable(): Promise<string | undefined> {
  const missing = BINARIES.filter((binary) => !existsSync(binary));
  if (missing.length > 0) {
    return `the server checks need ${missing.join(' and ')} (apt-get install -y dovecot-imapd dovecot-pop3d postfix)`;
  }
  if (process.getuid?.() !== 0) return 'the local mail servers listen on ports below 1024, which needs root';
  const { address } = await lookup('mail.routing.net', { family: 4 }).catch(() => ({ address: 'none' }));
  if (address !== '127.0.0.1') {
    return `mail.routing.net resolves to ${address}, not 127.0.0.1 (add "127.0.0.1 mail.routing.net" to /etc/hosts)`;
  }
  return undefined;
}

/** What a Dovecot instance serves: its protocols, its listeners and whether TLS is on. */
function dovecotConfig(dir: string, protocols: string, ssl: boolean, listeners: string): string {
  return `base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
protocols = ${protocols}
listen = 127.0.0.1
ssl = ${ssl ? 'yes' : 'no'}
ssl_cert = <${FIXTURES}mail.routing.net.pem
ssl_key = <${FIXTURES}mail.routing.net.key
auth_mechanisms = plain login
passdb {
  driver = passwd-file
  args = ${dir}/passwd
}
userdb {
  driver = static
  args = uid=nobody gid=nogroup home=/nonexistent
}
service auth {
  unix_listener ${dir}/auth-postfix {
    mode = 0666
  }
}
${listeners}
`;
}

/** One listener of a login service; port 0 switches off one of Dovecot's default listeners. */
const listener = (service: 'imap' | 'pop3', name: string, port: number, ssl: boolean) =>
  `service ${service}-login {\n  inet_listener ${name} {\n    address = 127.0.0.1\n    port = ${port}\n    ssl = ${ssl ? 'yes' : 'no'}\n  }\n}`;

/** A folder of a server's own, with the empty password file every Dovecot here reads. */
function serverFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mail-servers-'));
  // The postfix user must reach its data directory inside.
  chmodSync(dir, 0o755);
  writeFileSync(join(dir, 'passwd'), '');
  return dir;
}

/**
 * Starts Dovecot with `config` (written into `dir`) and waits until `port` accepts; the returned
 * function stops it. In the foreground, as a child: this runtime may not write Dovecot's
 * master.pid, so the child's own pid is what stops it.
 */
async function startDovecot(dir: string, config: string, port: number): Promise<() => void> {
  const file = join(dir, 'dovecot.conf');
  writeFileSync(file, config);
  const log = openSync(join(dir, 'dovecot.out'), 'w');
  const child = spawn('/usr/sbin/dovecot', ['-F', '-c', file], { stdio: ['ignore', log, log] });
  const stop = () => child.kill('SIGTERM');
  try {
    await listening(port);
  } catch (error) {
    stop();
    throw new Error(`${String(error)}\n${readFileSync(join(dir, 'dovecot.out'), 'utf8')}`, { cause: error });
  }
  return stop;
}

/** Removes a server's folder once its daemon has gone (Dovecot removes its sockets as it exits). */
const removeLater = (dir: string) => setTimeout(() => rmSync(dir, { recursive: true, force: true }), 500).unref();

/**
 * A real IMAP server with TLS switched off, on 127.0.0.1:`port` only: one that offers no STARTTLS,
 * for the server-check tests' case. The returned function stops it.
 */
export async function startImapWithoutTls(port: number): Promise<() => void> {
  await refuseTaken([port]);
  const dir = serverFolder();
  const listeners = [listener('imap', 'imap', port, false), listener('imap', 'imaps', 0, false)].join('\n');
  const stop = await startDovecot(dir, dovecotConfig(dir, 'imap', false, listeners), port);
  return () => {
    stop();
    removeLater(dir);
  };
}

/** Runs a daemon's start command; its output goes to a file, as the daemon keeps any pipe open. */
function run(command: string, args: string[], dir: string): void {
  const log = join(dir, 'start.log');
  const fd = openSync(log, 'w');
  const result = spawnSync(command, args, { stdio: ['ignore', fd, fd] });
  closeSync(fd);
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${readFileSync(log, 'utf8')}`);
}

/** True when something accepts a connection on 127.0.0.1:`port`. */
const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });

/** Resolves once something accepts on 127.0.0.1:`port`, or rejects after five seconds. */
async function listening(port: number): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline) {
    if (await accepts(port)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nothing listens on 127.0.0.1:${port}`);
}

/**
 * Refuses to start beside servers already on `ports`. A run that was killed leaves its Postfix
 * running, and a second one then shares 465 with it (Postfix reuses the port): the checks met
 * the old server, whose certificate files were gone, and read TLS_FAILED.
 */
async function refuseTaken(ports: readonly number[]): Promise<void> {
  for (const port of ports) {
    if (await accepts(port)) {
      throw new Error(
        `127.0.0.1:${port} is taken, perhaps by a mail server of an interrupted test run: ` +
          'stop it (pkill -f /usr/lib/postfix/sbin/master; pkill dovecot) and run again',
      );
    }
  }
}

/** The catalog's ports, which the servers listen on. */
const PORTS = { imap: 143, imaps: 993, pop3: 110, pop3s: 995, submission: 587, submissions: 465 } as const;

/** Starts Dovecot and Postfix; the returned function stops both and removes their files. */
export async function startMailServers(): Promise<() => void> {
  await refuseTaken(Object.values(PORTS));
  const dir = serverFolder();
  const listeners = [
    listener('imap', 'imap', PORTS.imap, false),
    listener('imap', 'imaps', PORTS.imaps, true),
    listener('pop3', 'pop3', PORTS.pop3, false),
    listener('pop3', 'pop3s', PORTS.pop3s, true),
  ].join('\n');
  const stopDovecot = await startDovecot(dir, dovecotConfig(dir, 'imap pop3', true, listeners), PORTS.imaps);
  const postfix = join(dir, 'postfix');
  mkdirSync(join(dir, 'queue'));
  mkdirSync(join(dir, 'data'));
  mkdirSync(postfix);
  spawnSync('chown', ['postfix', join(dir, 'data')]);
  writeFileSync(
    join(postfix, 'main.cf'),
    `compatibility_level = 3.6
queue_directory = ${dir}/queue
data_directory = ${dir}/data
mail_owner = postfix
myhostname = mail.routing.net
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
# Without syslog, Postfix's messages go here (the prefix must allow the path).
maillog_file = ${dir}/maillog
maillog_file_prefixes = ${dir}
mydestination =
alias_maps =
alias_database =
smtpd_tls_cert_file = ${FIXTURES}mail.routing.net.pem
smtpd_tls_key_file = ${FIXTURES}mail.routing.net.key
smtpd_tls_security_level = may
smtpd_tls_auth_only = yes
smtpd_sasl_auth_enable = yes
smtpd_sasl_type = dovecot
smtpd_sasl_path = ${dir}/auth-postfix
smtpd_relay_restrictions = permit_sasl_authenticated, reject
`,
  );
  writeFileSync(
    join(postfix, 'master.cf'),
    `127.0.0.1:${PORTS.submission} inet n - n - - smtpd
127.0.0.1:${PORTS.submissions} inet n - n - - smtpd -o smtpd_tls_wrappermode=yes
postlog unix-dgram n - n - 1 postlogd
anvil unix - - n - 1 anvil
proxymap unix - - n - - proxymap
tlsmgr unix - - n 1000? 1 tlsmgr
`,
  );
  try {
    run('/usr/sbin/postfix', ['-c', postfix, 'start'], dir);
    await listening(PORTS.submission);
  } catch (error) {
    stopDovecot();
    spawnSync('/usr/sbin/postfix', ['-c', postfix, 'stop']);
    throw error;
  }
  return () => {
    spawnSync('/usr/sbin/postfix', ['-c', postfix, 'stop']);
    stopDovecot();
    removeLater(dir);
  };
}
