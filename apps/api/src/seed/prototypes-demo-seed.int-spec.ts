import { createServiceContext, ServiceContext } from '../../../../test/support/service';
import { DemoSeed } from './demo-seed';
import { SeedModule } from './seed.module';

/** What `npm start` shows of phases 2 and 3: the demo seed, run on a fresh database. */
describe('demo data of prototypes and peer review', () => {
  let ctx: ServiceContext;

  beforeAll(async () => {
    ctx = await createServiceContext([SeedModule]);
    await ctx.module.get(DemoSeed).run();
    // The whole demo, through the services (argon2id hashes included), on two shared cores.
  }, 180_000);
  afterAll(() => ctx.close());

  const rows = (sql: string) => ctx.dataSource.query(sql);

  it('has prototypes in every state, one of them with two versions', async () => {
    const statuses = await rows(
      `SELECT DISTINCT status::text AS status FROM prototypes ORDER BY 1`,
    );
    expect(statuses.map((r: { status: string }) => r.status)).toEqual([
      'accepted',
      'changes_requested',
      'draft',
      'presented',
      'submitted',
    ]);
    const [accepted] = await rows(
      `SELECT p.current_version, count(v.id)::int AS versions FROM prototypes p JOIN prototype_versions v ON v.prototype_id = p.id WHERE p.status = 'accepted' GROUP BY p.id`,
    );
    expect(accepted).toEqual({ current_version: 2, versions: 2 });
  });

  it('has test logs and written peer reviews, with one left late', async () => {
    const [logs] = await rows(`SELECT count(*)::int n FROM civic_tech_tests`);
    expect(logs.n).toBeGreaterThanOrEqual(6);
    const reviews = await rows(
      `SELECT (submitted_at IS NOT NULL) AS written, count(*)::int n FROM peer_reviews GROUP BY 1 ORDER BY 1`,
    );
    expect(reviews).toEqual([
      { written: false, n: 1 },
      { written: true, n: 5 },
    ]);
  });
});
