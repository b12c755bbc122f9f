/**
 * Runs local servers in the foreground for an npm script (`npm run mail-servers`, `npm run dns`):
 * says why they cannot start, or starts them, says where they listen, and stops them on Ctrl-C.
 */

/**
 * Starts the servers unless `reason` says why not (then exits with 1), prints `listening`, and
 * keeps the process alive until SIGINT or SIGTERM, which stop the servers.
 */
export async function runInForeground(
  what: string,
  reason: string | undefined,
  start: () => Promise<() => void>,
  listening: string,
): Promise<void> {
  if (reason !== undefined) {
    console.error(`Cannot start ${what}: ${reason}.`);
    process.exit(1);
  }
  const stop = await start();
  console.log(`${listening}; Ctrl-C stops them.`);
  const end = () => {
    stop();
    process.exit(0);
  };
  process.on('SIGINT', end);
  process.on('SIGTERM', end);
  setInterval(() => undefined, 60_000);
}
