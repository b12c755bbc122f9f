// A `.graphql` file imported as its text: wrangler's Text rule (wrangler.toml), esbuild's text
// loader (the page script) and a Vite plugin (vitest.config.ts) all give its content as a string.
declare module '*.graphql' {
  const document: string;
  export default document;
}
