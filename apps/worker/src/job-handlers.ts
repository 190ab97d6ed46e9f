import type { JobName, JobPayloads, JobResults, QueueName } from '@apprenance/jobs';
import { jobsOfQueue } from '@apprenance/jobs';

/** What a handler knows of the attempt running it. */
export interface Attempt {
  /** No retry follows if this one fails. */
  final: boolean;
}

/** The handlers of one queue: exactly one per job name that travels on it. */
export type JobHandlers<N extends JobName> = {
  [K in N]: (payload: JobPayloads[K], attempt: Attempt) => Promise<JobResults[K]>;
};

/** Refuses to start a processor that lacks a handler for one of its queue's jobs. */
export function assertEveryJobHandled(queue: QueueName, handlers: object): void {
  const missing = jobsOfQueue(queue).filter((name) => !(name in handlers));
  if (missing.length) {
    throw new Error(`Queue "${queue}" has jobs without a handler: ${missing.join(', ')}`);
  }
}
