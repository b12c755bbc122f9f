/** Loopback ports of the fake resolvers, beside the local DNS's 15330-15332. */

/** Accepts the request and never answers. */
export const HANGING_PORT = 15333;
/** Answers 200 with an HTML page, as a captive portal or a misconfigured proxy does. */
export const HTML_PORT = 15334;
/** Answers 200 `application/dns-message` with bytes that are no DNS message. */
export const NOISE_PORT = 15335;

/** The DoH URL of the fake resolver on `port`. */
export const fakeResolver = (port: number) => `http://127.0.0.1:${port}/dns-query`;

declare module 'vitest' {
  export interface ProvidedContext {
    /** "up", or why the local DNS did not start (global-setup.ts). */
    dnsServers: string;
  }
}
