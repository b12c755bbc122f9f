/**
 * The bindings the Worker receives (see wrangler.toml).
 */
export interface Env {
  /** The files under public/: GraphiQL's code and its start script. */
  readonly ASSETS: Fetcher;
}
