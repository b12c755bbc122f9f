/**
 * What server checks find, as plain data: shared by the socket effect, the D1 store and GraphQL,
 * and free of Workers runtime types so Node tools (the schema printer) read it too.
 */

/** Why a check did not succeed; each has words in both languages (reasons.ts). */
export type FailureCode =
  | 'NOT_CHECKABLE'
  | 'CONNECT_FAILED'
  | 'TLS_FAILED'
  | 'NO_GREETING'
  | 'BAD_GREETING'
  | 'STARTTLS_NOT_OFFERED'
  | 'STARTTLS_REFUSED'
  | 'NO_CAPABILITIES'
  | 'NO_PASSWORD_SIGN_IN';

/** One step of a check and how long it took. */
export interface StepTime {
  readonly step: string;
  readonly ms: number;
}

/** What one check found. */
export interface CheckResult {
  readonly endpointId: string;
  /** Milliseconds since the epoch when the check began. */
  readonly checkedAt: number;
  readonly ok: boolean;
  readonly failure: FailureCode | null;
  /** A TCP connection was made. */
  readonly reachable: boolean;
  /** The TLS handshake completed with a certificate the runtime verified for the host. */
  readonly tlsVerified: boolean;
  /** For STARTTLS rows: whether the server offered the upgrade; null for other rows. */
  readonly startTlsOffered: boolean | null;
  /** Sign-in mechanisms offered over the encrypted connection. */
  readonly mechanisms: readonly string[];
  readonly steps: readonly StepTime[];
  readonly totalMs: number;
}

/** One endpoint's last check and its share of good checks. */
export interface EndpointStatus {
  readonly last: CheckResult;
  /** Good checks over all checks in the last 24 hours (0 to 1); null with none. */
  readonly share24h: number | null;
  readonly share30d: number | null;
  /** The last 24 hours of checks, oldest first: when, and whether good. */
  readonly day: readonly { readonly at: number; readonly ok: boolean }[];
}
