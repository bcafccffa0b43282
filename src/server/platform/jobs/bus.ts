import { EventEmitter } from 'node:events';

export type BusEvent = {
  topic: string;
  payload: Record<string, unknown>;
  agencyId: string | null;
  outboxId: number;
};

/**
 * In-process event bus fed by the outbox relay after commit; Server-Sent Events endpoints listen
 * here. Listeners must be cheap: they run on the relay's path.
 */
export class EventBus {
  private readonly emitter = new EventEmitter().setMaxListeners(10_000);
  emit(event: BusEvent): void {
    this.emitter.emit('event', event);
  }
  subscribe(listener: (event: BusEvent) => void): () => void {
    this.emitter.on('event', listener);
    return () => this.emitter.off('event', listener);
  }
}
