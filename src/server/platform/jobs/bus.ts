import { EventEmitter } from 'node:events';

export type BusEvent = {
  topic: string;
  payload: Record<string, unknown>;
  agencyId: string | null;
  outboxId: number;
};

/** How broadcast events cross processes (PostgreSQL LISTEN/NOTIFY, `pg-bus.ts`). */
export type BusTransport = {
  /** Sends one event's JSON to every listening process, this one included. */
  notify(json: string): Promise<void>;
  /** Starts listening; resolves once the server listens, with the function that stops it. */
  listen(onMessage: (json: string) => void): Promise<() => Promise<void>>;
};

/** PostgreSQL refuses a NOTIFY payload of 8000 bytes or more. */
const MAX_NOTIFY_BYTES = 7900;

/**
 * The event bus Server-Sent Events endpoints listen to. `emit` reaches this process's listeners
 * (the outbox relay's events after commit). `broadcast` reaches every process on the database: with
 * several app processes behind a proxy, a change made through one must reach a screen connected to
 * another. On PostgreSQL it goes through NOTIFY and comes back, to this process too, through LISTEN;
 * a process listens only while it has listeners. Without a transport (PGlite: one process) it is
 * `emit`. Listeners must be cheap: they run on the relay's path.
 */
export class EventBus {
  private readonly emitter = new EventEmitter().setMaxListeners(10_000);
  private listening: Promise<() => Promise<void>> | undefined;

  constructor(
    private readonly transport?: BusTransport,
    private readonly onError: (err: unknown) => void = () => {},
  ) {}

  emit(event: BusEvent): void {
    this.emitter.emit('event', event);
  }

  /** Never rejects: a failed NOTIFY is reported to `onError` (a screen re-reads its board on reconnect). */
  async broadcast(event: BusEvent): Promise<void> {
    const json = JSON.stringify(event);
    if (!this.transport || Buffer.byteLength(json) > MAX_NOTIFY_BYTES) return this.emit(event);
    await this.transport.notify(json).catch(this.onError);
  }

  subscribe(listener: (event: BusEvent) => void): () => void {
    this.emitter.on('event', listener);
    if (this.transport && !this.listening) this.startListening(this.transport);
    return () => {
      this.emitter.off('event', listener);
      if (this.emitter.listenerCount('event') === 0) void this.stopListening();
    };
  }

  /** Resolves when broadcasts reach this process's listeners (at once without a transport). */
  async ready(): Promise<void> {
    await this.listening;
  }

  /** Stops listening (server shutdown). */
  async close(): Promise<void> {
    await this.stopListening();
  }

  private startListening(transport: BusTransport) {
    const started = transport.listen((json) => this.emit(JSON.parse(json) as BusEvent));
    this.listening = started;
    started.catch((err) => {
      if (this.listening === started) this.listening = undefined;
      this.onError(err);
    });
  }

  private async stopListening() {
    const current = this.listening;
    this.listening = undefined;
    const stop = await current?.catch(() => undefined);
    await stop?.().catch(this.onError);
  }
}
