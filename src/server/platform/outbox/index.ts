export { type OutboxEvent, outboxEventSql, publish } from './outbox';
