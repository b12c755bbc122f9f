declare module 'vitest' {
  export interface ProvidedContext {
    /** The text of the provider's help page, read by vitest.config.ts. */
    helpPage: string;
  }
}
export {};
