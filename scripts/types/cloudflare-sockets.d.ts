// For Node's type check only (tsconfig.node.json): it reaches the Worker's entry through the bench
// and the bundle test, and the Workers types that declare `cloudflare:sockets` are not loaded there.
declare module 'cloudflare:sockets' {
  export function connect(
    address: string | { hostname: string; port: number },
    options?: { secureTransport?: 'off' | 'on' | 'starttls'; allowHalfOpen?: boolean },
  ): {
    readonly readable: ReadableStream;
    readonly writable: WritableStream;
    readonly opened: Promise<unknown>;
    close(): Promise<void>;
    startTls(options?: { expectedServerHostname?: string }): ReturnType<typeof connect>;
  };
}
