import { DateTime } from 'luxon';
import type { TestApp } from './app';

/** A local day in Paris, `months` and `days` before today. */
export function parisDayAgo(months: number, days = 0): string {
  return DateTime.now().setZone('Europe/Paris').minus({ months, days }).toISODate() as string;
}

/**
 * Dates a cohort's training as over on `endsOn` (it started two days before) and completes it,
 * as if it had run then: the follow-ups count from that day.
 */
export async function endCohort(ctx: TestApp, cohortId: string, endsOn: string): Promise<void> {
  await ctx.dataSource.query(
    `UPDATE cohorts SET starts_on = $2::date - 2, ends_on = $2::date, status = 'completed'
      WHERE id = $1`,
    [cohortId, endsOn],
  );
}

/** A complete follow-up body, with the given status and funding. */
export function followUpBody(status: string, fundingSecured = false, civicTechIds: string[] = []) {
  return { status, fundingSecured, civicTechIds, whatChanged: 'Un conseil citoyen se réunit.' };
}
