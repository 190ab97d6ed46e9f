import type { JobState } from 'bullmq';

export type ReconcileAction = 'enqueue-again' | 'retry' | 'replace' | 'leave';

/**
 * What the reconciler does with a certificate still pending long after it was asked for, given
 * its job's state in Redis: a lost job is enqueued again, a failed one retried, a completed one
 * (its attempt lost a race to a worker that then died) replaced; a job waiting or running is
 * left to BullMQ, whose stalled-job check hands a dead worker's job to another.
 */
export function reconcileAction(state: JobState | 'unknown'): ReconcileAction {
  if (state === 'unknown') return 'enqueue-again';
  if (state === 'failed') return 'retry';
  if (state === 'completed') return 'replace';
  return 'leave';
}
