import { randomBytes } from 'node:crypto';
import { createServiceContext, ServiceContext } from '../../../../test/support/service';
import { CohortsModule } from '../cohorts/cohorts.module';
import { ApplicationsService } from './applications.service';
import { PairApplicationDto } from './dto/pair.dto';

/** Applications create accounts and territories through their owners, audited, or not at all. */
describe('applications (service level)', () => {
  let ctx: ServiceContext;
  let applications: ApplicationsService;

  beforeAll(async () => {
    ctx = await createServiceContext([CohortsModule]);
    applications = ctx.module.get(ApplicationsService);
  });
  afterAll(() => ctx.close());

  const application = (territoryName: string): PairApplicationDto => {
    const tag = randomBytes(4).toString('hex');
    return {
      territory: { name: territoryName, country: 'FR', level: 'municipality' },
      political: { displayName: 'Élue', email: `elue-${tag}@example.org` },
      technical: { displayName: 'Agent', email: `agent-${tag}@example.org` },
    };
  };

  async function openCohort(): Promise<string> {
    const { id } = await ctx.factory.cohort({ capacity: 5 });
    await ctx.dataSource.query(`UPDATE cohorts SET status = 'open' WHERE id = $1`, [id]);
    return id;
  }

  /** Audit actions recorded for the applicants' accounts and the territory of that name. */
  async function creations(input: PairApplicationDto): Promise<string[]> {
    const rows: { action: string }[] = await ctx.dataSource.query(
      `SELECT a.action FROM audit_log a
        WHERE a.entity_id IN (SELECT id::text FROM users WHERE email = ANY($1)
                              UNION SELECT id::text FROM territories WHERE name = $2)
        ORDER BY a.action`,
      [[input.political.email, input.technical.email], input.territory.name],
    );
    return rows.map((row) => row.action);
  }

  it('audits the accounts and the territory it creates, in the same transaction', async () => {
    const input = application(`Commune ${randomBytes(4).toString('hex')}`);
    await applications.apply(await openCohort(), input);
    expect(await creations(input)).toEqual(['territory.create', 'user.create', 'user.create']);
  });

  it('leaves no account, territory or audit row behind when the application clashes', async () => {
    const cohortId = await openCohort();
    const first = application(`Commune ${randomBytes(4).toString('hex')}`);
    await applications.apply(cohortId, first);
    // The same political member, again, from a territory nobody has named yet.
    const clash = application(`Commune ${randomBytes(4).toString('hex')}`);
    clash.political = first.political;
    await applications.apply(cohortId, clash);
    const [territories] = await ctx.dataSource.query(
      'SELECT count(*)::int AS n FROM territories WHERE name = $1',
      [clash.territory.name],
    );
    // The one creation left is the first application's political member, shared by both.
    expect({ territories: territories.n, audited: await creations(clash) }).toEqual({
      territories: 0,
      audited: ['user.create'],
    });
  });
});
