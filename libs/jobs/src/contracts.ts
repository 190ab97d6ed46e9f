/**
 * Queues, job names, payloads and default options, shared by the api (which enqueues) and the
 * worker (which processes). A job's id is derived from what it is about, so enqueueing the same
 * work twice is a no-op.
 */
export const QUEUES = {
  maintenance: 'maintenance',
  mail: 'mail',
  certificates: 'certificates',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/** Payload of each job, by job name. */
export interface JobPayloads {
  /** Proves the worker is alive and can reach Postgres; scheduled every HEARTBEAT_EVERY. */
  heartbeat: { requestedAt: string };
  /** Emails one notification_outbox row; a row already `sent` is not sent again. */
  mail: { notificationId: string };
  /** Writes the reminders of sessions starting tomorrow; scheduled every hour. */
  'session-reminders': { requestedAt: string };
  /** Renders, signs and stores one certificate; a certificate already issued is left alone. */
  certificate: { certificateId: string };
  /** Writes the conviction questionnaires and strategy follow-ups that fall due; hourly. */
  'impact-reminders': { requestedAt: string };
}
export type JobName = keyof JobPayloads;

/** Result of each job, by job name. */
export interface JobResults {
  heartbeat: { processedAt: string; databaseTime: string };
  mail: { outcome: 'sent' | 'already_sent' | 'skipped' };
  'session-reminders': { written: number };
  certificate: { outcome: 'issued' | 'already_done' | 'gone' };
  'impact-reminders': { written: number };
}

export interface JobDefinition {
  queue: QueueName;
  attempts: number;
  backoffMs: number;
}

export const JOBS: { [N in JobName]: JobDefinition } = {
  heartbeat: { queue: QUEUES.maintenance, attempts: 1, backoffMs: 0 },
  // An SMTP server down for a while: 5 attempts over about 8 minutes, then `failed`.
  mail: { queue: QUEUES.mail, attempts: 5, backoffMs: 30_000 },
  'session-reminders': { queue: QUEUES.mail, attempts: 1, backoffMs: 0 },
  // A storage or database hiccup: 5 attempts over about half a minute, then `failed`.
  certificate: { queue: QUEUES.certificates, attempts: 5, backoffMs: 2_000 },
  'impact-reminders': { queue: QUEUES.mail, attempts: 1, backoffMs: 0 },
};

/** The job names that travel on a queue; the worker refuses to start if one has no handler. */
export function jobsOfQueue(queue: QueueName): JobName[] {
  return (Object.keys(JOBS) as JobName[]).filter((name) => JOBS[name].queue === queue);
}

/**
 * The BullMQ job id of a job about an entity. Checked when the api enqueues, so that an id
 * BullMQ would refuse (it reserves `:`) fails the request, not the relay for ever after.
 */
export function jobId(name: JobName, entityId: string): string {
  if (!/^[A-Za-z0-9_.-]{1,200}$/.test(entityId)) {
    throw new Error(`Job entity id must be 1-200 of A-Z a-z 0-9 _ . -, got "${entityId}"`);
  }
  return `${name}-${entityId}`;
}

/** BullMQ options for a job: its definition's retries plus an id derived from the entity. */
export function jobOptions(name: JobName, entityId: string) {
  const { attempts, backoffMs } = JOBS[name];
  return {
    jobId: jobId(name, entityId),
    attempts,
    ...(backoffMs > 0 ? { backoff: { type: 'exponential', delay: backoffMs } } : {}),
    removeOnComplete: { age: 24 * 3600, count: 1000 },
    removeOnFail: { age: 7 * 24 * 3600 },
  };
}

/** The heartbeat's scheduler id: one schedule whatever the number of workers. */
export const HEARTBEAT_SCHEDULER_ID = 'heartbeat';

/** The session reminders' scheduler id (hourly: each cohort's 09:00 comes at its own hour). */
export const SESSION_REMINDERS_SCHEDULER_ID = 'session-reminders';

/** The conviction and follow-up reminders' scheduler id (hourly, like the session reminders). */
export const IMPACT_REMINDERS_SCHEDULER_ID = 'impact-reminders';

/** The Postgres channel the api notifies (on commit) when it writes to job_outbox. */
export const JOB_OUTBOX_CHANNEL = 'job_outbox';
