import { AbstractLogger, LogLevel, LogMessage, Logger, QueryRunner } from 'typeorm';
import { createTestApp, TestApp } from '../support/app';

/**
 * SQL statements per request (issue 14): the roster, the attendance grid, the rates and the
 * lists run a fixed number of statements, whatever the size of the cohort or of the page. A
 * query per pair, per participant or per row (N+1) makes the larger case count more. An
 * enrolment runs the same statements whatever its outcome, and as few as its rules need.
 */
describe('SQL statements per request', () => {
  let ctx: TestApp;
  let admin: string;
  const counted: string[] = [];

  /** Counts every statement TypeORM sends (the logger sees each one, logging on or off). */
  class CountingLogger extends AbstractLogger {
    constructor(private readonly inner: Logger) {
      super();
    }
    override logQuery(query: string, parameters?: unknown[], queryRunner?: QueryRunner): void {
      counted.push(query);
      this.inner.logQuery(query, parameters, queryRunner);
    }
    protected writeLog(_level: LogLevel, _message: LogMessage | LogMessage[]): void {}
  }

  beforeAll(async () => {
    ctx = await createTestApp();
    admin = `Bearer ${await ctx.tokenFor(await ctx.factory.user({ role: 'admin' }))}`;
    Object.defineProperty(ctx.dataSource, 'logger', {
      value: new CountingLogger(ctx.dataSource.logger),
    });
  });
  afterAll(() => ctx.close());

  async function statements(path: string): Promise<number> {
    counted.length = 0;
    await ctx.http().get(path).set('Authorization', admin).expect(200);
    return counted.length;
  }

  /** A deep cohort with this many pairs, and every day of its first session taken. */
  async function cohortWith(pairs: number): Promise<string> {
    const cohort = await ctx.factory.cohort({ format: 'deep', startsOn: '2027-01-04' });
    const members: string[] = [];
    for (let i = 0; i < pairs; i++)
      members.push(...(await ctx.factory.placedPair(cohort.id)).members);
    await ctx.factory.attendance(
      cohort.id,
      0,
      members.flatMap((id) =>
        [1, 2, 3].map((day): [string, number, 'present'] => [id, day, 'present']),
      ),
    );
    return cohort.id;
  }

  // The statements each request runs, counted by hand: the access guard re-reads the account
  // (1); then the roster reads its pairs with their members and territories, the grid its
  // attendance with the sessions' phases, the rates their aggregate with the members' names,
  // each in the statement that checks the cohort is visible (1 each); a list reads its page and
  // a capped count (2), and cohorts their trainers (1).
  it.each([
    ['roster', 'pairs', 2],
    ['attendance grid', 'attendance', 2],
    ['attendance rates', 'attendance-rates', 2],
  ])(
    '%s: the same statements for a cohort of no pair, of 1 and of 5',
    async (_name, suffix, expected) => {
      const empty = (await ctx.factory.cohort({ format: 'deep', startsOn: '2027-01-04' })).id;
      const small = await cohortWith(1);
      const large = await cohortWith(5);
      const counts = [
        await statements(`/api/v1/cohorts/${empty}/${suffix}`),
        await statements(`/api/v1/cohorts/${small}/${suffix}`),
        await statements(`/api/v1/cohorts/${large}/${suffix}`),
      ];
      expect(counts).toEqual([expected, expected, expected]);
    },
  );

  it.each([
    ['users', '/api/v1/users?_sort=displayName', 3],
    ['users searched', '/api/v1/users?role=participant&q=a', 3],
    ['cohorts', '/api/v1/cohorts?_sort=startsOn&_order=DESC', 4],
    ['cohorts searched', '/api/v1/cohorts?q=o&_sort=name', 4],
  ])('%s: the same statements for a page of 1 and of 25', async (_name, path, expected) => {
    await cohortWith(1);
    await cohortWith(1);
    const counts = [
      await statements(`${path}&_start=0&_end=1`),
      await statements(`${path}&_start=0&_end=25`),
    ];
    expect(counts).toEqual([expected, expected]);
  });

  // An enrolment: the guard (1); in its transaction (begin and commit: 2) the cohort checked and
  // locked with both members (1), the pair inserted with its waitlist rank unless a member's
  // place in cohorts forbids it (1), and both members' notifications with their mail jobs and
  // the audit row (1); the answer is built from the rows in hand. All but the guard's run while
  // the cohort is locked: each one more slows a burst of enrolments in one cohort.
  it('enrolment: the same statements enrolled or waitlisted, in an empty cohort or a full one', async () => {
    const cohort = await ctx.factory.cohort({ capacity: 6 });
    const counts: [string, number][] = [];
    for (let i = 0; i < 5; i++) {
      const { political, technical } = await ctx.factory.pairMembers();
      counted.length = 0;
      const { body } = await ctx
        .http()
        .post(`/api/v1/cohorts/${cohort.id}/pairs`)
        .set('Authorization', admin)
        .send({ politicalId: political.id, technicalId: technical.id })
        .expect(201);
      counts.push([body.status, counted.length]);
    }
    expect(counts).toEqual([
      ['enrolled', 6],
      ['enrolled', 6],
      ['enrolled', 6],
      ['waitlisted', 6],
      ['waitlisted', 6],
    ]);
  });

  // Withdrawing (like accepting and declining, the same path) answers with the pair read in its
  // transaction: a read after commit would wait for a connection again, and could answer an
  // error for a change that was made.
  it('withdrawal: the answer is read before the commit, and nothing runs after it', async () => {
    const cohort = await ctx.factory.cohort({ capacity: 6 });
    const pair = await ctx.factory.placedPair(cohort.id);
    for (let i = 0; i < 2; i++) await ctx.factory.placedPair(cohort.id);
    // The first waitlisted pair takes the seats in the same transaction.
    expect((await ctx.factory.placedPair(cohort.id)).status).toBe('waitlisted');
    counted.length = 0;
    const { body } = await ctx
      .http()
      .post(`/api/v1/cohorts/${cohort.id}/pairs/${pair.id}/withdraw`)
      .set('Authorization', admin)
      .expect(200);
    expect(body).toMatchObject({ id: pair.id, status: 'withdrawn' });
    expect(counted.at(-1)).toBe('COMMIT');
  });
});
