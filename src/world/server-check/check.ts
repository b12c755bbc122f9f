/**
 * The socket effect of a server check: one endpoint of the catalog, contacted with `connect()`
 * from `cloudflare:sockets`, talked to as protocol.ts decides, and described as a CheckResult.
 * No credentials are ever sent; a conversation that got far enough ends with LOGOUT or QUIT.
 * Hosts and ports come from the caller, which is the scheduled run over the catalog alone.
 */
import { connect } from 'cloudflare:sockets';
import {
  DIALECTS,
  offersStartTls,
  parseCapabilities,
  passwordSignInOffered,
  replyComplete,
  replyOk,
  signInMechanisms,
  type CheckedProtocol,
  type ReplyKind,
} from './protocol.js';
import { MAX_REPLY_BYTES, STEP_TIMEOUT_MS } from '../../limits.js';
import type { CheckResult, FailureCode, StepTime } from './types.js';

export type { CheckResult, FailureCode, StepTime } from './types.js';

/** One endpoint to check, as the catalog has it. */
export interface CheckTarget {
  readonly endpointId: string;
  readonly host: string;
  readonly port: number;
  readonly protocol: CheckedProtocol;
  readonly security: 'SSL_TLS' | 'STARTTLS' | 'NONE';
}

/** Opens a socket; production passes `connect` itself, tests the same with a port remapped. */
export type Dial = typeof connect;

/** Port 25 is refused by Cloudflare for outbound connections: it cannot be judged from here. */
export const UNCHECKABLE_PORTS: ReadonlySet<number> = new Set([25]);

class StepFailure extends Error {
  constructor(readonly code: FailureCode) {
    super(code);
  }
}

/** `promise`, or a StepFailure with `code` after the step's time bound. */
async function bounded<T>(promise: Promise<T>, code: FailureCode): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new StepFailure(code)), STEP_TIMEOUT_MS);
  });
  try {
    return await Promise.race([promise, timeout]);
  } catch (error) {
    throw error instanceof StepFailure ? error : new StepFailure(code);
  } finally {
    clearTimeout(timer);
  }
}

/** Reads from a socket until protocol.ts calls the reply complete, within the bounds. */
class Conversation {
  private reader: ReadableStreamDefaultReader<Uint8Array>;
  private writer: WritableStreamDefaultWriter<Uint8Array>;
  private readonly decoder = new TextDecoder();
  /**
   * True from an upgrade until the first bytes arrive through TLS: the runtime's `opened`
   * resolves before the handshake, which shows only when reading. Whatever fails then (a
   * certificate for another name, a server that answers no TLS) is a failed handshake; the
   * runtime gives scripts no finer reason.
   */
  tlsUnconfirmed = false;

  constructor(
    private socket: ReturnType<Dial>,
    private readonly protocol: CheckedProtocol,
  ) {
    this.reader = socket.readable.getReader() as ReadableStreamDefaultReader<Uint8Array>;
    this.writer = socket.writable.getWriter() as WritableStreamDefaultWriter<Uint8Array>;
  }

  async reply(kind: ReplyKind, failure: FailureCode): Promise<string> {
    let text = '';
    const read = async () => {
      while (!replyComplete(this.protocol, kind, text)) {
        const { value, done } = await this.reader.read();
        if (done) throw new StepFailure(failure);
        text += this.decoder.decode(value, { stream: true });
        if (text.length > MAX_REPLY_BYTES) throw new StepFailure(failure);
      }
      return text;
    };
    try {
      text = await bounded(read(), this.tlsUnconfirmed ? 'TLS_FAILED' : failure);
    } catch (error) {
      throw this.tlsUnconfirmed ? new StepFailure('TLS_FAILED') : error;
    }
    this.tlsUnconfirmed = false;
    return text;
  }

  async send(command: string): Promise<void> {
    await this.writer.write(new TextEncoder().encode(command));
  }

  /** Hands the connection to TLS (STARTTLS), verified for `host`. */
  async upgrade(host: string): Promise<void> {
    this.reader.releaseLock();
    this.writer.releaseLock();
    this.socket = this.socket.startTls({ expectedServerHostname: host });
    this.reader = this.socket.readable.getReader() as ReadableStreamDefaultReader<Uint8Array>;
    this.writer = this.socket.writable.getWriter() as WritableStreamDefaultWriter<Uint8Array>;
    this.tlsUnconfirmed = true;
    await bounded(this.socket.opened, 'TLS_FAILED');
  }

