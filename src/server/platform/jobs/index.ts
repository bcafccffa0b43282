export { type BusEvent, EventBus } from './bus';
export { createJobRunner, type JobHandler, type JobRunner, type OutboxJob } from './job-runner';
