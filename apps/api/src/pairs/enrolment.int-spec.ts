import type { PairStatus } from '@apprenance/db';
import { createServiceContext, ServiceContext } from '../../../../test/support/service';
import { AuditService } from '../audit/audit.service';
import { CohortsModule } from '../cohorts/cohorts.module';
import { AuthUser } from '../common/auth/auth-user';
import { TransactionRunner } from '../common/database/transaction';
import { EnrolmentService } from './enrolment.service';
import { PairsRepository } from './pairs.repository';

/**
 * Enrolment and waitlist rules on the real services and database, without HTTP: orders of
 * several withdrawals, two withdrawals at once, a failing write, and what the database holds
 * on its own.
 */
describe('enrolment and waitlist (service level)', () => {
  let ctx: ServiceContext;
  let admin: AuthUser;
  let enrolment: EnrolmentService;

  beforeAll(async () => {
    ctx = await createServiceContext([CohortsModule]);
    enrolment = ctx.module.get(EnrolmentService);
    const user = await ctx.factory.user({ role: 'admin' });
    admin = { id: user.id, role: 'admin', email: user.email };
  });
  afterAll(() => ctx.close());

  /** A cohort of five seats: two pairs enrolled, the others waitlisted in the order given. */
  async function cohortWith(pairs: number): Promise<{ cohortId: string; ids: string[] }> {
    const { id: cohortId } = await ctx.factory.cohort({ capacity: 5 });
    const ids: string[] = [];
    for (let i = 0; i < pairs; i++) {
      const { political, technical } = await ctx.factory.pairMembers();
      const pair = await enrolment.enrol(admin, cohortId, {
        politicalId: political.id,
        technicalId: technical.id,
      });
      ids.push(pair.id);
    }
    return { cohortId, ids };
  }

  async function statuses(ids: string[]): Promise<PairStatus[]> {
    const rows: { id: string; status: PairStatus }[] = await ctx.dataSource.query(
      'SELECT id, status FROM cohort_pairs WHERE id = ANY($1)',
      [ids],
    );
    return ids.map((id) => rows.find((row) => row.id === id)!.status);
  }

  async function seats(cohortId: string): Promise<number> {
    const [row] = await ctx.dataSource.query('SELECT enrolled_seats FROM cohorts WHERE id = $1', [
      cohortId,
    ]);
    return row.enrolled_seats;
  }

  async function promotions(ids: string[]): Promise<number> {
    const [row] = await ctx.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'pair.promote' AND entity_id = ANY($1)`,
      [ids],
    );
    return row.n;
  }

  it('promotes the waitlist first come, first served, across several withdrawals', async () => {
    const { cohortId, ids } = await cohortWith(5);
    const [a, b, c, d, e] = ids;
    const steps: { withdraw: string; expected: PairStatus[] }[] = [
      {
        withdraw: '',
        expected: ['enrolled', 'enrolled', 'waitlisted', 'waitlisted', 'waitlisted'],
      },
      // A waitlisted pair leaving frees no seat: nobody moves.
      { withdraw: c, expected: ['enrolled', 'enrolled', 'withdrawn', 'waitlisted', 'waitlisted'] },
      // The next in line is D, C having left.
      { withdraw: a, expected: ['withdrawn', 'enrolled', 'withdrawn', 'enrolled', 'waitlisted'] },
      { withdraw: b, expected: ['withdrawn', 'withdrawn', 'withdrawn', 'enrolled', 'enrolled'] },
    ];
    for (const step of steps) {
      if (step.withdraw) await enrolment.withdraw(admin, cohortId, step.withdraw);
      expect(await statuses(ids)).toEqual(step.expected);
    }
    expect(await seats(cohortId)).toBe(4);
    expect(await promotions([d])).toBe(1);
    expect(await promotions([e])).toBe(1);
  });

  it('promotes each waitlisted pair once when two enrolled pairs withdraw at the same time', async () => {
    const { cohortId, ids } = await cohortWith(4);
    const [a, b, c, d] = ids;
    await Promise.all([
      enrolment.withdraw(admin, cohortId, a),
      enrolment.withdraw(admin, cohortId, b),
    ]);
    expect(await statuses(ids)).toEqual(['withdrawn', 'withdrawn', 'enrolled', 'enrolled']);
    expect(await promotions([c])).toBe(1);
    expect(await promotions([d])).toBe(1);
    expect(await seats(cohortId)).toBe(4);
  });

  it('rolls the enrolment back, with its notifications, when its audit row cannot be written', async () => {
    const { id: cohortId } = await ctx.factory.cohort({ capacity: 5 });
    const { political, technical } = await ctx.factory.pairMembers();
    const audit = ctx.module.get(AuditService);
    const recording = audit.recording.bind(audit);
    // The pair's audit row, too long for its column: the database refuses it.
    const spy = jest
      .spyOn(audit, 'recording')
      .mockImplementation((actor, event) =>
        recording(
          actor,
          event.action === 'pair.enrol' ? { ...event, entityType: 'x'.repeat(61) } : event,
        ),
      );
    try {
      await expect(
        enrolment.enrol(admin, cohortId, {
          politicalId: political.id,
          technicalId: technical.id,
        }),
      ).rejects.toThrow('value too long');
    } finally {
      spy.mockRestore();
    }
    const [pairs] = await ctx.dataSource.query(
      'SELECT count(*)::int AS n FROM cohort_pairs WHERE cohort_id = $1',
      [cohortId],
    );
    const [notices] = await ctx.dataSource.query(
      'SELECT count(*)::int AS n FROM notification_outbox WHERE recipient_id = ANY($1)',
      [[political.id, technical.id]],
    );
    expect({ pairs: pairs.n, notices: notices.n, seats: await seats(cohortId) }).toEqual({
      pairs: 0,
      notices: 0,
      seats: 0,
    });
  });

  it('counts seats placed in one transaction like the trigger does', async () => {
    const { id: cohortId } = await ctx.factory.cohort({ capacity: 5 });
    const members = [
      await ctx.factory.pairMembers(),
      await ctx.factory.pairMembers(),
      await ctx.factory.pairMembers(),
    ];
    const placed = await ctx.module.get(TransactionRunner).run(async (tx) => {
      const cohort = await enrolment.lockActive(tx, cohortId);
      const result: PairStatus[] = [];
      for (const pair of members) {
        const [political, technical] = await enrolment.lockMembers(
          tx,
          pair.political.id,
          pair.technical.id,
        );
        result.push((await enrolment.add(tx, admin, cohort, political, technical, 'place')).status);
      }
      return { statuses: result, counted: cohort.enrolledSeats };
    });
    expect(placed).toEqual({ statuses: ['enrolled', 'enrolled', 'waitlisted'], counted: 4 });
    expect(await seats(cohortId)).toBe(4);
  });

  it('refuses overbooking in the database even when a write skips the service', async () => {
    const { cohortId, ids } = await cohortWith(3);
    const pairs = ctx.module.get(PairsRepository);
    const overbook = ctx.module.get(TransactionRunner).run(async (tx) => {
      const waitlisted = (await pairs.findForUpdate(tx, cohortId, ids[2]))!;
      await pairs.save(tx, Object.assign(waitlisted, { status: 'enrolled', waitlistRank: null }));
    });
    await expect(overbook).rejects.toThrow(/ck_cohorts_seats/);
    expect(await statuses(ids)).toEqual(['enrolled', 'enrolled', 'waitlisted']);
    expect(await seats(cohortId)).toBe(4);
  });
});
