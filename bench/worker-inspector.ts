// A Chrome DevTools Protocol session with the Worker's isolate, through workerd's inspector: the
// soak reads the V8 heap with it after a forced garbage collection (what is left is what the
// Worker keeps), the profiler takes CPU profiles. workerd answers inspector messages only while
// the isolate handles an event, so each message is followed by requests for the static /version
// route until the answer arrives.
import type { Miniflare } from 'miniflare';

/** Bytes of the isolate's V8 heap: in use after a full collection, and reserved. */
export interface HeapUsage {
  readonly usedBytes: number;
  readonly totalBytes: number;
}

/** The inspector target Miniflare gives the Worker it serves (the worker without a name). */
const USER_WORKER_TARGET = '/core:user:';

/** A DevTools Protocol session with the Worker's isolate. */
export class WorkerInspector {
  readonly #socket: WebSocket;
  readonly #origin: string;
  readonly #answers = new Map<number, unknown>();
  #lastId = 0;

  private constructor(socket: WebSocket, origin: string) {
    this.#socket = socket;
    this.#origin = origin;
    socket.addEventListener('message', (event) => {
      const message = JSON.parse(String(event.data)) as { id?: number; result?: unknown };
      if (message.id !== undefined) this.#answers.set(message.id, message.result);
    });
  }

  /** Opens a session with the Worker `mf` serves at `origin` (started with `inspectorPort`). */
  static async open(mf: Miniflare, origin: string): Promise<WorkerInspector> {
    const socket = new WebSocket(new URL(USER_WORKER_TARGET, await mf.getInspectorURL()));
    await new Promise((resolve, reject) => {
      socket.addEventListener('open', resolve, { once: true });
      socket.addEventListener('error', reject, { once: true });
    });
    return new WorkerInspector(socket, origin);
  }

  /** Sends `method` with `params` and waits for its result. */
  async call(method: string, params: object = {}): Promise<unknown> {
    const id = ++this.#lastId;
    this.#socket.send(JSON.stringify({ id, method, params }));
    for (let pumps = 0; !this.#answers.has(id); pumps += 1) {
      if (pumps === 100) throw new Error(`the inspector did not answer ${method}`);
      // workerd may close a kept-alive connection between pumps; the next pump opens a new one.
      await fetch(`${this.#origin}/version`).then(
        (response) => response.arrayBuffer(),
        () => undefined,
      );
    }
    const result = this.#answers.get(id);
    this.#answers.delete(id);
    return result;
  }

  /** The heap after a full garbage collection. */
  async usage(): Promise<HeapUsage> {
    await this.call('HeapProfiler.collectGarbage');
    const { usedSize, totalSize } = (await this.call('Runtime.getHeapUsage')) as {
      usedSize: number;
      totalSize: number;
    };
    return { usedBytes: usedSize, totalBytes: totalSize };
  }

  close(): void {
    this.#socket.close();
  }
}
