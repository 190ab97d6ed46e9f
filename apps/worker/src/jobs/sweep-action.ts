import type { JobState } from 'bullmq';

export type SweepAction = 'enqueue-again' | 'retry' | 'leave';

/**
 * What the sweep does with a relayed, unfinished row given its job's state in Redis. Rows
 * failed for good never reach here (failed_at excludes them), so a failed job seen here is one
 * an operator released by clearing failed_at.
 */
export function sweepAction(state: JobState | 'unknown'): SweepAction {
  if (state === 'unknown') return 'enqueue-again';
  if (state === 'failed') return 'retry';
  return 'leave';
}