  async close(): Promise<void> {
    await this.socket.close().catch(() => undefined);
  }
}

/** Checks `target` once with `dial`, never throwing: every failure is a result. */
export async function checkEndpoint(target: CheckTarget, dial: Dial = connect, now = Date.now()): Promise<CheckResult> {
  const start = performance.now();
  const steps: StepTime[] = [];
  let mark = start;
  const timed = (step: string) => {
    const at = performance.now();
    steps.push({ step, ms: Math.round(at - mark) });
    mark = at;
  };
  const state = { reachable: false, tlsVerified: false, startTlsOffered: null as boolean | null };
  let mechanisms: string[] = [];
  const result = (failure: FailureCode | null): CheckResult => ({
    endpointId: target.endpointId,
    checkedAt: now,
    ok: failure === null,
    failure,
    ...state,
    mechanisms,
    steps,
    totalMs: Math.round(performance.now() - start),
  });
  if (UNCHECKABLE_PORTS.has(target.port)) return result('NOT_CHECKABLE');

  const { protocol, host } = target;
  const dialect = DIALECTS[protocol];
  let conversation: Conversation | undefined;
  try {
    const plain = dial(
      { hostname: host, port: target.port },
      { secureTransport: target.security === 'NONE' ? 'off' : 'starttls', allowHalfOpen: false },
    );
    // Implicit TLS: the upgrade is asked for at once, before any byte; `opened` of the plain
    // socket still tells a connection that failed from a handshake that failed after it.
    const tls = target.security === 'SSL_TLS' ? plain.startTls({ expectedServerHostname: host }) : undefined;
    await bounded(plain.opened, 'CONNECT_FAILED');
    state.reachable = true;
    timed('connect');
    if (target.security === 'NONE') {
      await plain.close().catch(() => undefined);
      return result(null);
    }
    conversation = new Conversation(tls ?? plain, protocol);
    if (tls !== undefined) conversation.tlsUnconfirmed = true;
    const greeting = await conversation.reply('greeting', 'NO_GREETING');
    if (target.security === 'SSL_TLS') state.tlsVerified = true;
    if (!replyOk(protocol, 'greeting', greeting)) throw new StepFailure('BAD_GREETING');
    timed('greeting');
    await conversation.send(dialect.capabilities);
    let capabilities = await conversation.reply('capabilities', 'NO_CAPABILITIES');
    if (!replyOk(protocol, 'capabilities', capabilities)) throw new StepFailure('NO_CAPABILITIES');
    timed('capabilities');
    if (target.security === 'STARTTLS') {
      state.startTlsOffered = offersStartTls(protocol, parseCapabilities(protocol, capabilities));
      if (!state.startTlsOffered) throw new StepFailure('STARTTLS_NOT_OFFERED');
      await conversation.send(dialect.startTls);
      const answer = await conversation.reply('startTls', 'STARTTLS_REFUSED');
      if (!replyOk(protocol, 'startTls', answer)) throw new StepFailure('STARTTLS_REFUSED');
      await conversation.upgrade(host);
      // Capabilities change with TLS (RFC 3207, 2595): ask again over the encrypted connection.
      await conversation.send(dialect.capabilities);
      capabilities = await conversation.reply('capabilities', 'NO_CAPABILITIES');
      state.tlsVerified = true;
      timed('starttls');
      if (!replyOk(protocol, 'capabilities', capabilities)) throw new StepFailure('NO_CAPABILITIES');
      timed('capabilities-after-tls');
    }
    mechanisms = signInMechanisms(protocol, parseCapabilities(protocol, capabilities));
    if (!passwordSignInOffered(protocol, mechanisms)) throw new StepFailure('NO_PASSWORD_SIGN_IN');
    await conversation.send(dialect.quit).catch(() => undefined);
    return result(null);
  } catch (error) {
    return result(error instanceof StepFailure ? error.code : state.reachable ? 'TLS_FAILED' : 'CONNECT_FAILED');
  } finally {
    await conversation?.close();
  }
}
