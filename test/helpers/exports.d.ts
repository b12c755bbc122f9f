// What `exports` from "cloudflare:workers" holds in the test pool: the Worker's default export as
// a fetcher, the way a client reaches it.
declare namespace Cloudflare {
  interface Exports {
    default: Fetcher;
  }
}
