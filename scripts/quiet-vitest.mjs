// `npm test`'s runner: vitest with its output passed through, less two lines that are no one's
// failure and would hide a real one. workerd reports each test file's runner connection closing
// as an "exception" line; the Workers pool drops it in other wordings ("WebSocket was aborted")
// but not in this one, and writes it where no vitest option reaches. Vite reports that the source
// maps saxes and plist publish name files outside their packages or missing ones. Every other
// line, and the exit code, are vitest's own.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

const NOISE = [
  /disconnected: WebSocket peer disconnected$/,
  /^Sourcemap for ".*\/node_modules\/(saxes|plist)\/[^"]*" points to/,
];

const child = spawn('npx', ['vitest', ...process.argv.slice(2)], {
  stdio: ['inherit', 'pipe', 'pipe'],
  // Colours as on a terminal when this runs on one; the pipe would otherwise turn them off.
  env: process.stdout.isTTY ? { ...process.env, FORCE_COLOR: '1' } : process.env,
});

/** Copies `from` to `to` line by line, leaving out the noise. */
function pass(from, to) {
  const lines = createInterface({ input: from, crlfDelay: Infinity });
  lines.on('line', (line) => {
    // eslint-disable-next-line no-control-regex
    const plain = line.replace(/\u001b\[[0-9;]*m/g, '');
    if (!NOISE.some((pattern) => pattern.test(plain))) to.write(`${line}\n`);
  });
  return new Promise((resolve) => lines.on('close', resolve));
}

const [code] = await Promise.all([
  new Promise((resolve) => child.on('close', (status, signal) => resolve(status ?? (signal ? 1 : 0)))),
  pass(child.stdout, process.stdout),
  pass(child.stderr, process.stderr),
]);
process.exitCode = code;
