import type { EventBus } from '../../../platform/jobs';

export const QUEUE_TOPIC = 'pickup.queue';

export type QueueLiveEvent = {
  kind: 'called' | 'recalled' | 'taken' | 'ended';
  number: string;
  counterNumber: number | null;
  counterName: string | null;
  at: string;
};

/**
 * Tells the waiting-room screens of a desk about a queue change, right after the change committed.
 *
 * Why the in-process bus directly and not the outbox: the platform has no LISTEN/NOTIFY yet, and its
 * bus is otherwise fed by the outbox relay, which runs only where the job runner runs (JOBS=inline;
 * with JOBS=off a web process would never hear anything) and adds a relay tick of delay. A desk's
 * counters, kiosk and screen talk to one server, the change is already durable in pickup_tickets and
 * pickup_events, and a screen that (re)connects first reads the board, so nothing shown is lost.
 * Several app processes behind a proxy need the bus to cross processes (LISTEN/NOTIFY in the platform).
 */
export function announce(bus: EventBus, agencyId: string, event: QueueLiveEvent) {
  // outboxId 0: this event does not come from the outbox relay.
  bus.emit({ topic: QUEUE_TOPIC, agencyId, outboxId: 0, payload: event });
}
