/**
 * Debian's Chromium for the browser tests: whether it is installed, how to start it so that
 * nothing reaches past 127.0.0.1, and a record of what a page tried to reach elsewhere. A test
 * file without Chromium says so plainly and skips.
 *
 * Requests are watched, not intercepted: Playwright answers CORS preflights itself for a page
 * whose requests it routes, which would hide exactly what the cross-origin test checks.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';

/** True when Chromium is installed; when not, says that the browser tests did not run. */
export function chromiumAvailable(): boolean {
  const available = existsSync(CHROMIUM);
  if (!available) {
    console.warn(
      `SKIPPED: browser tests need Chromium at ${CHROMIUM} (apt-get install -y chromium); they did not run.`,
    );
  }
  return available;
}

/**
 * Headless Chromium without its background traffic (updates, sync, QUIC probes), sending every
 * request for anything but loopback (which Chromium never proxies) to a proxy address where
 * nothing listens, so it fails at once.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--proxy-server=http://127.0.0.1:9',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Every URL beyond 127.0.0.1 that `page` tries to fetch from now on, for a test to expect none. */
export function outsideRequests(page: Page): string[] {
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.hostname !== '127.0.0.1' && url.protocol !== 'data:') outside.push(url.href);
  });
  return outside;
}
