/**
 * Queues, job names, payloads and default options, shared by the api (which enqueues) and the
 * worker (which processes). A job's id is derived from what it is about, so enqueueing the same
 * work twice is a no-op.
 */
export const QUEUES = {
  maintenance: 'maintenance',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/** Payload of each job, by job name. */
export interface JobPayloads {
  /** Proves the worker is alive and can reach Postgres; scheduled every HEARTBEAT_EVERY. */
  heartbeat: { requestedAt: string };
}
export type JobName = keyof JobPayloads;

/** Result of each job, by job name. */
export interface JobResults {
  heartbeat: { processedAt: string; databaseTime: string };
}

export interface JobDefinition {
  queue: QueueName;
  attempts: number;
  backoffMs: number;
}

export const JOBS: { [N in JobName]: JobDefinition } = {
  heartbeat: { queue: QUEUES.maintenance, attempts: 1, backoffMs: 0 },
};

/** The job names that travel on a queue; the worker refuses to start if one has no handler. */
export function jobsOfQueue(queue: QueueName): JobName[] {
  return (Object.keys(JOBS) as JobName[]).filter((name) => JOBS[name].queue === queue);
}

/** BullMQ options for a job: its definition's retries plus an id derived from the entity. */
export function jobOptions(name: JobName, entityId: string) {
  const { attempts, backoffMs } = JOBS[name];
  return {
    jobId: `${name}-${entityId}`,
    attempts,
    ...(backoffMs > 0 ? { backoff: { type: 'exponential', delay: backoffMs } } : {}),
    removeOnComplete: { age: 24 * 3600, count: 1000 },
    removeOnFail: { age: 7 * 24 * 3600 },
  };
}

/** The heartbeat's scheduler id: one schedule whatever the number of workers. */
export const HEARTBEAT_SCHEDULER_ID = 'heartbeat';
