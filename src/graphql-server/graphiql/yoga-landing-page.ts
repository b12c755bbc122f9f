/**
 * What the bundle holds in place of Yoga's landing page (12 KB of HTML, 4.6 KiB gzipped): nothing.
 * Yoga imports the page whatever `landingPage` says, and `yoga.ts` sets it to `false`, so the page
 * can never be served; wrangler.toml's `[alias]` puts this module where Yoga imports it.
 */
export default '';
