/** Loopback ports of the fake resolvers, beside the local DNS's 53530-53532. */

/** Accepts the request and never answers. */
export const HANGING_PORT = 53533;
/** Answers 200 with an HTML page, as a captive portal or a misconfigured proxy does. */
export const HTML_PORT = 53534;
/** Answers 200 `application/dns-message` with bytes that are no DNS message. */
export const NOISE_PORT = 53535;

/** The DoH URL of the fake resolver on `port`. */
export const fakeResolver = (port: number) => `http://127.0.0.1:${port}/dns-query`;

declare module 'vitest' {
  export interface ProvidedContext {
    /** "up", or why the local DNS did not start (global-setup.ts). */
    dnsServers: string;
  }
}
