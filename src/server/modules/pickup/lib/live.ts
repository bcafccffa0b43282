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
 * Why the bus directly and not the outbox: the outbox relay runs only where the job runner runs, and
 * adds a relay tick of delay. The change is already durable in pickup_tickets and pickup_events, and a
 * screen that (re)connects first reads the board, so nothing shown is lost. `broadcast` reaches
 * screens connected to any app process (LISTEN/NOTIFY on PostgreSQL).
 */
export function announce(bus: EventBus, agencyId: string, event: QueueLiveEvent) {
  // outboxId 0: this event does not come from the outbox relay.
  void bus.broadcast({ topic: QUEUE_TOPIC, agencyId, outboxId: 0, payload: event });
}
