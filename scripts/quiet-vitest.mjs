// `npm test`'s runner: vitest with its output passed through, less lines that are no one's failure
// and would hide a real one. workerd reports each test file's runner connection closing as an
// "exception" line; the Workers pool drops it in other wordings ("WebSocket was aborted") but not in
// this one, and writes it where no vitest option reaches. workerd also reports every fetch to a
// closed port (the tests give DoH such a port on purpose) as an exception and an "Uncaught (in
// promise)", with a stack of addresses, even when the script catches the fetch's error: a bare
// `try { await fetch(closed) } catch {}` prints the same. Vite reports that the source maps some
// dependencies publish (saxes, plist, urql) name files outside their packages or missing ones. Every other line, and the
// exit code, are vitest's own.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

const NOISE = [
  /disconnected: WebSocket peer disconnected$/,
  /^exception = kj\/async-io-unix\.c\+\+:\d+: disconnected: connect\(\): Connection refused$/,
  /^uncaught exception; source = Uncaught \(in promise\); stack = Error: Network connection lost\.$/,
  /^uncaught exception; exception = workerd\/jsg\/\S+: disconnected: jsg\.Error: Network connection lost\.$/,
  /^Sourcemap for ".*\/node_modules\/[^"]*" points to/,
];

/** workerd's stack of binary addresses, which follows some of its reports on the next line. */
const ADDRESS_STACK = /^stack: (\S+@[0-9a-f]+ ?)+$/;

const child = spawn('npx', ['vitest', ...process.argv.slice(2)], {
  stdio: ['inherit', 'pipe', 'pipe'],
  // Colours as on a terminal when this runs on one; the pipe would otherwise turn them off.
  env: process.stdout.isTTY ? { ...process.env, FORCE_COLOR: '1' } : process.env,
});

/** Copies `from` to `to` line by line, leaving out the noise and the address stack after it. */
function pass(from, to) {
  const lines = createInterface({ input: from, crlfDelay: Infinity });
  let dropped = false;
  lines.on('line', (line) => {
    // eslint-disable-next-line no-control-regex
    const plain = line.replace(/\u001b\[[0-9;]*m/g, '');
    const noise = NOISE.some((pattern) => pattern.test(plain)) || (dropped && ADDRESS_STACK.test(plain));
    dropped = noise;
    if (!noise) to.write(`${line}\n`);
  });
  return new Promise((resolve) => lines.on('close', resolve));
}

const [code] = await Promise.all([
  new Promise((resolve) => child.on('close', (status, signal) => resolve(status ?? (signal ? 1 : 0)))),
  pass(child.stdout, process.stdout),
  pass(child.stderr, process.stderr),
]);
process.exitCode = code;
