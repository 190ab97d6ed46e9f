import { createServiceContext, ServiceContext } from '../../../../test/support/service';
import { DashboardService } from '../impact/dashboard.service';
import { DemoSeed } from './demo-seed';
import { SeedModule } from './seed.module';

/** What `npm start` shows of the impact: the demo seed, run on a fresh database. */
describe('demo data of the impact dashboard', () => {
  let ctx: ServiceContext;

  beforeAll(async () => {
    ctx = await createServiceContext([SeedModule]);
    await ctx.module.get(DemoSeed).run();
  });
  afterAll(() => ctx.close());

  const rows = (sql: string) => ctx.dataSource.query(sql);

  it('has conviction answers before and after on the ended cohort', async () => {
    expect(
      await rows(
        `SELECT moment::text, count(*)::int AS n FROM conviction_answers GROUP BY 1 ORDER BY 1`,
      ),
    ).toEqual([
      { moment: 'after', n: 7 },
      { moment: 'before', n: 8 },
    ]);
  });

  it('has answered follow-ups and leaves others due, so the dashboard is not empty', async () => {
    const recorded = await rows(
      `SELECT milestone, count(*)::int AS n FROM strategy_follow_ups GROUP BY 1 ORDER BY 1`,
    );
    // The demo runs on the real clock: 3 and 6 months after March 2026 have passed.
    expect(recorded).toEqual([
      { milestone: 3, n: 4 },
      { milestone: 6, n: 2 },
    ]);
    const admin = {
      id: '00000000-0000-4000-8000-000000000000',
      role: 'admin' as const,
      email: 'a@b.c',
    };
    const dashboard = await ctx.module.get(DashboardService).forStaff(admin, {});
    expect(dashboard.adoption.map((r) => [r.milestone, r.pairs, r.adopted])).toEqual([
      [3, 4, 25],
      [6, 2, 100],
    ]);
    expect(dashboard.conviction).toHaveLength(1);
    expect(dashboard.civicTechs.length).toBeGreaterThan(0);
    expect(await ctx.module.get(DashboardService).publishedCourses()).toHaveLength(1);
  });
});
